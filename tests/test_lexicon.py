"""The lexicon is data: every kind in it is registered and read by a rule, and a new language needs no code."""

from __future__ import annotations

import ast
import csv
import shutil
from collections import Counter
from pathlib import Path

import pytest

from tracker.extract.commitments import extract
from tracker.extract.lexicon import KIND_COLUMNS, Lexicon, default_lexicon

EXTRACT_PACKAGE = Path(__file__).resolve().parent.parent / "tracker" / "extract"
CUE_READERS = {"has_cue", "cue_near", "cue_in_clause", "word_is", "cue_just_before"}


def _code_strings() -> set[str]:
    """Every string literal in the parser's code."""
    found: set[str] = set()
    for path in EXTRACT_PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def _cues_read_by_name() -> set[str]:
    """The cue kinds the code asks for by name: scan.has_cue("give"), scan.cue_words.get("refugee", ())."""
    read: set[str] = set()
    for path in EXTRACT_PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args):
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            function = node.func
            asks_cue_words = function.attr == "get" and isinstance(function.value, ast.Attribute) and function.value.attr == "cue_words"
            if function.attr in CUE_READERS or asks_cue_words:
                read.add(first.value)
    return read


def _kinds_in_files(lexicon: Lexicon) -> set[tuple[str, str]]:
    used: set[tuple[str, str]] = set()
    for folder in [*lexicon.languages, "common"]:
        for name, column in KIND_COLUMNS.items():
            used |= {(name, row[column]) for row in lexicon.rows(folder, name)}
    return used


def test_every_kind_in_the_vocabulary_files_is_registered_with_a_meaning():
    lexicon = default_lexicon()
    for file, kind in _kinds_in_files(lexicon):
        assert lexicon.kinds[file][kind].strip(), f"{file} kind {kind!r} has no meaning in kinds.csv"


def test_no_vocabulary_file_repeats_a_row():
    lexicon = default_lexicon()
    for folder in [*lexicon.languages, "common"]:
        for name in ("cues", "categories", "donors", "numbers", "currencies", "abbreviations"):
            counts = Counter(tuple(row.values()) for row in lexicon.rows(folder, name))
            repeated = {row for row, count in counts.items() if count > 1}
            assert not repeated, f"{folder}/{name}.csv repeats {sorted(repeated)[:3]}"


def test_every_registered_kind_is_read_by_a_rule():
    strings = _code_strings()
    unread = [f"{file}:{kind}" for file, kinds in default_lexicon().kinds.items() for kind in kinds if kind not in strings]
    assert not unread, f"kinds.csv lists kinds no rule reads: {unread}"


def test_every_cue_a_rule_asks_for_is_registered():
    kinds = default_lexicon().kinds
    registered = set(kinds["cues"]) | set(kinds["numbers"])  # articles ('a', 'an': numbers of kind one) are asked as words
    assert _cues_read_by_name() - registered == set()


def test_the_registry_covers_the_cues_the_rules_read():
    # The scan above must find the rules' questions at all, or the test before would pass on nothing.
    assert {"refugee", "recall", "cumulative", "conversion"} <= _cues_read_by_name()


def _copy_lexicon(tmp_path: Path) -> Path:
    shipped = default_lexicon().root
    root = tmp_path / "lexicon"
    root.mkdir()
    for name in ("languages.csv", "kinds.csv"):
        shutil.copy(shipped / name, root / name)
    shutil.copytree(shipped / "common", root / "common")
    return root


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _add_testish(root: Path) -> None:
    """A made-up language: its traits in languages.csv and its words in its own folder, nothing else."""
    with (root / "languages.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(
            ["xx", "Testish", "en", "", "latin", "yes", "no", "2", "", "pre", "before", "before", "no", "no", "no", "no", "", "no"]
        )
    folder = root / "xx"
    _write(folder / "cues.csv", ["term", "cue"], [["zorbit", "give"], ["zorbat", "delivered"], ["vu", "destination"], ["nix", "negation"]])
    _write(
        folder / "categories.csv", ["term", "category", "kind"], [["klonka", "armoured_vehicles", "noun"], ["pufa", "humanitarian", "noun"]]
    )
    _write(
        folder / "donors.csv",
        ["name", "code", "case", "role"],
        [["Polonia", "POL", "title", "donor"], ["Ukrainia", "UKR", "title", "recipient"]],
    )
    _write(folder / "numbers.csv", ["word", "value", "kind"], [["tri", "3", "number"], ["miljo", "1e6", "scale"]])


def test_a_new_language_is_read_from_its_data_alone(tmp_path):
    root = _copy_lexicon(tmp_path)
    _add_testish(root)
    lexicon = Lexicon(root)
    given = extract("Polonia zorbit tri klonka vu Ukrainia.", "xx", lexicon)
    assert [(r["donor"], r["category"], r["quantity"], r["status"]) for r in given] == [("POL", "armoured_vehicles", 3, "committed")]
    delivered = extract("Polonia zorbat pufa 5 miljo EUR vu Ukrainia.", "xx", lexicon)
    assert [(r["donor"], r["category"], r["amount"], r["currency"], r["status"]) for r in delivered] == [
        ("POL", "humanitarian", 5e6, "EUR", "delivered")
    ]
    assert extract("Polonia nix zorbit klonka vu Ukrainia.", "xx", lexicon) == []


def test_a_language_without_its_folder_reads_nothing_but_fails_nowhere(tmp_path):
    root = _copy_lexicon(tmp_path)
    with (root / "languages.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(
            ["yy", "Empty", "en", "", "latin", "yes", "no", "2", "", "pre", "before", "before", "no", "no", "no", "no", "", "no"]
        )
    assert extract("Something entirely unknown.", "yy", Lexicon(root)) == []


@pytest.mark.parametrize(
    ("name", "header", "row", "message"),
    [
        ("cues", ["term", "cue"], ["zorbit", "gift"], "unknown cue 'gift'"),
        ("categories", ["term", "category", "kind"], ["klonka", "armoured_vehicles", "thing"], "unknown kind 'thing'"),
        ("categories", ["term", "category", "kind"], ["klonka", "-", "general"], "a general row needs a category"),
        ("categories", ["term", "category", "kind"], ["klonka", "tanks", "noun"], "a noun row needs a category"),
        ("cues", ["word", "cue"], ["zorbit", "give"], "columns must be term, cue"),
    ],
)
def test_a_mistyped_vocabulary_file_is_refused_with_its_place(tmp_path, name, header, row, message):
    root = _copy_lexicon(tmp_path)
    _add_testish(root)
    _write(root / "xx" / f"{name}.csv", header, [row])
    with pytest.raises(ValueError, match=message) as error:
        extract("Polonia zorbit klonka vu Ukrainia.", "xx", Lexicon(root))
    assert f"{name}.csv" in str(error.value)


def test_an_unknown_language_is_refused_by_name():
    with pytest.raises(ValueError, match="unsupported language 'zz'"):
        extract("Poland sends tanks.", "zz")
