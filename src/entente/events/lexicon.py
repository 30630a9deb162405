"""Compiling the events lexicon of a language into patterns over folded text.

Pattern syntax (see ``lang/<code>/events.json``): words separated by spaces, ``*`` closing a word
matches any ending, ``_`` stands for up to four words of any kind and ``__`` for up to twelve;
a leading ``^`` holds the pattern to the start of the sentence ("^ recu* __ par": an opening
participle clause, "Reçu vendredi au siège de la Commission par sa présidente, ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from entente.lang import load_json
from entente.normalise.fold import fold


@dataclass(frozen=True)
class Pattern:
    """A compiled lexicon pattern and the literal words any match must contain.

    The regular expression runs only when one of its anchors is in the text: most sentences hold
    none of a rule's words, and a substring test costs far less than a large alternation.
    """

    regex: re.Pattern[str]
    anchors: tuple[str, ...]

    def _present(self, text: str) -> bool:
        return any(anchor in text for anchor in self.anchors)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self._present(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self._present(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text) if self._present(text) else None

    def overlapping(self, text: str) -> list[re.Match[str]]:
        """Matches at every start, not only after the previous one's end."""
        matches: list[re.Match[str]] = []
        position = 0 if self._present(text) else len(text) + 1
        while match := self.regex.search(text, position):
            matches.append(match)
            position = match.start() + 1
        return matches


GAPS = {  # "_": a few words ("appel* _ à"); "__": a list of them ("appelé X, Y, Z et W à")
    "_": r"(?:\S+\s+){0,4}?",
    "__": r"(?:\S+\s+){0,12}?",
}


def _regex(pattern: str) -> str:
    parts = []
    words = folded(pattern).split()
    for word, following in zip(words, [*words[1:], ""], strict=True):
        if word in GAPS:
            parts.append(GAPS[word])
            continue
        if word == "^":
            parts.append("^")
            continue
        body = re.escape(word.rstrip("*")) + (r"[\w'-]*" if word.endswith("*") else "")
        parts.append(body + (r",?\s+" if following in GAPS else r"\s+"))  # "a convoqué, lundi, le"
    regex = "".join(parts)
    regex = regex[: -len(r"\s+")] if regex.endswith(r"\s+") else regex
    return rf"(?<![\w-]){regex}(?![\w-])"  # "l'entretien" holds "entretien"


def _anchor(pattern: str) -> str:
    """The longest literal word of a pattern: every match contains it."""
    words = [w.rstrip("*") for w in folded(pattern).split() if w not in (*GAPS, "*", "^")]
    return max(words, key=len)


def compile_pattern(pattern: str) -> Pattern:
    return Pattern(re.compile(_regex(pattern)), (_anchor(pattern),))


def compile_all(patterns: list[str]) -> Pattern:
    """One alternation for a list: the cheap way to ask "does any of these occur, and where"."""
    regex = "|".join(f"(?:{_regex(p)})" for p in patterns)
    return Pattern(re.compile(regex), tuple(dict.fromkeys(_anchor(p) for p in patterns)))


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
    pattern: Pattern
    mode: str | None
    weight: float
    host_is_subject: bool = False
    guest_is_subject: bool = False
    needs_destination: bool = False  # a trip counts only when it goes to another party's country
    gathering: bool = False  # a meeting of an organisation's members ("se sont réunis", "sommet")
    modifier: bool = (
        False  # a channel that may qualify a blocker ("conférence de presse ... par vidéo")
    )
    object_guest: bool = False  # the guest is an object pronoun ("où l'attendait X", "l'a reçu")


@dataclass(frozen=True)
class StatementRule:
    type: str
    cameo: str
    goldstein: float
    pattern: Pattern
    subject_is_target: bool = False  # the trigger describes what the target did ("s'ingère")
    implicit_target: bool = False  # with no target named, the counterpart of the interaction
    nouns: bool = False  # a noun trigger states the stance by itself ("l'expulsion de")
    reciprocal: bool = False  # a joint subject's partners toward each other ("sont convenus de")
    verbal: bool = False  # only a verb states it: "l'appel", "la demande de Kiev" do not


