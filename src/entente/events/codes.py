"""CAMEO codes and Goldstein scores of CONSULT by mode (EVENTS.md, table "CAMEO and Goldstein")."""

CONSULT_CODES: dict[str | None, tuple[str, float]] = {
    None: ("040", 1.0),
    "phone": ("041", 1.0),
    "video": ("041", 1.0),
    "visit": ("042", 1.9),
    "third-party": ("044", 2.5),
    "multilateral": ("040", 1.0),
}
HOSTING = ("043", 2.8)  # a visit coded from the host's side
