"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

MODELS = {"fr": "fr_core_news_md"}


class ModelMissing(RuntimeError):
    """The spaCy pipeline of a language is not installed (``make run`` installs it)."""


@cache
def load_model(lang: str = "fr") -> Language:
    """The full statistical pipeline of a language, loaded on first use and shared afterwards."""
    name = MODELS.get(lang)
    if name is None:
        raise ModelMissing(f"no spaCy pipeline is configured for language {lang!r}")
    try:
        return spacy.load(name)
    except OSError as error:
        raise ModelMissing(
            f"the spaCy pipeline {name} is not installed; run `make install` (it comes from PyPI)"
        ) from error