@dataclass(frozen=True)
class Clauses:
    """Where clauses and phrases begin and end, read on a sentence as written; the clause breaks
    and incises are also read on folded text, where a word with an accent ("où") cannot match."""

    after_preposition: re.Pattern[str]  # ends a text with "à", "au palais de": a place follows
    pronoun_subject: re.Pattern[str]  # "Il a été reçu", not "Il y a deux ans"
    relative: re.Pattern[str]  # ", que", ", où": a clause about the last counterpart
    incise: re.Pattern[str]  # ", où il a été reçu par X,": a relative clause set off by commas
    clause_break: re.Pattern[str]
    gap_break: re.Pattern[str]  # "Washington, qui ...": a subject parted from its verb
    infinitive: re.Pattern[str]  # ", avant de retrouver X": a clause with no subject of its own
    quotes: re.Pattern[str]
    object_clitic: re.Pattern[str]  # "l'accusant": the object named before the verb
    coordination: re.Pattern[str]  # "de la Corée du Sud et des Etats-Unis"
    list_goes_on: re.Pattern[str]  # ", le chancelier Y et le président Z": a list, after a comma
    conjunction: re.Pattern[str]  # "a démenti ... et accusé": where a coordinated verb begins
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    pronoun_genders: dict[str, str]  # "elle": "female"
    group_sizes: dict[str, int]  # "les trois dirigeants": a gathering of three

    def group_size(self, phrase: str) -> int | None:
        """How many parties a group phrase counts ("les trois dirigeants": 3), if it says."""
        words = phrase.split()
        return next((n for word, n in self.group_sizes.items() if word in words), None)


