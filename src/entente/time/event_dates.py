"""Dating an event from the time expressions of the sentences that state it."""

from __future__ import annotations

import datetime as dt
import re

from entente.time.timex import find_timexes

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")  # a day, or a time of that day ("2023-03-22TEV")


def date_in(text: str, anchor: dt.date | None, lang: str = "fr") -> tuple[str | None, str | None]:
    """(ISO date, the words it came from) of the first day-precise date in ``text``.

    An expression found but not resolvable (a weekday with no known publication date) gives its
    words and no date: the date is never guessed.
    """
    unresolved = None
    for timex in find_timexes(text, anchor, lang=lang):
        if timex.type not in ("DATE", "TIME"):
            continue
        if timex.value and _DAY.match(timex.value):
            return timex.value[:10], timex.text
        if (
            timex.type == "DATE"
            and unresolved is None
            and (timex.value is None or timex.value.startswith("X"))
        ):
            unresolved = timex.text
    return None, unresolved
