"""Guess an announcement's language (py3langid's model, which ships inside the package), among those we read."""

from __future__ import annotations

import functools

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from tracker.extract.lexicon import LANGUAGES

SAMPLE = 300  # characters: enough for a stable guess on announcements; the cost grows with the sample


@functools.cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect_language(text: str) -> str:
    """The most likely of the supported languages for the text's opening."""
    return str(_identifier().classify(text[:SAMPLE])[0])