def _alternation(words: list[str], end: str = r"\b") -> str:
    """Words as a regex alternation, longest first; ``end`` closes those that end in a letter
    ("que" but not "qu'"); the spaces in a word stand for any."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(
        r"\s+".join(map(re.escape, w.split())) + (end if w[-1].isalnum() else "") for w in ordered
    )


SPACE = r"\s"
SINCE_REACH = 80  # "au lendemain d'un long entretien à Riyad avec le prince héritier saoudien"


def _clauses(spec: dict[str, Any]) -> Clauses:
    def words(key: str, end: str = r"\b") -> str:
        return _alternation(spec[key], end)

    def marks(key: str) -> str:
        return f"[{re.escape(spec[key])}]"

    participle = "|".join(map(re.escape, spec["participle_endings"]))
    return Clauses(
        after_preposition=re.compile(
            rf"\b(?:{words('place_prepositions')})\s+(?:(?:{words('place_articles')})\s*)?"
            rf"(?:(?:{words('seat_nouns')})\s+(?:{words('seat_links', '')})\s*)?$",
            re.IGNORECASE,
        ),
        pronoun_subject=re.compile(
            rf"(?:^(?:(?:{words('pronoun_openers')}),?\s+)?|,\s+)(?:{words('subject_pronouns')})\s+"
            rf"(?!(?:{words('impersonal')})(?!\s+\w+(?:{participle})\b))"
        ),
        relative=re.compile(rf",\s*(?:{words('relatives')})"),
        incise=re.compile(rf",\s*(?:{words('incise_relatives')})[^,]*,"),
        clause_break=re.compile(rf"{marks('clause_marks')}|\b(?:{words('clause_words')})"),
        gap_break=re.compile(rf"{marks('gap_marks')}|\b(?:{words('gap_words')})"),
        infinitive=re.compile(
            rf"[\s,;]*(?:{words('infinitive_openers', end=SPACE)})", re.IGNORECASE
        ),
        quotes=re.compile(rf"\s*{marks('quotes')}\s*"),
        object_clitic=re.compile(rf"\b(?:{words('object_clitics', end=SPACE)})$", re.IGNORECASE),
        coordination=re.compile(
            rf"\s*(?:{words('coordination', end='')})\s*"
            rf"(?:(?:{words('coordination_articles', end='')})\s*)?",
            re.IGNORECASE,
        ),
        conjunction=re.compile(rf"(?<!\w)(?:{words('coordination')})"),
        list_goes_on=re.compile(
            rf"\s*(?:{words('place_articles', end=SPACE)})\s*[^,.;]{{3,60}}?\s+"
            rf"(?:{_alternation([w for w in spec['coordination'] if w.isalpha()])})\s+"
            rf"(?:{words('place_articles', end=SPACE)})"
        ),
        pronouns=frozenset(spec["pronouns"]),
        plural_pronouns=frozenset(spec["plural_pronouns"]),
        pronoun_genders=dict(spec["pronoun_genders"]),
        group_sizes=dict(spec["group_sizes"]),
    )


@dataclass(frozen=True)
class Lexicon:
    consult: tuple[Trigger, ...]
    mode_cues: dict[str, Pattern]
    blockers: Pattern
    summons: Pattern  # "a convoqué l'ambassadeur": what follows is the summons, not a meeting
    definite: Pattern
    caller: Pattern
    groups: Pattern
    next_meeting: Pattern  # "sont convenus de se retrouver": the main pair's next meeting
    statements: tuple[StatementRule, ...]
    reporting: Pattern
    negation: Pattern
    hypothetical: Pattern
    cancelled: Pattern
    cancel_reference: re.Pattern[
        str
    ]  # "au lendemain de (l'annulation)": a time, not a cancellation
    planned: Pattern
    generic: Pattern
    unrealised: Pattern  # "devait": what was due, said after the meeting's noun
    invitations: Pattern  # "a invité X à effectuer une visite": offered, not made
    accepted: Pattern  # "a accepté l'invitation ... à se rendre": a visit planned
    denial: Pattern
    negated: Pattern  # "ne ... pas" around a word
    political: frozenset[str]  # nouns a demonym qualifies when it stands for a state
    officials: frozenset[str]  # those of them that are persons: "les ministres turc et russe"
    delegates: frozenset[str]  # those who speak for a state: "une délégation ougandaise"
    received_thing: re.Pattern[str]  # "a reçu une lettre de X": a thing received, no guest
    delegate: re.Pattern[str]  # the same before its name: "des émissaires de l'Ouganda"
    body_link: re.Pattern[str]  # "la réunion| des ministres de l'OCS": a body's gathering
    # nouns that make it a people's: "une délégation d'hommes d'affaires chinois"
    civil: frozenset[str]
    office_complement: re.Pattern[str]  # "des Affaires étrangères" after "ministres", at the end
    event_names: frozenset[str]  # nouns whose compound names hold states ("sommet Russie-Afrique")
    event_noun_before: Pattern  # "sommet ... réuni": the participle qualifies a meeting, not people
    attribution: re.Pattern[str]  # "selon la présidence turque": ends where the source is named
    said_after: re.Pattern[str]  # ", a indiqué lundi le porte-parole": who told it, and when
    contrast: re.Pattern[str]  # ", alors que": a clause the meeting is set against
    relative_after: re.Pattern[str]  # ", qui l'a conduit lundi au Turkménistan": another day
    venue: re.Pattern[str]  # "en marge du sommet de l'UA": ends where the gathering is named
    sideline: re.Pattern[str]  # "en marge du": ends where the gathering's noun follows
    topic: re.Pattern[str]  # "la situation au": ends where the state talked about is named
    mourned: re.Pattern[str]  # "aux funérailles de la reine": the dead are no party
    absent: re.Pattern[str]  # "en l'absence du président X": who is not there is no party
    readiness: Pattern  # "s'est dit prêt à rencontrer": willing, no meeting
    appraisals: Pattern  # "ce qui devrait être leur dernier tête-à-tête": a judgement
    teaser: re.Pattern[str]  # "À suivre vendredi dans le journal :": the programme's day
    met_with: re.Pattern[str]  # "un entretien avec X": X is the one met
    departure: re.Pattern[str]  # "a quitté", "arrivé de": ends where the place left is named
    to_host: re.Pattern[str]  # "chez le président Mattarella": ends where the host is named
    witness: re.Pattern[str]  # "en présence du": ends where one beside a caller is named
    joint_call: Pattern  # "un entretien téléphonique à trois": one call of several sides
    time_opener: Pattern  # "Cinq jours après le rappel de": a phrase dating by another event
    anchor: re.Pattern[str]  # "au lendemain de la": ends where the thing a day counts from is told
    role: re.Pattern[str]  # "hôte de la rencontre": the gathering named by a role in it
    opening_participle: re.Pattern[str]  # "Reçu par X, ...": a sentence that opens on a meeting
    table: re.Pattern[str]  # "Autour de la table, X retrouve Y": a gathering's participants
    went_on: Pattern  # "Les échanges se sont poursuivis dimanche": talks over several days
    since: re.Pattern[str]  # "depuis la chute de": ends where a time's actor is named
    since_anywhere: re.Pattern[str]  # the same cues, wherever they stand in a text
    anchor_anywhere: re.Pattern[str]  # "le jour même de l'arrivée de": wherever in a text
    joiner_anywhere: re.Pattern[str]  # "auquel ont pris part": wherever in a sentence
    counterpart: re.Pattern[str]  # "avec", "laquelle": the phrase of a gathering ends there
    between: re.Pattern[str]  # "entretien téléphonique entre": after a trigger, who it is between
    object_relative: re.Pattern[str]  # "qui", "dont": a clause about an object begins
    then: re.Pattern[str]  # ", puis": the next of successive meetings
    day_joiner: re.Pattern[str]  # ", mardi": the next of meetings told each on its own day
    in_turn: re.Pattern[str]  # "successivement": counterparts joined by "et avec" met in turn
    each: re.Pattern[str]  # "X et Y ont chacun eu Z au téléphone": a call for each caller
    in_turn_joiners: re.Pattern[str]
    sequel: re.Pattern[str]  # "avant de", ", et avait": where a sentence goes on to another meeting
    arrival: re.Pattern[
        str
    ]  # "arrivé", "arrivées": a participle that dates a coming, not a meeting
    delegations: Pattern  # "élargis aux ministres": others present at a meeting already told
    attending: re.Pattern[str]  # "pour la COP26": a trip to a gathering, not to its host
    agent: re.Pattern[str]  # "reçu par X": who did it, named after a passive
    joiner: re.Pattern[str]  # "auquel s'est joint": ends where one who joins the meeting is named
    members: re.Pattern[str]  # "les États membres de l'OTSC": ends where the organisation is named
    member_count: re.Pattern[str]  # "les six monarchies du": ends where the organisation is named
    member_counts: dict[str, int]  # "six": 6
    attendance: Pattern  # "y ont pris part": who attended the gathering told just before
    companions: Pattern  # "était accompagné de": who came with a party to the meeting before
    companion: re.Pattern[str]  # "accompagné du": ends where one who came along is named
    skippable: re.Pattern[str]  # adverbs a pattern reads through: "ont (hier) convenu de"
    noun_governors: tuple[str, ...]  # stems of verbs that carry out a noun trigger: "inflig"
    any_trigger: ahocorasick.Automaton  # anchor -> the statement patterns that contain it
    clauses: Clauses


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
            t.get("object_guest", False),
        )
        for t in data["triggers"]
    )


def _negation(spec: dict[str, Any]) -> Pattern:
    """French negation is two words around the verb: "ne rencontrera pas", "n'ont pas l'intention"."""
    before = "|".join(re.escape(folded(w)) for w in spec["before"])
    after = "|".join(re.escape(folded(w)) for w in spec["after"])
    regex = (
        rf"(?<![\w'])(?:{before})\s*[^.;:!?]{{0,{spec['reach']}}}?(?<![\w'])(?:{after})(?![\w'])"
    )
    return Pattern(re.compile(regex), tuple(folded(w) for w in spec["after"]))


def has_trigger(lex: Lexicon, text: str) -> bool:
    """Whether a statement trigger occurs in a folded text (where the parser is worth running):
    one pass of an automaton over the anchors, then only the patterns whose anchor is there."""
    return any(
        pattern.regex.search(text)
        for _, patterns in lex.any_trigger.iter(text)
        for pattern in patterns
    )


def _trigger_index(patterns: list[str]) -> ahocorasick.Automaton:
    index: dict[str, list[Pattern]] = {}
    for pattern in dict.fromkeys(patterns):
        compiled = compile_pattern(pattern)
        index.setdefault(compiled.anchors[0], []).append(compiled)
    automaton = ahocorasick.Automaton()
    for anchor, compiled in index.items():
        automaton.add_word(anchor, tuple(compiled))
    automaton.make_automaton()
    return automaton


def negated(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether a "ne ... pas" surrounds or precedes the words at ``start:end`` of folded text."""
    return any(m.start() <= end and m.end() >= start - 25 for m in lex.negated.finditer(text))


