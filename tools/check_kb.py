#!/usr/bin/env python3
"""Check the actor knowledge base data files for consistency.

Run from the repository root:  .venv/bin/python tools/check_kb.py
Exits non-zero and lists the problems when a file is invalid.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "entente" / "kb" / "data"
FR = ROOT / "src" / "entente" / "lang" / "fr"

CANONICAL_ROLES = {
    "president",
    "prime minister",
    "minister of foreign affairs",
    "king",
    "emir",
    "sultan",
    "crown prince",
    "chancellor",
    "vice president",
    "head of government",
    "supreme leader",
    "secretary-general",
    "president of the european commission",
    "president of the european council",
    "high representative",
    "chairperson of the african union commission",
    "state councilor",
    "minister of defence",
}
# Roles outside EVENTS.md's list that the data also uses (see roles.json "_about").
EXTRA_ROLES = {
    "queen",
    "pope",
    "emperor",
    "leader",
    "spokesperson",
    "deputy minister of foreign affairs",
    "deputy prime minister",
    "general secretary of the communist party",
    "director-general",
    "managing director",
    "ambassador",
    "national security adviser",
    "special envoy",
    "military officer",
    "minister of finance",
    "minister of the interior",
    "minister of trade",
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")  # as the loader reads them

problems: list[str] = []
warnings: list[str] = []


def load(path: Path):
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot read: {exc}")
        return None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        problems.append(f"{path}: invalid JSON: {exc}")
        return None


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def parse_date(value, where: str):
    """Return a sortable (y, m, d) tuple, or None for null; record a problem if malformed."""
    if value is None:
        return None
    if not isinstance(value, str) or not DATE.match(value):
        problems.append(f"{where}: bad date {value!r}")
        return None
    parts = [int(x) for x in value.split("-")]
    y = parts[0]
    m = parts[1] if len(parts) > 1 else 1  # a year alone, as the loader reads it
    d = parts[2] if len(parts) == 3 else None
    import datetime

    try:
        datetime.date(y, m, d or 1)
    except ValueError:
        problems.append(f"{where}: impossible date {value!r}")
        return None
    return (y, m, d or 0)


def check_sorted(items, key, name):
    keys = [key(x) for x in items]
    if keys != sorted(keys):
        problems.append(f"{name}: not sorted")
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        problems.append(f"{name}: duplicate keys {sorted(dup)}")


def check_bodies(rows: list, fr: dict, name: str) -> None:
    """Organisations and groups: a name, a Q-id or none, and French names for each code."""
    codes = {r.get("code") for r in rows}
    for r in rows:
        if not r.get("name"):
            problems.append(f"{name} {r.get('code')}: no name")
        q = r.get("wikidata")
        if q is not None and not re.fullmatch(r"Q\d+", q):
            problems.append(f"{name} {r.get('code')}: bad wikidata {q!r}")
    entries = {c: v for c, v in fr.items() if not c.startswith("_")}
    for c, v in entries.items():
        if c not in codes:
            problems.append(f"fr {name}: unknown code {c}")
        if not v.get("names"):
            problems.append(f"fr {name} {c}: no names")
        if not isinstance(v.get("metonyms"), list):
            problems.append(f"fr {name} {c}: metonyms must be a list")
    for c in codes - set(entries):
        problems.append(f"fr {name}: no French entry for {c}")
    if list(entries) != sorted(entries):
        problems.append(f"fr {name}: keys not sorted")


def main() -> int:
    states = load(DATA / "states.json") or []
    orgs = load(DATA / "organizations.json") or []
    persons = load(DATA / "persons.json") or []
    fr_states = load(FR / "kb" / "states.json") or {}
    fr_orgs = load(FR / "kb" / "organizations.json") or {}
    groups = load(DATA / "groups.json") or []
    fr_groups = load(FR / "kb" / "groups.json") or {}
    fr_persons = load(FR / "kb" / "persons.json") or {}
    roles = load(FR / "roles.json") or {}

    # states
    check_sorted(states, lambda r: r.get("code"), "states.json")
    codes = set()
    for r in states:
        c = r.get("code")
        if not (isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c)):
            problems.append(f"states.json: bad code {c!r}")
        codes.add(c)
        # a state of contested standing may have no capital it governs from (the SADR's)
        for f in ("name", "capital") if r.get("status") != "other" else ("name",):
            if not r.get(f):
                problems.append(f"states.json {c}: missing {f}")
        if r.get("status") not in {"member", "observer", "other"}:
            problems.append(f"states.json {c}: bad status {r.get('status')!r}")
        q = r.get("wikidata")
        if q is not None and not re.fullmatch(r"Q\d+", q):
            problems.append(f"states.json {c}: bad wikidata {q!r}")
    members = sum(1 for r in states if r.get("status") == "member")
    if members != 193:
        problems.append(f"states.json: {members} UN members, expected 193")

    # French states
    contested = {r.get("code") for r in states if r.get("status") == "other"}
    for c, v in fr_states.items():
        if c.startswith("_"):
            continue
        if c not in codes:
            problems.append(f"fr states.json: unknown code {c}")
        for f in ("names", "demonyms", "prefixes", "metonyms"):
            if not isinstance(v.get(f), list):
                problems.append(f"fr states.json {c}: {f} must be a list")
        if not v.get("names"):
            problems.append(f"fr states.json {c}: no names")
        if not v.get("capital") and c not in contested:
            problems.append(f"fr states.json {c}: no capital")
        for d in v.get("demonyms", []):
            if d != d.lower():
                problems.append(f"fr states.json {c}: demonym not lowercase {d!r}")
    missing = [c for c in codes if c not in fr_states]
    if missing:
        problems.append(f"fr states.json: no French entry for {sorted(missing)}")
    fr_keys = [k for k in fr_states if not k.startswith("_")]
    if fr_keys != sorted(fr_keys):
        problems.append("fr states.json: keys not sorted")
    # the same surface form for two states (reported, not fatal)
    seen = defaultdict(set)
    for c, v in fr_states.items():
        if c.startswith("_"):
            continue
        for f in ("names", "demonyms", "metonyms", "prefixes"):
            for s in v.get(f, []):
                seen[fold(s)].add(c)
    for s, cs in sorted(seen.items()):
        if len(cs) > 1:
            warnings.append(f"fr states.json: {s!r} shared by {sorted(cs)}")

    # organisations
    check_sorted(orgs, lambda r: r.get("code"), "organizations.json")
    org_codes = {r.get("code") for r in orgs}
    required = [
        "UN",
        "UNSC",
        "UNGA",
        "SCO",
        "BRICS",
        "EAEU",
        "ASEAN",
        "EU",
        "NATO",
        "AU",
        "ARAB_LEAGUE",
        "OIC",
        "G7",
        "G20",
        "OSCE",
        "WHO",
        "WTO",
        "IMF",
        "WORLD_BANK",
        "IAEA",
        "CSTO",
        "CIS",
        "GCC",
        "ECOWAS",
        "SADC",
        "OAS",
        "CELAC",
        "APEC",
        "OPEC",
        "COUNCIL_OF_EUROPE",
        "FRANCOPHONIE",
        "WEF",
    ]
    for c in required:
        if c not in org_codes:
            problems.append(f"organizations.json: missing required code {c}")
    check_bodies(orgs, fr_orgs, "organizations.json")
    check_sorted(groups, lambda r: r.get("code"), "groups.json")
    check_bodies(groups, fr_groups, "groups.json")
    if clash := org_codes & {r.get("code") for r in groups}:
        problems.append(f"groups.json: codes of organisations too: {sorted(clash)}")
    org_codes |= {r.get("code") for r in groups}  # persons act for a group as for a body

    # persons
    check_sorted(persons, lambda r: r.get("id"), "persons.json")
    ids = set()
    alias_owner = defaultdict(set)
    for p in persons:
        pid = p.get("id")
        ids.add(pid)
        where = f"persons.json {pid}"
        if not (
            isinstance(pid, str)
            and (re.fullmatch(r"Q\d+", pid) or re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", pid))
        ):
            problems.append(f"{where}: bad id")
        if not p.get("name"):
            problems.append(f"{where}: no name")
        if p.get("country") is not None and p["country"] not in codes:
            problems.append(f"{where}: unknown country {p['country']}")
        if not isinstance(p.get("aliases"), list):
            problems.append(f"{where}: aliases must be a list")
        for a in p.get("aliases", []):
            alias_owner[fold(a)].add(pid)
        if not isinstance(p.get("offices"), list):
            problems.append(f"{where}: offices must be a list")
            continue
        for i, o in enumerate(p["offices"]):
            w = f"{where} office {i}"
            role = o.get("role")
            if role not in CANONICAL_ROLES | EXTRA_ROLES:
                problems.append(f"{w}: unknown role {role!r}")
            if o.get("org") is not None:
                if o["org"] not in org_codes:
                    problems.append(f"{w}: unknown org {o['org']}")
            elif o.get("country") not in codes:
                problems.append(f"{w}: unknown country {o.get('country')!r}")
            s = parse_date(o.get("start"), w + " start")
            e = parse_date(o.get("end"), w + " end")
            if o.get("start") is None:
                warnings.append(f"{w}: no start date")
            if s and e and e < s:
                problems.append(f"{w}: ends before it starts")
            if "acting" in o and o["acting"] is not True:
                problems.append(f"{w}: acting must be true when present")
    for a, owners in sorted(alias_owner.items()):
        if len(owners) > 1:
            warnings.append(f"persons.json: alias {a!r} shared by {sorted(owners)}")
    for pid, forms in fr_persons.items():
        if pid not in ids:
            problems.append(f"fr persons.json: unknown person id {pid}")
        if not isinstance(forms, list) or not all(isinstance(x, str) and x for x in forms):
            problems.append(f"fr persons.json {pid}: must be a list of strings")
        for x in forms:
            if "?" in x or "\ufffd" in x or "Ã" in x:
                problems.append(f"fr persons.json {pid}: damaged form {x!r}")
    if list(fr_persons) != sorted(fr_persons):
        problems.append("fr persons.json: keys not sorted")

    # roles
    for i, r in enumerate(roles.get("roles", [])):
        w = f"roles.json role {i} ({r.get('role')})"
        if r.get("role") not in CANONICAL_ROLES | EXTRA_ROLES:
            problems.append(f"{w}: unknown role")
        for f in ("patterns", "head", "complement"):
            if not isinstance(r.get(f), list):
                problems.append(f"{w}: {f} must be a list")
        for c in r.get("countries", []):
            if c not in codes:
                problems.append(f"{w}: unknown country {c}")
        for c in r.get("orgs", []):
            if c not in org_codes:
                problems.append(f"{w}: unknown org {c}")
    if not isinstance(roles.get("honorifics"), list):
        problems.append("roles.json: honorifics must be a list")
    used = {o["role"] for p in persons for o in p.get("offices", [])}
    lex = {r.get("role") for r in roles.get("roles", [])}
    for role in sorted(used - lex):
        warnings.append(f"roles.json: no French patterns for role {role!r}")

    print(f"states: {len(states)} ({members} members); fr states: {len(fr_keys)}")
    print(f"organizations: {len(orgs)}; fr organizations: {len(fr_orgs)}; groups: {len(groups)}")
    n_off = sum(len(p.get("offices", [])) for p in persons)
    print(f"persons: {len(persons)} with {n_off} offices; fr persons: {len(fr_persons)}")
    print(
        f"roles: {len(roles.get('roles', []))} role entries, {len(roles.get('honorifics', []))} honorifics"
    )
    if "-v" in sys.argv:
        for w in warnings:
            print("warning:", w)
    else:
        print(f"{len(warnings)} warnings (run with -v to list them)")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
