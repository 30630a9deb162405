"""Compiling the events lexicon of a language into patterns over folded text.

Pattern syntax (see ``lang/<code>/events.json``): words separated by spaces, ``*`` closing a word
matches any ending, ``_`` stands for up to four words of any kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from entente.lang import load_json
from entente.normalise.fold import fold


def compile_pattern(pattern: str) -> re.Pattern[str]:
    parts = []
    for word in folded(pattern).split():
        if word == "_":
            parts.append(r"(?:\S+\s+){0,4}?")
            continue
        body = re.escape(word.rstrip("*")) + (r"[\w'-]*" if word.endswith("*") else "")
        parts.append(body + r"\s+")
    regex = "".join(parts)
    regex = regex[: -len(r"\s+")] if regex.endswith(r"\s+") else regex
    return re.compile(rf"(?<![\w-]){regex}(?![\w-])")  # "l'entretien" holds "entretien"


def compile_all(patterns: list[str]) -> re.Pattern[str]:
    """One alternation for a list: the cheap way to ask "does any of these occur, and where"."""
    return re.compile("|".join(f"(?:{compile_pattern(p).pattern})" for p in patterns))


def folded(text: str) -> str:
    """The form every pattern is matched against: accents and case folded, but for "à", which
    French tells from "a" by its accent alone ("a invité" / "invité à"). Same length as ``text``."""
    out = fold(text)
    for match in _LONE_A.finditer(text):
        out = out[: match.start()] + "à" + out[match.end() :]
    return out


_LONE_A = re.compile(r"(?<![\w-])[àÀ](?![\w-])")  # the word "à", not the letter in "tête-à-tête"


@dataclass(frozen=True)
class Trigger:
    pattern: re.Pattern[str]
    mode: str | None
    weight: float
    host_is_subject: bool = False
    guest_is_subject: bool = False
    needs_destination: bool = False  # a trip counts only when it goes to another party's country
    gathering: bool = False  # a meeting of an organisation's members ("se sont réunis", "sommet")
    modifier: bool = (
        False  # a channel that may qualify a blocker ("conférence de presse ... par vidéo")
    )


@dataclass(frozen=True)
class StatementRule:
    type: str
    cameo: str
    goldstein: float
    pattern: re.Pattern[str]
    subject_is_target: bool = False  # the trigger describes what the target did ("s'ingère")
    implicit_target: bool = False  # with no target named, the counterpart of the interaction


@dataclass(frozen=True)
class Lexicon:
    consult: tuple[Trigger, ...]
    mode_cues: dict[str, re.Pattern[str]]
    blockers: re.Pattern[str]
    definite: re.Pattern[str]
    caller: re.Pattern[str]
    groups: re.Pattern[str]
    statements: tuple[StatementRule, ...]
    reporting: re.Pattern[str]
    negation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    cancelled: re.Pattern[str]
    planned: re.Pattern[str]
    generic: re.Pattern[str]
    denial: re.Pattern[str]
    negated: re.Pattern[str]  # "ne ... pas" around a word
    political: frozenset[str]  # nouns a demonym qualifies when it stands for a state
    any_trigger: re.Pattern[str]


def _triggers(data: dict[str, Any]) -> tuple[Trigger, ...]:
    return tuple(
        Trigger(
            compile_pattern(t["pattern"]),
            t.get("mode"),
            t["weight"],
            t.get("host_is_subject", False),
            t.get("guest_is_subject", False),
            t.get("needs_destination", False),
            t.get("gathering", False),
            t.get("modifier", False),
        )
        for t in data["triggers"]
    )


def _negation(spec: dict[str, Any]) -> re.Pattern[str]:
    """French negation is two words around the verb: "ne rencontrera pas", "n'ont pas l'intention"."""
    before = "|".join(re.escape(folded(w)) for w in spec["before"])
    after = "|".join(re.escape(folded(w)) for w in spec["after"])
    return re.compile(
        rf"(?<![\w'])(?:{before})\s*[^.;:!?]{{0,{spec['reach']}}}?(?<![\w'])(?:{after})(?![\w'])"
    )


def negated(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether a "ne ... pas" surrounds or precedes the words at ``start:end`` of folded text."""
    return any(m.start() <= end and m.end() >= start - 25 for m in lex.negated.finditer(text))


@cache
def load_lexicon(lang: str = "fr") -> Lexicon:
    data = load_json(lang, "events.json")
    consult = data["consult"]
    statements = tuple(
        StatementRule(
            rule["type"],
            rule["cameo"],
            rule["goldstein"],
            compile_all(rule["patterns"]),
            rule.get("subject_is_target", False),
            rule.get("implicit_target", False),
        )
        for rule in data["statements"]
    )
    every = [t["pattern"] for t in consult["triggers"]]
    every += [p for rule in data["statements"] for p in rule["patterns"]]
    return Lexicon(
        consult=_triggers(consult),
        mode_cues={mode: compile_all(cues) for mode, cues in consult["mode_cues"].items()},
        blockers=compile_all(consult["blockers"]),
        definite=compile_all(consult["definite_nominal"]),
        caller=compile_all(consult["caller_cues"]),
        groups=compile_all(consult["group_words"]),
        statements=statements,
        reporting=compile_all(data["reporting_verbs"]),
        negation=compile_all(data["negation"]),
        hypothetical=compile_all(data["hypothetical"]),
        cancelled=compile_all(data["cancelled"]),
        planned=compile_all(data["planned"]),
        generic=compile_all(data["generic"]),
        denial=compile_all(data["denial"]),
        negated=_negation(data["negation_pattern"]),
        political=frozenset(folded(w) for w in consult["political_nouns"]),
        any_trigger=compile_all(every),
    )