def _words(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(folded(w)) for w in sorted(words, key=len, reverse=True))
    # a word must start where a word starts; a cue that opens on a mark (", et a", ";") follows any
    return re.compile(rf"(?:(?<![\w'-])|(?=[^\w'-]))(?:{alternatives})(?![\w-])")


def _member_count(words: dict[str, Any]) -> re.Pattern[str]:
    """ "les six monarchies du", "des quatre pays membres de l'": a count of states that ends
    where their organisation is named."""
    determiner, count = _words(words["determiners"]).pattern, _words(list(words["counts"])).pattern
    noun, link = _words(words["nouns"]).pattern, _words(words["links"]).pattern
    return re.compile(rf"{determiner}\s+(?P<count>{count})\s+{noun}\s+{link}\s*$")


def _day_joiner(joiners: list[str], weekdays: dict[str, int]) -> re.Pattern[str]:
    """A joiner of a list followed by a weekday (", mardi par X et mercredi par Y")."""
    return re.compile(rf"{_words(joiners).pattern}\s+{_words(list(weekdays)).pattern}")


def pattern_text(lex: Lexicon, text: str) -> str:
    """The folded text the patterns read, its adverbs blanked out character for character so
    that "ont convenu hier de" matches "ont convenu de" and every offset still holds."""
    return lex.skippable.sub(lambda m: " " * len(m.group()), folded(text))


