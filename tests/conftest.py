"""Test configuration: the tables helper sits next to the tests; shared/ is beside the repo."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
SHARED = TESTS.parents[1] / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not there (CI and developers have it beside the repo)")
    return SHARED
