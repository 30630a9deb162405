"""The dashboard's words in English and French, read from ``labels.json``.

The PLOVER types and the modes listed there are also what the API accepts as filters, so a type
the dashboard cannot name cannot be asked for either.
"""

from __future__ import annotations

import json
from enum import StrEnum
from functools import cache
from importlib.resources import files
from typing import Any, Literal

Lang = Literal["en", "fr"]
DEFAULT_LANG: Lang = "en"


@cache
def _all() -> dict[str, Any]:
    return json.loads(files("entente.serve").joinpath("labels.json").read_text(encoding="utf-8"))


def labels(lang: Lang) -> dict[str, dict[str, str]]:
    """The words of one language: ``types``, ``modes``, ``status`` and ``ui``."""
    return _all()[lang]


EventType = StrEnum("EventType", {name: name for name in _all()[DEFAULT_LANG]["types"]})
Mode = StrEnum("Mode", {name: name for name in _all()[DEFAULT_LANG]["modes"]})