def says_cancelled(lex: Lexicon, text: str) -> bool:
    """Whether a folded text says an interaction was cancelled or put off, other than as the
    time of something else ("au lendemain de l'annulation de sa visite")."""
    return any(
        not lex.cancel_reference.search(text, 0, m.start()) for m in lex.cancelled.finditer(text)
    )


def _with_plurals(nouns: list[str]) -> frozenset[str]:
    """Nouns and their plurals in "s": "les chefs des diplomaties française et allemande"."""
    return frozenset(form for w in nouns for form in (folded(w), folded(w) + "s"))


def _words_then(words: list[str]) -> str:
    """An alternation of folded words or phrases, each followed by a space unless it ends on an
    apostrophe ("de la ", "d'")."""
    return "|".join(
        re.escape(folded(w)).replace(r"\ ", r"\s+") + ("" if w.endswith("'") else r"\s+")
        for w in words
    )


def _delegate(nouns: list[str], links: list[str]) -> re.Pattern[str]:
    """One of the nouns, then one of the ``links`` ("de l'", "du"), at the end of a folded text:
    "des émissaires de l'", "une délégation du"."""
    alternation = "|".join(re.escape(folded(w)) for w in nouns)
    return re.compile(rf"(?<![\w-])(?:{alternation})\s+(?:{_words_then(links)})$")


