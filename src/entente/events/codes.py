"""CAMEO codes and Goldstein scores of CONSULT by mode (EVENTS.md, table "CAMEO and Goldstein").

A visit is always coded from the visitor's side (042): entente makes the visitor the source.
"""

CONSULT_CODES: dict[str | None, tuple[str, float]] = {
    None: ("040", 1.0),
    "phone": ("041", 1.0),
    "video": ("041", 1.0),
    "visit": ("042", 1.9),
    "third-party": ("044", 2.5),
    "multilateral": ("040", 1.0),
}
