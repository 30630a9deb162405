"""Publication dates written into article URLs.

News sites often put the publication day in the path (``/2020-11/19/``, ``/2020/11/19/``,
``/20211116-``, ``-2021-02-04``). The contract counts such a date as metadata, so ingest reads it
whenever the input gives no better date.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

# Year, month, day separated by -, /, _ or . (``/2020/11/19/``, ``/2020-11/19/``, ``-2021-02-04``).
_SEPARATED = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/_.](\d\d?)[-/_.](\d\d?)(?!\d)")
# Eight digits standing alone in the path (``/20211116-``): longer numbers are article ids.
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")


def date_from_url(url: str | None) -> str | None:
    """The ``YYYY-MM-DD`` date written in the path of ``url``, or None.

    Only the path is read: a host name or a query string rarely holds the publication day.
    A candidate that is not a real calendar day (``/2021/13/45/``) is skipped, and a path with
    only a year and month (``/2020/11/``) gives None rather than an invented day.
    """
    if not url:
        return None
    path = urlsplit(url).path
    for pattern in (_SEPARATED, _COMPACT):
        for match in pattern.finditer(path):
            found = calendar_day(*match.groups())
            if found:
                return found
    return None


def calendar_day(year: str, month: str, day: str) -> str | None:
    """``YYYY-MM-DD`` when the three parts name a real day, else None."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