def _received_thing(things: list[str], determiners: list[str]) -> re.Pattern[str]:
    """What a verb of reception receives, read from the verb's end on folded text: up to two
    words of time, one of ``determiners``, perhaps an adjective, then one of ``things``."""
    alternation = "|".join(re.escape(folded(w)) for w in things)
    return re.compile(
        rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_words_then(determiners)})(?:[\w-]+\s+)?"
        rf"(?:{alternation})(?![\w-])"
    )


def _opening(words: list[str]) -> re.Pattern[str]:
    """One of ``words`` at the start of a folded sentence."""
    alternation = "|".join(re.escape(folded(w)) for w in words)
    return re.compile(rf"\s*(?:{alternation})(?![\w-])")


def _said_after(spec: dict[str, list[str]]) -> re.Pattern[str]:
    """A comma, an auxiliary and a reporting verb, on folded text."""
    auxiliaries, verbs = (
        "|".join(re.escape(folded(w)) for w in spec[key]) for key in ("auxiliaries", "verbs")
    )
    return re.compile(rf",\s*(?:{auxiliaries})\s+(?:{verbs})(?![\w-])")


def _cue_alternation(words: list[str]) -> str:
    return "|".join(re.escape(folded(w)).replace(r"\*", r"[\w'-]*") for w in words)


def _cues(words: list[str]) -> re.Pattern[str]:
    """Cues (prefixes, "*" any ending) anywhere in a folded text."""
    return re.compile(rf"(?<![\w-])(?:{_cue_alternation(words)})")


