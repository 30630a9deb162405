"""Language data: everything that is French lives under ``lang/fr/``.

A stage never hard-codes words of a language; it asks this module for the data file it needs, so that
adding English means adding ``lang/en/`` with the same files and no stage changes.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

LANG_ROOT = Path(__file__).parent
SUPPORTED = ("fr",)


def data_path(lang: str, name: str) -> Path:
    """The path of a data file of one language, e.g. ``data_path("fr", "events.json")``."""
    if lang not in SUPPORTED:
        raise ValueError(f"language {lang!r} is not supported (supported: {', '.join(SUPPORTED)})")
    return LANG_ROOT / lang / name


@cache
def load_json(lang: str, name: str) -> Any:
    """Load a JSON data file of a language once per process."""
    with data_path(lang, name).open(encoding="utf-8") as handle:
        return json.load(handle)
