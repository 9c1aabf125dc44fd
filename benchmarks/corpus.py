"""A large benchmark corpus assembled from the project's own fixtures (synthetic: not real announcements).

Sources: the bundled NATO release in data/, and every example sentence of the test suite (string literals of
tests/test_*.py that read as sentences). Sentences are grouped by language and shuffled into documents of
8 to 16 sentences with a fixed seed, so the same call gives the same corpus and every document differs.
"""

from __future__ import annotations

import ast
import random
import re
from collections import defaultdict
from pathlib import Path

from tracker.extract.language import detect_language
from tracker.extract.sentences import split_sentences
from tracker.extract.vocabulary import vocabulary

ROOT = Path(__file__).resolve().parent.parent
_PROSE = re.compile(r"^[\"«„“]?[^\W\d_a-z].*[.!?»”\"]$", re.DOTALL)
LABEL = "SYNTHETIC benchmark document assembled from aid-tracker's test sentences; not a real announcement."


def fixture_sentences() -> dict[str, list[str]]:
    """The test suite's example sentences (and the bundled release's), by detected language."""
    texts = [path.read_text(encoding="utf-8").split("---", 2)[-1] for path in sorted((ROOT / "data").glob("*.txt"))]
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _reads_as_prose(node.value):
                texts.append(node.value)
    by_language: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for start, end in split_sentences(text, vocabulary(detect_language(text))):  # split by the text's language
            sentence = text[start:end]
            if _reads_as_prose(sentence):
                by_language[detect_language(sentence)].add(sentence)
    return {lang: sorted(found) for lang, found in by_language.items() if len(found) >= 5}


def documents(count: int, *, seed: int = 20240419) -> list[tuple[str, str]]:
    """`count` distinct documents (name, text), each 8 to 16 sentences of one language."""
    pools = fixture_sentences()
    languages = sorted(pools)
    weights = [len(pools[lang]) for lang in languages]
    rng = random.Random(seed)
    made = []
    for number in range(count):
        lang = rng.choices(languages, weights)[0]
        pool = pools[lang]
        sentences = rng.sample(pool, min(len(pool), rng.randint(8, 16)))
        made.append((f"synthetic-{number:06d}-{lang}.txt", " ".join(sentences) + "\n"))
    return made


def write(folder: Path, count: int) -> list[Path]:
    """Write `count` corpus documents as text files into `folder` (for ingest benchmarks)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README.txt").write_text(LABEL + "\n", encoding="utf-8")
    paths = []
    for name, text in documents(count):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _reads_as_prose(text: str) -> bool:
    return len(text) >= 30 and text.count(" ") >= 4 and _PROSE.match(text) is not None and '","' not in text