def _cue_before_end(words: list[str], reach: int = 30, marks: str = ",;:.") -> re.Pattern[str]:
    """A cue ("selon", "en marge de", "consacré* à") a few words before the end of a text, none
    of ``marks`` between; a cue is a prefix ("en marge d" holds "en marge du"), "*" any ending."""
    cues = _cue_alternation(words)
    return re.compile(rf"(?<![\w-])(?:{cues})\s*[^{marks}]{{0,{reach}}}$")


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
            rule.get("nouns", False),
            rule.get("reciprocal", False),
            rule.get("verbal", False),
        )
        for rule in data["statements"]
    )
    # Only statements read the parse (who says what to whom); interactions are read from
    # the trigger, the actors and the places, so their sentences need no parser.
    every = [p for rule in data["statements"] for p in rule["patterns"]]
    return Lexicon(
        consult=_triggers(consult),
        mode_cues={mode: compile_all(cues) for mode, cues in consult["mode_cues"].items()},
        blockers=compile_all(consult["blockers"]),
        summons=compile_all(consult["summons"]),
        definite=compile_all(consult["definite_nominal"]),
        caller=compile_all(consult["caller_cues"]),
        groups=compile_all(consult["group_words"]),
        next_meeting=compile_all(consult["next_meeting"]),
        statements=statements,
        reporting=compile_all(data["reporting_verbs"]),
        negation=compile_all(data["negation"]),
        hypothetical=compile_all(data["hypothetical"]),
        cancelled=compile_all(data["cancelled"]),
        cancel_reference=_cue_before_end(data["cancel_references"], reach=5),
        planned=compile_all(data["planned"]),
        generic=compile_all(data["generic"]),
        unrealised=compile_all(data["unrealised"]),
        invitations=compile_all(consult["invitations"]),
        accepted=compile_all(consult["accepted_invitations"]),
        denial=compile_all(data["denial"]),
        negated=_negation(data["negation_pattern"]),
        political=_with_plurals(consult["political_nouns"]),
        officials=_with_plurals(consult["official_nouns"]),
        delegates=frozenset(folded(w) for w in consult["delegate_nouns"]),
        delegate=_delegate(consult["delegate_nouns"], consult["delegate_links"]),
        body_link=re.compile(rf"\s+(?:{_words_then(consult['body_links'])})"),
        received_thing=_received_thing(consult["received_things"], consult["received_determiners"]),
        event_names=frozenset(folded(w) for w in consult["event_names"]),
        civil=frozenset(folded(w) for w in consult["civil_nouns"]),
        office_complement=_cue_before_end(consult["office_complements"], reach=0),
        event_noun_before=compile_all(consult["event_nouns"]),
        attribution=_cue_before_end(consult["attribution"]),
        said_after=_said_after(consult["said_after"]),
        contrast=re.compile("|".join(re.escape(c) for c in consult["contrast_cues"])),
        relative_after=re.compile(
            rf"(?:,|{_words(consult['journey_nouns']).pattern}[\w\s'-]{{0,30}}?)\s*"
            rf"{_words(consult['relative_after']).pattern}"
        ),
        venue=_cue_before_end(consult["venue_cues"], reach=60),
        sideline=_cue_before_end(consult["sideline_cues"], reach=6),
        topic=_cue_before_end(consult["topic_cues"], reach=4),
        mourned=_cue_before_end(consult["mourned_cues"], reach=20),
        absent=_cue_before_end(consult["absent_cues"], reach=30),
        readiness=compile_all(consult["readiness"]),
        appraisals=compile_all(consult["appraisals"]),
        met_with=_words(consult["met_with"]),
        teaser=re.compile(rf"^\s*(?:{_cue_alternation(consult['teasers'])})[^:.]{{0,80}}:"),
        departure=_cue_before_end(consult["departure_cues"], reach=12),
        to_host=_cue_before_end(consult["host_cues"], reach=50, marks=";:."),
        witness=_cue_before_end(consult["witness_cues"], reach=40),
        joint_call=compile_all(consult["joint_call_cues"]),
        time_opener=compile_all(consult["time_openers"]),
        anchor=_cue_before_end(consult["anchor_cues"], reach=8),
        role=_cue_before_end(consult["role_cues"], reach=8),
        opening_participle=_opening(consult["opening_participles"]),
        table=_opening(consult["table_cues"]),
        went_on=compile_all(consult["went_on_cues"]),
        since=_cue_before_end(consult["since_cues"], reach=SINCE_REACH),
        since_anywhere=_cues(consult["since_cues"]),
        anchor_anywhere=_cues(consult["anchor_cues"]),
        joiner_anywhere=_cues(consult["joiner_cues"]),
        counterpart=_words(consult["counterpart_words"]),
        between=re.compile(rf"\s+(?:\S+\s+){{0,3}}?{_words(consult['between_words']).pattern}\s"),
        object_relative=_words(consult["object_relatives"]),
        then=_words(consult["then_words"]),
        day_joiner=_day_joiner(consult["day_joiners"], load_json(lang, "time.json")["weekdays"]),
        in_turn=_words(consult["in_turn_cues"]),
        each=_words(consult["each_cues"]),
        in_turn_joiners=_words(consult["in_turn_joiners"]),
        sequel=_words(consult["sequel_cues"]),
        arrival=_words(consult["arrival_words"]),
        delegations=compile_all(consult["delegation_cues"]),
        attending=_cues(consult["attending_cues"]),
        agent=_cue_before_end(consult["agent_cues"], reach=35, marks=";:."),
        joiner=_cue_before_end(consult["joiner_cues"], reach=50, marks=";:."),
        members=_cue_before_end(consult["member_cues"], reach=60),
        member_count=_member_count(consult["member_counts"]),
        member_counts=consult["member_counts"]["counts"],
        attendance=compile_all(consult["attendance"]),
        companions=compile_all(consult["companions"]),
        companion=_cue_before_end(consult["companion_cues"], reach=80),
        skippable=_words(consult["skippable"]),
        noun_governors=tuple(folded(w) for w in data["noun_governors"]),
        any_trigger=_trigger_index(every),
        clauses=_clauses(data["clauses"]),
    )
