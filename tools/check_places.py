#!/usr/bin/env python3
"""Check the places gazetteer (kb/data/places.json and lang/fr/kb/places.json).

Run from the repository root:  .venv/bin/python tools/check_places.py
Exits non-zero and lists the problems when a file is invalid; prints counts otherwise.

Problems (exit 1): a file that does not parse or breaks its schema, a duplicate name, a list
not sorted by name, a country that is neither null nor an ISO 3166-1 alpha-3 code known to
pycountry, a French key missing from the English list, a place without a French form, an
"_ambiguous" entry that is not one of the French forms.
Warnings (printed only): a French form shared by two places, a form equal to a state name in
lang/fr/kb/states.json, a state capital of kb/data/states.json missing from the gazetteer or
given another country.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ROOT / "src" / "entente" / "kb" / "data" / "places.json"
FR_PLACES = ROOT / "src" / "entente" / "lang" / "fr" / "kb" / "places.json"
STATES = ROOT / "src" / "entente" / "kb" / "data" / "states.json"
FR_STATES = ROOT / "src" / "entente" / "lang" / "fr" / "kb" / "states.json"

KINDS = {"city", "region", "island", "resort"}
FIELDS = {"name", "country", "kind"}
# states.json spells a few capitals differently from the gazetteer's canonical names.
CAPITAL_ALIASES = {"Washington, D.C.": "Washington"}

problems: list[str] = []
warnings: list[str] = []


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def sort_key(name: str) -> tuple[str, str]:
    """The order of places.json: accents and case folded, then the exact name."""
    return fold(name), name


def load(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        problems.append(f"{path.relative_to(ROOT)}: cannot load: {exc}")
        return None


def alpha3_codes() -> set[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - the venv has it
        problems.append("pycountry is not installed: cannot check country codes")
        return set()
    return {country.alpha_3 for country in pycountry.countries}


def check_places(places, codes: set[str]) -> dict[str, dict]:
    where = PLACES.relative_to(ROOT)
    if not isinstance(places, list):
        problems.append(f"{where}: expected a JSON list")
        return {}
    by_name: dict[str, dict] = {}
    folded: dict[str, str] = {}
    for i, place in enumerate(places):
        if not isinstance(place, dict) or set(place) != FIELDS:
            problems.append(f"{where}[{i}]: expected exactly the keys {sorted(FIELDS)}: {place!r}")
            continue
        name, country, kind = place["name"], place["country"], place["kind"]
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            problems.append(f"{where}[{i}]: bad name {name!r}")
            continue
        if name in by_name:
            problems.append(f"{where}: duplicate name {name!r}")
        elif fold(name) in folded:
            warnings.append(
                f"{where}: {name!r} and {folded[fold(name)]!r} differ only by case or accents"
            )
        by_name[name] = place
        folded.setdefault(fold(name), name)
        if country is not None and (not isinstance(country, str) or country not in codes):
            problems.append(
                f"{where}: {name!r}: country {country!r} is not an ISO 3166-1 alpha-3 code"
            )
        if kind not in KINDS:
            problems.append(f"{where}: {name!r}: kind {kind!r} not in {sorted(KINDS)}")
    names = [p["name"] for p in places if isinstance(p, dict) and isinstance(p.get("name"), str)]
    if names != sorted(names, key=sort_key):
        first = next(a for a, b in zip(names, sorted(names, key=sort_key), strict=True) if a != b)
        problems.append(f"{where}: not sorted by name (first out of place: {first!r})")
    return by_name


def check_french(fr, by_name: dict[str, dict]) -> dict[str, list[str]]:
    where = FR_PLACES.relative_to(ROOT)
    if not isinstance(fr, dict):
        problems.append(f"{where}: expected a JSON object")
        return {}
    ambiguous = fr.get("_ambiguous", [])
    if not isinstance(ambiguous, list) or not all(isinstance(a, str) and a for a in ambiguous):
        problems.append(f"{where}: _ambiguous must be a list of strings")
        ambiguous = []
    forms: dict[str, list[str]] = {}
    for key, value in fr.items():
        if key.startswith("_"):
            continue
        if key not in by_name:
            problems.append(f"{where}: key {key!r} is not a name in places.json")
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(v, str) and v.strip() and v == v.strip() for v in value)
        ):
            problems.append(f"{where}: {key!r}: expected a non-empty list of non-empty strings")
            continue
        if len(set(value)) != len(value):
            problems.append(f"{where}: {key!r}: repeated form")
        forms[key] = value
    for name in by_name:
        if name not in forms:
            problems.append(f"{where}: place {name!r} has no French form")
    all_forms = {f for values in forms.values() for f in values}
    for form in ambiguous:
        if form not in all_forms:
            problems.append(f"{where}: _ambiguous entry {form!r} is not a French form of any place")
    if len(set(ambiguous)) != len(ambiguous):
        problems.append(f"{where}: _ambiguous has a repeated entry")
    owners: dict[str, set[str]] = defaultdict(set)
    for key, values in forms.items():
        for form in values:
            owners[fold(form)].add(key)
    for form, keys in sorted(owners.items()):
        if len(keys) > 1:
            warnings.append(f"{where}: form {form!r} belongs to several places: {sorted(keys)}")
    return forms


def check_against_states(by_name: dict[str, dict], forms: dict[str, list[str]]) -> None:
    states, fr_states = load(STATES), load(FR_STATES)
    if not isinstance(states, list) or not isinstance(fr_states, dict):
        return
    for state in states:
        capital = CAPITAL_ALIASES.get(state.get("capital"), state.get("capital"))
        if not capital:
            continue
        place = by_name.get(capital)
        if place is None:
            warnings.append(f"capital {capital!r} of {state['code']} is not in places.json")
        elif place["country"] not in (state["code"], None):
            warnings.append(
                f"capital {capital!r} of {state['code']} has country {place['country']!r} in places.json"
            )
    state_names = {
        fold(n): code
        for code, entry in fr_states.items()
        if isinstance(entry, dict)
        for n in entry.get("names", [])
    }
    for key, values in forms.items():
        for form in values:
            code = state_names.get(fold(form))
            if code:
                warnings.append(
                    f"French form {form!r} of {key!r} is also a name of the state {code}"
                )


def main() -> int:
    places, fr = load(PLACES), load(FR_PLACES)
    codes = alpha3_codes()
    by_name = check_places(places, codes) if places is not None else {}
    forms = check_french(fr, by_name) if fr is not None else {}
    if by_name:
        check_against_states(by_name, forms)
    for warning in warnings:
        print(f"warning: {warning}")
    for problem in problems:
        print(f"PROBLEM: {problem}")
    if by_name:
        kinds = Counter(p["kind"] for p in by_name.values())
        countries = Counter(p["country"] for p in by_name.values())
        print(
            f"places: {len(by_name)} ({', '.join(f'{k} {kinds[k]}' for k in sorted(kinds))}); "
            f"countries: {len(countries) - (None in countries)}; null country: {countries[None]}"
        )
    if forms:
        n_forms = sum(len(v) for v in forms.values())
        n_ambiguous = len(fr.get("_ambiguous", [])) if isinstance(fr, dict) else 0
        print(f"French: {len(forms)} places, {n_forms} forms, {n_ambiguous} ambiguous forms")
    print(f"{len(problems)} problem(s), {len(warnings)} warning(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
