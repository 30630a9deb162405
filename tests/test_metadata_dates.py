"""Publication dates given with JSON Lines records: ISO or written out, never relative."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import entente


@pytest.mark.parametrize(
    ("published", "expected", "warned"),
    [
        ("2021-02-04", "2021-02-04", False),
        ("2021-02-04T23:10:00+01:00", "2021-02-04", False),
        ("04/02/2021", "2021-02-04", False),
        ("4 février 2021", "2021-02-04", False),
        ("Thu, 04 Feb 2021 22:35:00 +0000", "2021-02-04", False),
        ("hier", None, True),
        ("4 février", None, True),
        ("il y a trois jours", None, True),
    ],
)
def test_published_field(
    tmp_path: Path, published: str, expected: str | None, warned: bool
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "Un texte.", "published": published}) + "\n",
        encoding="utf-8",
    )
    (doc,) = entente.read(str(path))
    assert doc.published == expected
    assert bool(doc.warnings) is warned
