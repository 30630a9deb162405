"""CONSULT: calls, meetings, visits and talks, one event per interaction per document.

Each sentence yields at most one interaction mention, read from its strongest trigger; mentions of
the same interaction (same parties, same status, no disjoint persons) then merge into one event that
keeps every evidence sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from entente.actors import ActorMention
from entente.events.context import STORY_REACH, Analysis
from entente.events.lexicon import (
    SINCE_REACH,
    Lexicon,
    Trigger,
    folded,
    load_lexicon,
    negated,
    pattern_text,
    says_cancelled,
)
from entente.kb.places import Place, dateline_place, is_region
from entente.nlp import Sentence
from entente.time.event_dates import (
    date_in,
    opens_later,
    part_of_day_told,
    period_in,
    set_against_day_told,
)

WINDOW_BEFORE, WINDOW_AFTER = 60, 40
PRONOUN_CALL_OFF_REACH = 40  # "Elle a été annulée": the pronoun's verb, right after it
GATHERING_REACH = 70  # "la réunion des ministres des Affaires étrangères de l'OCS"
BODY_REACH = 20  # "au sommet | du G7", "au sommet | de l'Otan"
IN_TURN_REACH = 50  # "a reçu vendredi à Washington, l'un après l'autre, ..."
STRONG = 0.7
SALIENT = 2  # how often a person of the salient pair is named, at least, when others are
MODIFIER_REACH = 60
PLANNED_REACH = 80
APPRAISAL_REACH = 50  # "ce qui devrait être leur dernier tête-à-tête"
_PHRASE_END = re.compile(r"[,.;:]")
ATTENDING_GAP = 30  # characters from a place to "pour le sommet" that tells why one goes there
DAY_TOLD_REACH = 3  # sentences back to the day a part of the day or "le lendemain" counts from
DEPARTURE_REACH = 40  # "en provenance de" and the words between it and the place
INVITATION_REACH = 120  # "son invitation à X pour le sommet que l'Afrique du Sud accueillera"
PLACE_REACH = 70
APPOSITION_REACH = 40  # "les émissaires de la Cedeao, les présidents X et Y": who they are
VISIT_CUE_GAP = 16  # "en visite officielle en Chine": the visited place follows its cue
UNREALISED_REACH = (
    120  # "des pourparlers directs entre ..., sous médiation angolaise, devaient s'ouvrir"
)
LEAD_SENTENCES = 3
SENTENCE_ENDS = frozenset('.!?»”"')
VENUE_REACH = 60
ANCHOR_REACH = 30  # "au lendemain de leur": the cue before a trigger it turns into a time
SEAT_REACH = 40  # "au palais présidentiel de Kosyam": the preposition before a seat of power
COMPANION_REACH = 90  # "accompagné de la conseillère diplomatique de la présidence, X"
AGENT_REACH = 40  # "par le président sortant, X": the cue, the title, the name
COUNT_REACH = 50  # "les dirigeants des six monarchies du ": a count of members before its body
JOINT_REACH = 40  # "s'est entretenu par téléphone à la fois avec": a joint call's cue
JOIN_REACH = 60  # "avant un dîner de travail auquel s'est joint le chancelier allemand"
STOP_GAP = 40  # "une visite au Mali puis au Burkina Faso": the stops a visit noun lists are close
# "s'est rendu à Djeddah, où ..., avant de se rendre à Dubaï": travel verbs reach far
STOPS_APART = 400
ABSENT_REACH = 60  # "en l'absence du président azerbaïdjanais Ilham Aliev": cue, title, name
STOP_REACH = 20  # "à Singapour avec K. Shanmugam": the city just before a counterpart met in turn
STOP_AFTER = 5  # "mardi par X à Accra": the city just after one
BULLETS = frozenset("•▪◦*-–—")  # the marks a round-up's items open on
HEADING_SIZE = 60  # "• Lundi, Berlin.": a bullet's heading, not a sentence
ATTENDANCE_REACH = 3  # sentences back from "y ont pris part" to the gathering it speaks of
REMOTE = frozenset({"phone", "video"})
IN_PERSON = frozenset({"visit", "third-party"})
PERSON_KINDS = frozenset({"title"})  # "son homologue éthiopien" stands for a person
CONVENED_REACH = 40  # "réunira de nouveau les deux dirigeants": the group convened
NOUN_REACH = 60  # "les ministres des Affaires étrangères turc": the noun before a demonym
LIST_REACH = 80  # "turc, iranien et russe": the demonyms of one list are close


@dataclass(frozen=True)
class ConsultMention:
    """One sentence's account of an interaction."""

    sentence: Sentence
    index: int
    parties: tuple[str, ...]  # actor keys in order of appearance; persons where named
    mode: str | None
    status: str
    place: Place | None  # where they met, as the sentence names it
    source: str | None  # the visitor or the caller, when the text says so
    date: str | None
    date_text: str | None
    weight: float
    anaphoric: bool = False
    next_meeting: bool = False  # "les deux ministres sont convenus de se retrouver"
    grouped: bool = False  # told of "ils", "les deux hommes": who went together before
    convened: bool = False  # "X réunira les deux dirigeants": X and the pair told before
    companions: tuple[str, ...] = ()  # whom "ils" stands for, once read
    subjects: tuple[str, ...] = ()  # the parties named before the trigger
    in_turn: bool = False  # "a reçu séparément les deux dirigeants": one meeting with each
    period: str | None = None  # a year or month told without a day ("en décembre 2018")
    delegations: bool = False  # "élargis aux ministres X et Y": others present, not other parties
    trigger: int = -1  # where its trigger starts in the sentence: accounts split from one share it
    set_against: bool = False  # "Plus tôt dans la journée", "En soirée, ...": another moment

    @property
    def location(self) -> str | None:
        return self.place.name if self.place else None

    @property
    def place_country(self) -> str | None:
        """The state the place lies in."""
        return self.place.country if self.place else None


_SET_OFF = re.compile(r",[^,]{1,20},\s*$")  # ", de son côté, ", ", elle aussi, "


@dataclass(frozen=True)
class _Found:
    """A trigger in a sentence and the sentence's folded text."""

    trigger: Trigger
    match: re.Match[str]
    text: str
    breaks: re.Pattern[str]  # where a clause ends, in the sentence's language
    span: tuple[int, int] = (0, 10**9)  # the clause of the sentence the trigger is read in
    frame: int = 0  # "Vendredi, à Amman, X ... avant de ...": what opens the sentence frames all
    blocked: tuple[tuple[int, int], ...] = ()  # where blockers hold ("joint par téléphone")
    dated_until: int = 10**9  # where the trigger's date may still be read

    def in_clause(self, offset: int) -> bool:
        return self.span[0] <= offset < self.span[1] or offset < self.frame

    @property
    def clause(self) -> str:
        """The words around the trigger up to the nearest clause breaks, over a short phrase set
        off by commas just before it ("pourrait, de son côté, se rendre")."""
        start, end = _whole_words(
            self.text, self.match.start() - WINDOW_BEFORE, self.match.end() + WINDOW_AFTER
        )
        before = _SET_OFF.sub(" ", self.text[start : self.match.start()])
        after = self.text[self.match.end() : end]
        head = self.breaks.split(before)[-1]
        tail = self.breaks.split(after)[0]
        return head + self.match.group() + tail

    @property
    def rest_of_clause(self) -> str:
        """What follows the trigger up to the next clause break, however far: the verb of a
        nominal trigger ("la visite ... a été reportée")."""
        return self.breaks.split(self.text[self.match.end() :])[0]

    @property
    def window_start(self) -> int:
        start = self.match.start()
        return max(self.span[0], _whole_words(self.text, start - WINDOW_BEFORE, start)[0])

    @property
    def window(self) -> str:
        """The words around the trigger, within its clause of the sentence."""
        end = _whole_words(self.text, self.match.end(), self.match.end() + WINDOW_AFTER)[1]
        return self.text[self.window_start : min(self.span[1], end)]

    def is_blocked(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.blocked)


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A stretch of text widened to whole words: "ni" cut from "Nikol" is no negation."""
    start, end = max(0, start), min(len(text), end)
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def _triggers(text: str, lex: Lexicon) -> list[_Found]:
    """Every trigger of a folded sentence, less those a blocker cancels ("conférence de presse",
    but not "conférence de presse commune avec", a trigger that holds it),
    the nouns of a gathering that frames a meeting ("en marge du sommet") and what follows the
    summons of a diplomat: one pass, which the clauses of the sentence then share."""
    blocked = tuple((m.start(), m.end()) for m in lex.blockers.finditer(text))
    summoned = min((m.start() for m in lex.summons.finditer(text)), default=len(text))
    found = [
        _Found(trigger, match, text, lex.clauses.clause_break, blocked=blocked)
        for trigger in lex.consult
        for match in trigger.pattern.finditer(text)
        if not any(
            s - 40 <= match.start() <= e + (MODIFIER_REACH if trigger.modifier else 0)
            and not match.start() <= s < e <= match.end()  # the trigger says more than it
            for s, e in blocked
        )
        and not (trigger.gathering and lex.sideline.search(text, 0, match.start()))
        and not (trigger.host_is_subject and lex.received_thing.match(text, match.end()))
        and match.start() < summoned  # "a fait convoquer l'ambassadrice, reçue par ..."
        and not lex.anchor.search(text, max(0, match.start() - ANCHOR_REACH), match.start())
        and not lex.role.search(text, max(0, match.start() - ANCHOR_REACH), match.start())
    ]  # "au lendemain de la visite de X": the day is counted from it, the sentence tells another
    return [  # "a rencontré X à Lima, pour ce qui devrait être leur dernier tête-à-tête"
        f
        for f in found
        if not _appraised(text, f.match.start(), lex)
        or not any(g.match.start() < f.match.start() for g in found)
    ]


def _best(found: list[_Found], span: tuple[int, int] = (0, 10**9)) -> _Found | None:
    """The strongest trigger within a clause, the first of equals, read in that clause."""
    inside = [f for f in found if span[0] <= f.match.start() < span[1]]
    best = max(inside, key=lambda f: (f.trigger.weight, -f.match.start()), default=None)
    return replace(best, span=span) if best else None


def _status(found: _Found, lex: Lexicon) -> str | None:
    """``None`` when the interaction is negated, hypothetical, cancelled or generic history."""
    if _undone(found, lex):
        return None
    if any(p.search(found.window) for p in (lex.negation, lex.generic)):
        return None
    if lex.generic.match(found.text.lstrip()):
        return None  # "Par tradition, les chanceliers allemands font leur premier voyage à Paris"
    if lex.accepted.search(
        found.text[max(0, found.match.start() - WINDOW_BEFORE) : found.match.end()]
    ):
        return "planned"  # "a accepté l'invitation de Moon à se rendre à Séoul"
    invited = found.text[
        max(found.span[0], found.match.start() - INVITATION_REACH) : found.match.end()
    ]
    clause = _unappraised(found.clause, lex)
    if (
        lex.hypothetical.search(clause)
        or lex.readiness.search(clause)
        or lex.invitations.search(invited)
    ):
        return None  # "pourrait se rendre", "l'a invité au sommet que le Brésil accueillera"
    after = lex.clauses.incise.sub(" ", found.text[found.match.end() :])[:UNREALISED_REACH]
    if lex.unrealised.search(found.clause) or lex.unrealised.search(after):
        return (
            None  # "le ministre devait rencontrer", "un tête-à-tête, qui ..., avait été envisagé"
        )
    after = found.text[found.match.end() : min(found.span[1], found.match.end() + PLANNED_REACH)]
    ahead = (
        found.text[max(0, found.match.start() - WINDOW_BEFORE) : found.match.end()]
        + (lex.object_relative.split(after)[0])
    )  # "ont signé un document qui doit couvrir les prochaines années": signed, not planned
    return "planned" if lex.planned.search(_unappraised(ahead, lex)) else "occurred"


def _appraised(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a trigger is the noun of an appraisal ("pour ce qui devrait être leur dernier
    tête-à-tête"): it names the meeting a trigger before it tells, if any."""
    window = text[max(0, start - APPRAISAL_REACH) : start]
    return any(not _PHRASE_END.search(window, m.end()) for m in lex.appraisals.finditer(window))


def _unappraised(text: str, lex: Lexicon) -> str:
    """The text less its appraisals ("pour ce qui devrait être leur dernier tête-à-tête"): a
    judgement on a meeting, not a meeting to come or one that might be."""
    for m in lex.appraisals.finditer(text):  # none of its words in the text: no regex run
        text = text[: m.start()] + " " * len(m.group(0)) + text[m.end() :]
    return text


def _undone(found: _Found, lex: Lexicon) -> bool:
    """Whether the text says the interaction did not or will not take place: "n'a pas
    rencontré", "n'est toutefois pas à l'ordre du jour", "la visite ... a été reportée"."""
    return bool(
        negated(lex, found.text, found.match.start(), found.match.end())
        or lex.negated.search(found.clause)
        or says_cancelled(lex, found.window)
        or says_cancelled(lex, found.rest_of_clause)
        or says_cancelled(
            lex, lex.clauses.incise.sub(" ", found.text[found.match.end() :])[:UNREALISED_REACH]
        )
    )


def _mode(found: _Found, lex: Lexicon) -> str | None:
    """phone or video from the trigger or the words around it, but for words a blocker holds (a
    diplomat "joint par téléphone" is the reporter's call); visit or third-party from cues."""
    if found.trigger.mode in REMOTE:
        return found.trigger.mode
    cues = [
        (m.start(), mode)
        for mode in sorted(REMOTE)
        for m in lex.mode_cues[mode].finditer(found.window)
        if not found.is_blocked(found.window_start + m.start())  # "joint par téléphone"
    ]
    if cues:
        return min(cues)[1]
    trigger = found.trigger
    hosted = trigger.host_is_subject or trigger.guest_is_subject or trigger.object_guest
    if found.trigger.mode == "visit" or hosted or lex.mode_cues["visit"].search(found.text):
        return "visit"  # receiving a foreign guest is a visit, wherever it happens
    return "third-party" if lex.mode_cues["third-party"].search(found.text) else None


def _is_person(analysis: Analysis, mention: ActorMention) -> bool:
    return analysis.actors.entity(mention.key).type == "person" or mention.kind in PERSON_KINDS


def _party_mentions(
    analysis: Analysis, sentence: Sentence, lex: Lexicon, grouped: bool = False
) -> list[ActorMention]:
    """The actors present: not capitals named as places ("à Pékin" is where, not who), nor
    demonyms of non-political nouns ("des hommes d'affaires chinois")."""
    named = _members_counted(analysis, sentence, analysis.mentions_in(sentence), lex)
    kept = [m for m in named if m.kind == "member" or _may_be_party(analysis, sentence, m, lex)]
    return _without_venues(analysis, kept, lex, grouped)


def _members_counted(
    analysis: Analysis, sentence: Sentence, mentions: list[ActorMention], lex: Lexicon
) -> list[ActorMention]:
    """ "les dirigeants des six monarchies du Conseil de coopération du Golfe (CCG)": a count
    of an organisation's states that is their number names its members, who met, and not the
    organisation, however often the sentence names it."""
    counted = {}
    for m in mentions:
        if not (members := analysis.actors.entity(m.key).members):
            continue
        before = folded(analysis.doc.text[max(sentence.start, m.start - COUNT_REACH) : m.start])
        said = lex.member_count.search(before)
        if said and lex.member_counts[said.group("count")] == len(members):
            counted[m.key] = [replace(m, key=code, kind="member") for code in members]
    if not counted:
        return mentions
    named = [m for m in mentions if m.key not in counted]
    return sorted(named + [m for group in counted.values() for m in group], key=lambda m: m.start)


def _may_be_party(analysis: Analysis, sentence: Sentence, m: ActorMention, lex: Lexicon) -> bool:
    """Whether the words just before a mention leave it free to be a party."""
    text = analysis.doc.text
    raw = text[max(sentence.start, m.start - 40) : m.start]
    if m.kind == "metonym" and _placed(analysis, sentence, m, lex):
        return False
    before, kind = folded(raw), analysis.actors.entity(m.key).type
    return not (
        # "le sommet Russie-Afrique": a name; "le sommet Biden-Poutine": who met
        (kind == "state" and set(before.split()[-2:]) & lex.event_names)
        or (
            m.kind == "demonym"
            and not _qualifies_state(_demonym_noun(analysis, m, lex, sentence.start), lex)
        )
        # "consacrée à la situation au Soudan (et en Libye)": what they spoke of
        or (kind != "person" and lex.topic.search(_before_list(analysis, sentence, m, lex)))
        # "les attaques du Hamas": a group meets through its leaders and its delegations
        or (kind == "group" and not _delegates(analysis, analysis.mentions_in(sentence), m, lex))
        # "a quitté Ouagadougou pour Abidjan": where from, not who met
        or (kind == "state" and lex.departure.search(before))
        or (kind == "person" and lex.mourned.search(before))
        # "en l'absence du président azerbaïdjanais Ilham Aliev": not there
        or lex.absent.search(folded(text[max(sentence.start, m.start - ABSENT_REACH) : m.start]))
        # "..., selon la présidence turque": who tells, not who met
        or lex.attribution.search(before)
        # "depuis la chute de Bachar al-Assad": a time, not who met
        or lex.since.search(
            _one_word_incises(text[max(sentence.start, m.start - SINCE_REACH) : m.start])
        )
        # "les dirigeants des États membres de l'OTSC": the members met
        or (
            m.kind != "demonym"
            and lex.members.search(folded(text[max(0, m.start - VENUE_REACH) : m.start]))
        )
    )


def _before_list(analysis: Analysis, sentence: Sentence, m: ActorMention, lex: Lexicon) -> str:
    """The folded words before the list of places a state is named in ("la situation au
    Mozambique et au Malawi": before "Mozambique", for both), without quotes."""
    text = analysis.doc.text

    def joined(end: int, start: int) -> bool:  # ", et en", " et au"
        joiner = lex.clauses.coordination.match(text, end, start)
        return joiner is not None and bool(
            lex.clauses.after_preposition.fullmatch(text, joiner.end(), start)
        )

    earlier = [o for o in analysis.mentions_in(sentence) if o.end <= m.start]
    start = _list_start(earlier, m.start, joined)
    return lex.clauses.quotes.sub(" ", folded(text[max(sentence.start, start - 40) : start]))


def _named_in_apposition(analysis: Analysis, mentions: list[ActorMention], m: ActorMention) -> bool:
    """Whether a comma after a mention opens the names of those it stands for: a person is
    named within a few words after it."""
    after = analysis.doc.text[m.end : m.end + APPOSITION_REACH]
    if not after.lstrip().startswith(","):
        return False
    return any(
        m.end < o.start <= m.end + APPOSITION_REACH and _is_person(analysis, o) for o in mentions
    )


def _delegates(
    analysis: Analysis, mentions: list[ActorMention], m: ActorMention, lex: Lexicon
) -> bool:
    """Whether a state or an organisation is named as the one its envoys speak for ("une
    délégation ougandaise", "des émissaires de l'Ouganda et de l'UE"): persons who met, though
    unnamed."""
    if analysis.actors.entity(m.key).type == "person":
        return False
    if _named_in_apposition(analysis, mentions, m):
        return False  # "les émissaires de la Cedeao, les présidents X et Y": those named
    if m.kind == "demonym":
        return bool(set(_demonym_noun(analysis, m, lex, reach=1)) & lex.delegates)
    text = analysis.doc.text

    start = _list_start([o for o in mentions if o.end <= m.start], m.start, _joined(text, lex))
    return lex.delegate.search(folded(text[max(0, start - VENUE_REACH) : start])) is not None


def _joined(text: str, lex: Lexicon) -> Callable[[int, int], bool]:
    """Whether only a coordination stands between two offsets of ``text`` (", ", " et du ")."""
    return lambda end, start: bool(lex.clauses.coordination.fullmatch(text, end, start))


def _list_start(earlier: list[ActorMention], start: int, joined: Callable[[int, int], bool]) -> int:
    """Where a list that goes on at ``start`` begins: back over the mentions before it, in text
    order, while each is joined to the next."""
    for other in reversed(earlier):
        if not joined(other.end, start):
            break
        start = other.start
    return start


ONE_WORD_INCISE = re.compile(r",\s*[^\W\d_][\w'-]*\s*,")


def _one_word_incises(text: str) -> str:
    """The folded text without the words set between commas ("depuis la visite, remarquée, de X"
    reads as "depuis la visite de X")."""
    return ONE_WORD_INCISE.sub(" ", folded(text))


def _without_venues(
    analysis: Analysis, mentions: list[ActorMention], lex: Lexicon, grouped: bool
) -> list[ActorMention]:
    """ "en marge de l'Assemblée générale des Nations unies", "en marge du sommet des BRICS
    organisé par Vladimir Poutine": the organisation whose gathering frames a meeting, and those
    named as its hosts, are not parties to it (unless they are the one counterpart named)."""
    venues = [m for m in mentions if _in_venue(analysis, m, lex)]
    others = {analysis.country(m.key) for m in mentions if m not in venues} - {None}
    if len(others) == 1 and not grouped:  # "les deux dirigeants": who met is told before
        return mentions  # "a reçu, en marge du sommet de l'UA, le président de la Commission"
    return [m for m in mentions if m not in venues]


def _in_venue(analysis: Analysis, mention: ActorMention, lex: Lexicon) -> bool:
    """Whether a mention is part of the phrase of a gathering: "en marge du sommet organisé par
    X", but not "en marge du sommet avec X", where X is met, nor a relative clause that opens
    there ("au cours de laquelle il a été reçu par X")."""
    before = folded(analysis.doc.text[max(0, mention.start - VENUE_REACH) : mention.start])
    cue = lex.venue.search(before)
    if cue is None:
        return False
    organisation = analysis.actors.entity(mention.key).is_body
    return organisation or not lex.counterpart.search(before, cue.start())


def _list_bounds(analysis: Analysis, m: ActorMention, lex: Lexicon) -> tuple[int, int]:
    """Where the list of demonyms that holds a demonym begins and ends: "turc" to "russe" in "les
    ministres turc, iranien et russe", for each of the three."""
    end = m.end
    near = analysis.actors.in_span(max(0, m.start - LIST_REACH), m.end + LIST_REACH)
    demonyms = sorted((o for o in near if o.kind == "demonym"), key=lambda o: o.start)
    joined = _joined(analysis.doc.text, lex)
    start = _list_start([o for o in demonyms if o.end <= m.start], m.start, joined)
    for other in (o for o in demonyms if o.start >= m.end):
        if not joined(end, other.start):
            break
        end = other.end
    return start, end


def _demonym_noun(
    analysis: Analysis, m: ActorMention, lex: Lexicon, floor: int = 0, reach: int = 3
) -> list[str]:
    """The last words before the noun a demonym qualifies, read before the first demonym of its
    list and before an office's complement ("les ministres des Affaires étrangères turc")."""
    start, _ = _list_bounds(analysis, m, lex)
    before = folded(analysis.doc.text[max(floor, start - NOUN_REACH) : start])
    complement = lex.office_complement.search(before)
    return before[: complement.start() if complement else None].split()[-reach:]


def _qualifies_state(words: list[str], lex: Lexicon) -> bool:
    """A demonym stands for its state after a political noun ("la délégation chinoise"), not
    after a civil one ("une délégation d'hommes d'affaires chinois")."""
    bare = [w.split("'")[-1] for w in words]
    return bool(set(bare) & lex.political) and not set(bare) & lex.civil


def _with_pronoun_subject(
    analysis: Analysis,
    index: int,
    mentions: list[ActorMention],
    lex: Lexicon,
    opened: bool = False,
) -> list[ActorMention]:
    """ "Il a été accueilli jeudi à Nouakchott par son homologue", "En marge des travaux, il s'est
    entretenu avec ...": a subject pronoun before any person of its own sentence is the person the
    last sentence naming one is about: its subject, else the first person it names; when a group
    is its subject ("Les trois hommes ont parlé ..."), the subject of the sentences before.
    When the trigger ``opened`` the sentence ("Reçu lundi par le président argentin, Alberto
    Fernández, il a signé ..."), the persons before the pronoun belong to that participle clause."""
    pronoun = _opens_with_pronoun(analysis, index, [] if opened else mentions, lex)
    if pronoun is None:
        return mentions
    gender = lex.clauses.pronoun_genders.get(pronoun.group(0).strip(" ,"))  # "elle": a woman
    referent = _pronoun_referent(analysis, index, lex, gender)
    return [referent, *mentions] if referent else mentions


def _opens_with_pronoun(
    analysis: Analysis, index: int, mentions: Sequence[ActorMention], lex: Lexicon
) -> re.Match[str] | None:
    """The subject pronoun of a sentence, if it comes before any person the sentence names."""
    sentence = analysis.sentences[index]
    pronoun = lex.clauses.pronoun_subject.search(sentence.text)
    if pronoun is None or any(
        _is_person(analysis, m)
        and m.start - sentence.start < pronoun.start()
        and not _came_along(analysis, m, lex)  # "Accompagné du ministre X, il a été reçu"
        for m in mentions
    ):
        return None
    return pronoun


def _pronoun_referent(
    analysis: Analysis,
    index: int,
    lex: Lexicon,
    gender: str | None = None,
    reach: int = STORY_REACH,
) -> ActorMention | None:
    """The person a sentence's subject pronoun stands for: the subject of the last sentence
    naming a person, else the first person it names; when that sentence's own subject is a
    pronoun ("La veille, il avait rencontré la ministre allemande. Mercredi, il ..."), the
    person that one stands for. "il" stands for no woman the knowledge base knows (a sentence
    whose subject is a woman and whose object a man, then "il ...": the man)."""
    for back in range(index - 1, -1, -1):
        previous = analysis.sentences[back]
        named = [
            m
            for m in analysis.mentions_in(previous)
            if _is_person(analysis, m) and _agrees(analysis, m.key, gender)
        ]
        if not named:
            continue
        if reach and _opens_with_pronoun(analysis, back, named, lex):
            return _pronoun_referent(analysis, back, lex, gender, reach - 1)
        subject = _after_participle_opener(analysis, back, named, lex) or analysis.subject_of(back)
        if subject is None and lex.groups.match(folded(previous.text).lstrip()):
            subject = analysis.story_subject(back)
        if subject is not None and not _agrees(analysis, subject, gender):
            subject = None
        told = [m for m in analysis.actors.mentions if m.key == subject and m.start < previous.end]
        if told:
            return told[-1]
        if all(_by_agent(analysis, m, lex) for m in named):
            continue  # "La première étape l'a mené à Windhoek, où il a été reçu par X": not X
        return _outside_incises(previous, named, lex)[0]
    return None


def _by_agent(analysis: Analysis, mention: ActorMention, lex: Lexicon) -> bool:
    """Whether a person is named as the one by whom something was done ("reçu par le président
    sortant, X"): the host, not whom the story follows."""
    before = analysis.doc.text[max(0, mention.start - AGENT_REACH) : mention.start]
    return lex.agent.search(folded(before)) is not None


def _agrees(analysis: Analysis, key: str, gender: str | None) -> bool:
    """Whether a person may be what a pronoun of that gender stands for: unless the knowledge
    base knows the person's gender to be the other."""
    known = analysis.actors.entity(key).gender if gender else None
    return known is None or known == gender


def _opener_and_subject(
    analysis: Analysis,
    sentence: Sentence,
    found: _Found,
    mentions: list[ActorMention],
    lex: Lexicon,
) -> list[ActorMention]:
    """ "Reçu par X à la veille du G20, le président français a adressé une mise en garde au
    président élu du Brésil": a participle that opens the sentence tells the meeting of its own
    clause and of the main clause's subject; whom the main clause then speaks to or of is no
    party."""
    opening = lex.opening_participle.match(found.text)
    comma = found.text.find(",", opening.end()) if opening else -1
    if comma < 0 or found.match.start() > comma:  # the trigger is the opener's ("Reçu en
        return mentions  # audience par X, ..."), not the main clause's
    agent = found.text.find(",", found.match.end())  # "Accueilli à Pemba, la capitale, par X,"
    comma = max(comma, agent)
    before = [m for m in mentions if m.start - sentence.start < comma]
    met = {analysis.country(m.key) for m in before}
    after = [m for m in mentions if m.start - sentence.start > comma]
    named = [m for m in after if analysis.country(m.key) in met]  # "par le président, X, ..."
    subject = next((m for m in after if analysis.country(m.key) not in met), None)
    if subject is not None:  # "le président ukrainien Volodymyr Zelensky": the person
        country = analysis.country(subject.key)
        subject = next((m for m in after if _person_of(analysis, m, country)), subject)
    return before + named + ([subject] if subject else [])  # past an apposition: "au Maximou,
    # la résidence du chef du gouvernement, la chancelière a salué ..."


def _stranger(analysis: Analysis, mentions: list[ActorMention]) -> bool:
    """Whether a person whose state the text does not tell is named: an account that names
    no second side and such a person tells that person's meeting, not one told before."""
    return any(named_person(m.key) and analysis.country(m.key) is None for m in mentions)


def _person_of(analysis: Analysis, mention: ActorMention, country: str | None) -> bool:
    """Whether a mention is a person of that state."""
    return _is_person(analysis, mention) and analysis.country(mention.key) == country


def _after_participle_opener(
    analysis: Analysis, index: int, named: list[ActorMention], lex: Lexicon
) -> str | None:
    """The first person after an opening participle clause that tells a meeting ("Reçu par le
    ministre X, le secrétaire d'Etat Y a salué ..."), when the sentence was not parsed: the
    subject, where the agent comes first."""
    sentence = analysis.sentences[index]
    if index in analysis.parses:
        return None
    text = pattern_text(lex, sentence.text)
    opener = _best(_triggers(text, lex), (0, 1))
    comma = text.find(",", opener.match.end()) if opener else -1
    after = [m for m in named if comma >= 0 and m.start - sentence.start > comma]
    return after[0].key if after else None


_APPOSED_NAME = re.compile(r"\s*(?:[A-ZÀ-Þ][\w'’-]*\s*){1,5}(?:,|\W*$)")


def _incises(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Where a sentence's relative clauses set off by commas lie ("..., où il a été reçu par X,");
    not one whose comma sets a name after its last words ("..., où l'a accueilli son secrétaire
    général, Hissein Brahim Taha.", "où il a été reçu par le président sortant, X, puis par Y")."""
    return [
        match.span()
        for match in lex.clauses.incise.finditer(text)
        if not _APPOSED_NAME.match(text, match.end())
        and not lex.clauses.list_goes_on.match(text, match.end())  # "..., où il a rejoint le
    ]  # président X, le chancelier Y et le président Z": its comma was a list's


def _in_incise(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _outside_incises(
    sentence: Sentence, mentions: list[ActorMention], lex: Lexicon
) -> list[ActorMention]:
    """The mentions not in a relative clause set off by commas, else all: "Après trois jours à
    Moscou, où il a été reçu par Vladimir Poutine, le chef de l'État chinois est arrivé ..." is
    about the one after the incise."""
    spans = _incises(sentence.text, lex)
    outside = [m for m in mentions if not _in_incise(m.start - sentence.start, spans)]
    return outside or mentions


def _with_object_guest(
    analysis: Analysis, index: int, found: _Found, mentions: list[ActorMention]
) -> list[ActorMention]:
    """ "..., avant de s'envoler pour Abou Dhabi, où l'attendait le président émirati", "Alexis
    Tsipras l'y attendait", "X s'était entretenu avec Y ..., puis l'avait reçu": the guest an
    object pronoun stands for is the person the sentence names before the host, in this clause
    or one before, else the person the story is about; the guest comes first."""
    sentence = analysis.sentences[index]
    at = sentence.start + found.match.start()
    persons = [m for m in mentions if _is_person(analysis, m)]
    host = min(persons, key=lambda m: abs(m.start - at), default=None)
    home = analysis.country(host.key) if host else None
    named = [
        m
        for m in (*persons, *analysis.mentions_in(sentence))
        if _is_person(analysis, m) and m.start < at and analysis.country(m.key) != home
    ]
    guest = named[0] if named else _story_mention(analysis, index, home)
    if guest is None or analysis.country(guest.key) in (None, home):
        return mentions
    return [guest, *(m for m in mentions if m.key != guest.key)]


def _story_mention(analysis: Analysis, index: int, home: str | None) -> ActorMention | None:
    """The last mention, before a sentence, of the person of another state than ``home`` the
    text has named most so far: the traveller of a tour ("Denis Sassou Nguesso a reçu son
    visiteur", in a story of Emmanuel Macron's), not the subject of the sentences before, who is
    often the host of the stop before ("À Nairobi, le président Ruto a salué ... Le président
    égyptien l'a reçu")."""
    start = analysis.sentences[index].start
    told = [
        m
        for m in analysis.actors.mentions
        if m.start < start
        and _is_person(analysis, m)
        and analysis.country(m.key) not in (None, home)
    ]
    keys = [m.key for m in told]
    key = max(keys, key=keys.count, default=None)
    return next((m for m in reversed(told) if m.key == key), None)


def _before_relative(
    analysis: Analysis,
    sentence: Sentence,
    found: _Found,
    mentions: list[ActorMention],
    lex: Lexicon,
) -> list[ActorMention]:
    """Actors of a relative clause after the counterpart are not at the meeting: "en marge du
    sommet, que le Président coprésidait avec M. Poutine"; nor those of a clause set before or
    after it: "doit se rendre en Jordanie, avant la tournée du président américain"."""
    incise = next(
        ((a, b) for a, b in _incises(sentence.text, lex) if a < found.match.start() < b), None
    )  # "X, où il avait été reçu par A, s'est dit prêt à travailler avec B": A, not B
    if incise:
        mentions = [m for m in mentions if m.start - sentence.start < incise[1]]
    else:  # "Arrivé de La Havane, où il avait rencontré Raúl Castro, le président américain ..."
        mentions = _outside_incises(sentence, mentions, lex)
    after = [m for m in mentions if m.start - sentence.start > found.match.end()]
    if not after:
        return mentions
    first = after[0].end - sentence.start
    if lex.groups.search(found.text[: found.match.start()]):  # "Les deux dirigeants se sont
        first = found.match.end()  # entretenus ..., que se disputent la Chine et le Bhoutan"
    relative = lex.clauses.relative.search(sentence.text, first)
    if relative is None:
        return mentions
    return [
        m
        for m in mentions
        if m.start - sentence.start < relative.start() or _joins(analysis, m, lex)
    ]


def _joins(analysis: Analysis, mention: ActorMention, lex: Lexicon) -> bool:
    """Whether a clause names someone as joining the meeting ("avant un dîner de travail auquel
    s'est joint le chancelier allemand"): a party, though the clause is about something else."""
    text = analysis.doc.text
    return bool(lex.joiner.search(folded(text[max(0, mention.start - JOIN_REACH) : mention.start])))


def _after_time_opener(
    analysis: Analysis,
    sentence: Sentence,
    found: _Found,
    mentions: list[ActorMention],
    lex: Lexicon,
) -> list[ActorMention]:
    """ "Cinq jours après le rappel de l'ambassadeur de France, les présidents américain et
    français se sont parlé": who an opening phrase names to date the meeting by another event is
    not at it, when the clause after its comma names two sides; the subject a pronoun after it
    stands for, named in a sentence before, is ("Avant l'Ouganda, il a été reçu au Caire")."""
    comma = _time_opener_end(found, lex)
    if not comma:
        return mentions
    kept = [m for m in mentions if m.start < sentence.start or m.start - sentence.start > comma]
    return kept if len({analysis.country(m.key) for m in kept} - {None}) >= 2 else mentions


def _opens_sentence(found: _Found, lex: Lexicon) -> bool:
    """Whether the trigger opens the sentence, alone ("Reçu lundi par X, il a signé ...") or in
    the phrase that dates what follows by it ("Après une conversation avec X, il a déclaré ..."):
    the persons it names before the comma are in that phrase, not the subject."""
    if not found.text[: found.match.start()].strip():
        return True
    return _time_opener_comma(found, lex) > found.match.start()


def _time_opener_end(found: _Found, lex: Lexicon) -> int:
    """Where the phrase that opens a sentence to date it by another event ends (its comma),
    when the trigger comes after it; else 0."""
    comma = _time_opener_comma(found, lex)
    return comma if 0 <= comma < found.match.start() else 0


def _time_opener_comma(found: _Found, lex: Lexicon) -> int:
    """The comma that ends a phrase opening the sentence to date it by another event ("Cinq
    jours après le rappel de l'ambassadeur, ..."); -1 when there is none."""
    opener = lex.time_opener.match(found.text)
    return found.text.find(",", opener.end()) if opener else -1


def _without_venue_state(
    analysis: Analysis,
    sentence: Sentence,
    found: _Found,
    mentions: list[ActorMention],
    lex: Lexicon,
) -> list[ActorMention]:
    """ "une délégation russe et une délégation ukrainienne se retrouvaient au Bélarus": when the
    subjects name two sides, a state named just after the trigger behind "au" or "en" is where
    they met; after a visit it is whom the traveller went to see."""
    if found.trigger.mode == "visit" or found.trigger.needs_destination:
        return mentions
    trigger = sentence.start + found.match.start()
    sides = {analysis.country(m.key) for m in mentions if m.start < trigger} - {None}
    if len(sides) < 2:
        return mentions
    return [
        m
        for m in mentions
        if m.start < trigger
        or analysis.actors.entity(m.key).type != "state"
        or not _placed(analysis, sentence, m, lex)
    ]


def _between(
    analysis: Analysis,
    sentence: Sentence,
    found: _Found,
    mentions: list[ActorMention],
    lex: Lexicon,
) -> list[ActorMention]:
    """ "une inflexion intervenue après un entretien téléphonique entre Silvio Berlusconi et
    Barack Obama": an interaction said to be between parties is between them alone (their
    persons named elsewhere in the sentence included), and whoever joins them ("sous l'égide
    du haut représentant de l'Union européenne, Josep Borrell")."""
    between = lex.between.match(found.text, found.match.end())
    if between is None:
        return mentions
    stop = found.breaks.search(found.text, between.end())
    start, end = between.end(), stop.start() if stop else len(found.text)
    named = _countries(
        analysis, tuple(m.key for m in mentions if start <= m.start - sentence.start < end)
    )
    if len(named) < 2:
        return mentions
    return [m for m in mentions if analysis.country(m.key) in named or _joins(analysis, m, lex)]


def _parties(
    analysis: Analysis, mentions: list[ActorMention], near: int, lex: Lexicon
) -> tuple[str, ...]:
    """One key per country: the person where one is named (of two, the one nearer the trigger:
    "après les propos d'Emmanuel Macron, le chef de la diplomatie française a effectué une
    visite", but not one who only came along: "X, accompagné de son conseiller Y, s'est rendu à
    Z"), else the state or organisation.

    When persons of two countries or more are present, they are the parties: the states and
    organisations around them are topics ("a félicité la partie russe pour le sommet des BRICS").
    """
    people = [
        m
        for m in mentions
        if _is_person(analysis, m)
        or _holders(analysis, m, lex)
        or _delegates(analysis, mentions, m, lex)
        or _titled_list(analysis, mentions, m, lex)
    ]
    if len({analysis.country(m.key) for m in people} - {None}) >= 2:  # but "sous l'égide de l'UE"
        mentions = [m for m in mentions if m in people or _joins(analysis, m, lex)]
    chosen: dict[str, ActorMention] = {}

    def rank(m: ActorMention) -> tuple[bool, int]:  # "X, accompagné de Y, s'est rendu": X
        return _came_along(analysis, m, lex), abs(m.start - near)

    for mention in mentions:
        country = analysis.country(mention.key)
        if not country:
            continue
        held = chosen.get(country)
        is_person = analysis.actors.entity(mention.key).type == "person"
        if held is None or (
            is_person and (not named_person(held.key) or rank(mention) < rank(held))
        ):
            chosen[country] = mention
    return tuple(m.key for m in chosen.values())


def _titled_list(
    analysis: Analysis, mentions: list[ActorMention], m: ActorMention, lex: Lexicon
) -> bool:
    """Whether a state is named in a list that a plural title opens ("les dirigeants des Fidji,
    du Vanuatu et des Tonga"): its office-holder, as the first state's is, though unnamed."""
    if m.kind != "name" or analysis.actors.entity(m.key).type != "state":
        return False
    text = analysis.doc.text
    start = _list_start([o for o in mentions if o.end <= m.start], m.start, _joined(text, lex))
    return any(
        o.kind == "title"
        and o.start <= start < o.end
        and _plural(folded(text[o.start : o.end]).split()[0])
        for o in mentions
    )


def _came_along(analysis: Analysis, mention: ActorMention, lex: Lexicon) -> bool:
    """Whether a person is named as one who came with another ("accompagné de Y")."""
    before = analysis.doc.text[max(0, mention.start - COMPANION_REACH) : mention.start]
    return lex.companion.search(folded(before)) is not None


def _holders(
    analysis: Analysis, mention: ActorMention, lex: Lexicon, nouns: frozenset[str] | None = None
) -> bool:
    """Whether a demonym in a list names the holders of an office in the plural ("les chefs de
    gouvernement italien et néerlandais"), or of one of ``nouns``: persons, though unnamed."""
    if mention.kind != "demonym":
        return False
    if _list_bounds(analysis, mention, lex) == (mention.start, mention.end):
        return False  # a demonym alone
    before = _demonym_noun(analysis, mention, lex, reach=5)
    return any(w in (nouns or lex.political) and _plural(w) for w in before)


def _plural(noun: str) -> bool:
    """Whether a folded noun has a plural ending ("les dirigeants", "les chefs")."""
    return noun.endswith(("s", "x"))


def named_person(key: str) -> bool:
    return key.startswith(("person:", "new:"))


def _placed(analysis: Analysis, sentence: Sentence, mention: ActorMention, lex: Lexicon) -> bool:
    """Whether a state or its capital is named behind a preposition of place ("en Italie", "à
    Pékin", "au palais de Kosyam") in its sentence: where, not who."""
    before = analysis.doc.text[max(sentence.start, mention.start - SEAT_REACH) : mention.start]
    return bool(lex.clauses.after_preposition.search(before))


def _named_gathering(
    analysis: Analysis, sentence: Sentence, text: str, end: int, lex: Lexicon
) -> bool:
    """Whether a definite noun's complement names an organisation ("à la réunion des ministres
    des Affaires étrangères de l'OCS"): that body's gathering, not the meeting told before."""
    if not lex.body_link.match(text, end):  # ``text``: the sentence folded
        return False  # "leur entretien en marge du sommet du G20": theirs
    clause = lex.clauses.clause_break.search(sentence.text, end)
    stop = min(clause.start() if clause else len(sentence.text), end + GATHERING_REACH)
    return _names_body(analysis, sentence, end, stop)


def _names_body(analysis: Analysis, sentence: Sentence, start: int, stop: int) -> bool:
    """Whether an organisation is named by its name between two offsets of a sentence."""
    return any(
        start <= m.start - sentence.start < stop
        and m.kind == "name"
        and analysis.actors.entity(m.key).type == "organization"
        for m in analysis.mentions_in(sentence)
    )


def at_body_summit(analysis: Analysis, mention: ConsultMention) -> bool:
    """Whether a meeting yet to come of those told before is told as their attendance at a
    body's summit ("Ils se retrouveront en mai au sommet du G7 à Hiroshima"): not a meeting of
    theirs, unless on its sidelines ("en marge du sommet")."""
    lex = load_lexicon(analysis.doc.language)
    sentence = mention.sentence
    text = folded(sentence.text)
    summit = lex.event_noun_before.search(text[mention.trigger :])
    if not mention.grouped or summit is None:
        return False  # "Ils", "les deux hommes": those told before, not a named party's trip
    if lex.sideline.search(text[: mention.trigger + summit.start()]):
        return False
    start = mention.trigger + summit.end()
    return _names_body(analysis, sentence, start, start + BODY_REACH)


def _for_organisation(analysis: Analysis, key: str) -> bool:
    """Whether an actor is an organisation or acts for one (its head, its envoy)."""
    code = analysis.country(key)
    return code is not None and analysis.actors.entity(code).type == "organization"


def _countries(analysis: Analysis, parties: tuple[str, ...]) -> set[str]:
    return {c for k in parties if (c := analysis.country(k))}


_OPENING_PLACE = re.compile(r"^\s*(?:[^,]{1,30},\s*)?\S{1,3}\s*$")  # "Vendredi, à Arusha, ..."
_CLOSES = re.compile(r"\s*(?:[,.;]|$)")  # a phrase ends here


def _location(analysis: Analysis, sentence: Sentence, found: _Found, lex: Lexicon) -> Place | None:
    """The place nearest the trigger among those the sentence names after a preposition: a city
    before a country ("en visite au Sénégal, où il s'est entretenu à Dakar"); a seat of power
    stands for its capital ("à l'Elysée" is in Paris; "reçu au Kremlin ..., malgré les mises en
    garde de Washington" is in Moscow), unless the sentence places the event in another state;
    not one named by an opening phrase of time ("Un mois après la polémique sur l'accord signé à
    Bruxelles, ...")."""
    opener = _time_opener_end(found, lex)
    named = analysis.places_in(sentence)
    states = {p.country for p in named if p.is_country}
    seats = [
        s
        for s in _seats(analysis, sentence, lex)
        if not any(p.start < s.end and s.start < p.end for p in named)
        and states <= {s.country}  # "sa visite au Canada depuis son arrivée à la Maison-Blanche"
        and not lex.since.search(
            _one_word_incises(sentence.text[max(0, s.start - SINCE_REACH) : s.start])
        )  # "leur premier face-à-face depuis son entrée à la Maison Blanche": a time, not where
    ]
    places = [p for p in named + seats if found.in_clause(p.start) and p.start > opener]
    visits = [m.end() for m in lex.mode_cues["visit"].finditer(found.text)]  # "en visite à Beijing"
    near = [  # not the place of a topic ("la situation humanitaire à Gaza")
        p
        for p in places
        if abs(p.start - found.match.start()) <= PLACE_REACH
        or p.start < found.frame
        or any(0 <= p.start - v <= VISIT_CUE_GAP for v in visits)
        or _OPENING_PLACE.match(sentence.text[: p.start])
        or _set_off(sentence.text, p, named, found, lex)
    ]
    place = min(
        near, key=lambda p: (p.is_country, abs(p.start - found.match.start())), default=None
    )
    if place is not None and place.is_country:  # "en visite en Afrique du Sud, ... à Pretoria"
        return next((p for p in places if p.country == place.country and not p.is_country), place)
    return place


def _set_off(text: str, place: Place, named: list[Place], found: _Found, lex: Lexicon) -> bool:
    """Whether a place is set off by commas after the trigger, the close of its clause ("a tenu
    des entretiens avec X, à Vientiane, au Laos"), not a stop of a list ("en Israël, en
    Cisjordanie et au Maroc") nor one of a relative clause ("pour laquelle personne, à
    Bruxelles, ne ...")."""
    preposition = lex.clauses.after_preposition.search(text, 0, place.start)
    comma = text.rfind(",", 0, preposition.start()) if preposition else -1
    if comma < found.match.end() or text[comma + 1 : preposition.start()].strip():
        return False
    listed = any(p.end <= comma and not text[p.end : comma].strip() for p in named)
    then = [  # ", au Laos": the state the city lies in, set off in its turn
        q
        for q in named
        if q.start > place.end
        and (on := lex.clauses.after_preposition.search(text, place.end, q.start))
        and text[place.end : on.start()].strip() == ","
    ]
    closed = _CLOSES.match(text, then[0].end if then else place.end)
    between = folded(text[found.match.end() : comma])
    return bool(closed) and not listed and not lex.object_relative.search(between)


def _or_dateline_city(
    analysis: Analysis,
    sentence: Sentence,
    place: Place | None,
    countries: set[str],
    found: _Found,
    lex: Lexicon,
) -> Place | None:
    """ "BEIJING, 12 mai (Xinhua) -- Xi Jinping a eu des entretiens avec ...": the lead of a
    dispatch tells what happened where it was filed, when it names no city of its own and the
    city lies in a party's state (or the meeting is on the sidelines of a gathering there); any
    sentence placing a meeting only in the dateline city's state ("en visite en Espagne") means
    that city."""
    city = dateline_place(analysis.doc.text, analysis.doc.language)
    if city is None or (place and not place.is_country):
        return place
    if place is not None:
        return city if place.country == city.country else place
    if sentence.start > city.end and "\n" in analysis.doc.text[city.end : sentence.start]:
        return place  # a sentence of the body, not the headline nor the lead the dateline opens
    if sentence.end <= city.start:
        return place  # the headline: it tells no more than the lead, which may say "par téléphone"
    beside = lex.sideline.search(found.text) or lex.mode_cues["third-party"].search(found.text)
    return city if city.country in countries or beside else place


def _seats(analysis: Analysis, sentence: Sentence, lex: Lexicon) -> list[Place]:
    seats = []
    for m in analysis.mentions_in(sentence):
        state = analysis.actors.entity(m.key)
        if m.kind == "metonym" and state.capital and _placed(analysis, sentence, m, lex):
            seats.append(
                Place(state.capital, state.code, m.start - sentence.start, m.end - sentence.start)
            )
    return seats


def _with_host(
    analysis: Analysis,
    parties: tuple[str, ...],
    place: Place | None,
    found: _Found,
    lex: Lexicon,
) -> tuple[str, ...]:
    """A visit to a place makes its state the host: "Macron est attendu à Pékin" meets China, and
    a guest received there by no one named meets it too ("a été reçue à l'Elysée"); not when an
    organisation is the one met there ("au siège de l'UA à Addis-Abeba"), nor when the trip is to
    a gathering held there ("doit se rendre à Glasgow pour la COP26")."""
    received = found.trigger.guest_is_subject and len(_countries(analysis, parties)) < 2
    if place is None or place.country is None or not (found.trigger.mode == "visit" or received):
        return parties
    if place.country in _countries(analysis, parties) or any(
        _for_organisation(analysis, k) for k in parties[1:]
    ):
        return parties
    if lex.attending.search(found.text, place.end, place.end + ATTENDING_GAP):
        return parties
    return (*parties, place.country)


def _refine_mode(
    analysis: Analysis,
    found: _Found,
    lex: Lexicon,
    parties: tuple[str, ...],
    place: Place | None,
    gathering: bool,
) -> str | None:
    """More than two states, or an organisation's own meeting, make it multilateral; heads of
    organisations received in a state, not at a conference, are a visit there ("Ban Ki-moon et
    Jim Yong Kim reçus à Kinshasa par Joseph Kabila")."""
    mode = _mode(found, lex)
    if mode in REMOTE:
        return mode
    countries = _countries(analysis, parties)
    states = {c for c in countries if analysis.actors.entity(c).type == "state"}
    heads = all(named_person(k) for k in parties if _for_organisation(analysis, k))
    hosted = heads and not found.trigger.gathering and place is not None and place.country in states
    if len(states) > 2 or gathering or (len(countries) > 2 and not hosted):
        return "multilateral"
    if place is not None and at_home(analysis, place, countries):
        return "visit"
    if place is not None and place.country is not None:
        return "third-party"
    return mode


def at_home(analysis: Analysis, place: Place, countries: set[str]) -> bool:
    """Whether a meeting is where one of its parties is at home: in a party's state, or in the
    city an organisation party sits in ("reçu au Berlaymont, à Bruxelles" by the Commission)."""
    if place.country in countries:
        return True
    return any(analysis.actors.entity(c).seat == place.name for c in countries)


def _source(
    analysis: Analysis, parties: tuple[str, ...], found: _Found, place: Place | None, lex: Lexicon
) -> str | None:
    """The visitor, or the caller, when the text makes it plain; else the first party named."""
    if len(parties) != 2:
        return parties[0] if parties else None
    if place is not None and place.country:
        guests = [k for k in parties if analysis.country(k) != place.country]
        if len(guests) == 1:
            return guests[0]
    caller = lex.caller.search(found.text)
    if caller:
        after = [k for k in parties if _named_after(analysis, k, found, caller.end())]
        if len(after) == 1:
            return after[0]
    if found.trigger.host_is_subject:
        return parties[1]
    return parties[0]


def _named_after(analysis: Analysis, key: str, found: _Found, offset: int) -> bool:
    name = folded(analysis.actor(key).name.split()[-1])
    return found.text.find(name, offset) >= 0


def _goes_to_a_party(analysis: Analysis, parties: tuple[str, ...], place: Place | None) -> bool:
    """ "s'est rendu à Ceuta" is no visit to Morocco: a trip counts when it takes the traveller
    (named first) to another party's country."""
    if place is None or not parties or place.country == analysis.country(parties[0]):
        return False
    return place.country in _countries(analysis, parties)


def _without_witnesses(
    sentence: Sentence, found: _Found, mentions: list[ActorMention], lex: Lexicon
) -> list[ActorMention]:
    """ "X a téléphoné, en présence du chancelier allemand, à Y": who is beside a caller is not on
    the line."""
    return [m for m in mentions if not lex.witness.search(found.text, 0, m.start - sentence.start)]


def _to_an_organisation(analysis: Analysis, parties: tuple[str, ...], place: Place | None) -> bool:
    """ "s'était rendu à Bruxelles pour y voir le secrétaire général de l'OTAN": a trip
    to a place where the traveller meets the person who acts for an organisation."""
    return place is not None and any(
        _for_organisation(analysis, k) and analysis.actors.entity(k).type == "person"
        for k in parties[1:]
    )


def _to_a_host(
    analysis: Analysis,
    sentence: Sentence,
    found: _Found,
    mentions: Sequence[ActorMention],
    parties: tuple[str, ...],
    lex: Lexicon,
) -> bool:
    """ "avant de se rendre dans la soirée chez le président Mattarella": the trip takes its
    traveller (named first) to a person of another party, whatever the place it names."""
    home = analysis.country(parties[0]) if parties else None
    return any(
        m.key in parties[1:]
        and analysis.country(m.key) != home
        and lex.to_host.search(found.text, found.match.end(), m.start - sentence.start)
        for m in mentions
    )


def _headline_topic(analysis: Analysis, index: int, found: _Found) -> _Found:
    """A gathering a headline names before a colon by its body or its pair ("Sommet de l'Otan à
    Madrid : la Turquie lève son veto", "Sommet Trump-Poutine en Alaska : ..."): its topic, whose
    parties are not those of the news after the colon ("Sommet de Genève : Biden et Poutine ..."
    names them there)."""
    colon = found.text.find(":", found.match.end(), found.span[1])
    if not found.trigger.gathering or colon < 0 or index >= _headline(analysis):
        return found
    sentence = analysis.sentences[index]
    named = [
        analysis.actors.entity(m.key).type
        for m in analysis.mentions_in(sentence)
        if m.start - sentence.start < colon and m.kind in ("name", "surname")
    ]
    if "organization" not in named and named.count("person") < 2:
        return found
    return replace(found, span=(found.span[0], colon))


def consult_mention(
    analysis: Analysis, index: int, lex: Lexicon, attendees: Sequence[ActorMention] = ()
) -> list[ConsultMention]:
    """The interactions a sentence states; ``attendees`` are those later sentences name as
    present at the gathering it tells of."""
    sentence = analysis.sentences[index]
    if sentence.aside or sentence.text.rstrip(' »"”').endswith("?"):
        return []  # a question reports nothing, nor the headline of another article
    text = pattern_text(lex, sentence.text)
    found = _triggers(text, lex)
    best = _best(found)
    if best is None:
        return []
    best = _within_incise(sentence.text, best, found, lex)
    best = _headline_topic(analysis, index, best)
    whole = _clause_mentions(analysis, index, lex, attendees, best)
    if not whole and (main := _best_outside_incises(sentence.text, found, lex)):
        whole = _clause_mentions(analysis, index, lex, attendees, main)
    whole = _before_relative_trip(analysis, index, lex, attendees, found, whole)
    lead = lex.sequel.match(text)  # "Après s'être entretenu avec X, ...": an earlier meeting
    opened = len(text) - len(text[lead.end() :].lstrip()) if lead else 0  # "Après une |conv..."
    opening = _participle_opening(text, found, opened)
    spans = _clauses(text, lex, found, opening)
    if len(spans) < 2:
        return whole
    lead = 1 if opening else 0  # the clause that names the sentence's subject
    first = _best(found, spans[lead])
    carried = _subjects(analysis, index, lex, first, spans[lead][0]) if first else []
    frame = first.match.start() if first and not opening else 0
    earlier = lead is not None and opening is not None  # on a day the main clause does not give
    parts = [
        _clause_told(
            analysis,
            index,
            lex,
            attendees,
            [
                replace(f, frame=frame, dated_until=span[1] if earlier and i == 0 else 10**9)
                for f in _ranked(found, span)
            ],
            carried if i != lead else [],
        )
        for i, span in enumerate(spans)
    ]
    told = [m for part in parts for m in part]
    if sum(bool(part) for part in parts) < 2 or _one_interaction(analysis, told):
        return whole  # one interaction told in two clauses: "s'est rendu à Djeddah, où il a ..."
    return told


def _ranked(found: list[_Found], span: tuple[int, int]) -> list[_Found]:
    """The triggers of a clause, strongest first, each read in that clause."""
    inside = [f for f in found if span[0] <= f.match.start() < span[1]]
    ranked = sorted(inside, key=lambda f: (-f.trigger.weight, f.match.start()))
    return [replace(f, span=span) for f in ranked]


def _clause_told(
    analysis: Analysis,
    index: int,
    lex: Lexicon,
    attendees: Sequence[ActorMention],
    ranked: list[_Found],
    carried: list[ActorMention],
) -> list[ConsultMention]:
    """What a clause tells through its strongest trigger that finds parties: "s'est rendu au
    siège du parti pour un entretien avec X" names no state to go to, the talks name X. A
    trigger that is negated or called off silences its clause."""
    for trigger in ranked:
        if told := _clause_mentions(analysis, index, lex, attendees, trigger, carried):
            return told
        if _status(trigger, lex) is None:
            break
    return []


def _before_relative_trip(
    analysis: Analysis,
    index: int,
    lex: Lexicon,
    attendees: Sequence[ActorMention],
    found: list[_Found],
    whole: list[ConsultMention],
) -> list[ConsultMention]:
    """The interaction of the main clause alone when a relative clause after it tells a trip to
    a state it does not name ("Milei a appelé Trump, qui réserve sa première visite au Qatar"):
    where the person it is about goes next is no party. A relative clause that names a party's
    country ("Macron a reçu Lula, qui effectue une visite d'Etat en France") tells where it
    happened."""
    text, sentence = found[0].text, analysis.sentences[index]
    relatives = list(lex.relative_after.finditer(text))
    incises = _incises(sentence.text, lex) if relatives else []
    for relative in relatives:
        main = _best(found, (0, relative.start()))
        if main is None or _in_incise(relative.end(), incises):
            continue  # "X, venu pour le sommet, qui réunissait aussi Y, a ensuite ...": an aside
        if not any(relative.end() <= f.match.start() for f in found):
            continue
        told = _clause_mentions(analysis, index, lex, attendees, main)
        named = set().union(*(_countries(analysis, m.parties) for m in told))
        there = {
            analysis.country(m.key)
            for m in analysis.actors.in_span(sentence.start + relative.end(), sentence.end)
        }
        if told and any((_countries(analysis, m.parties) - named) & there for m in whole):
            return told
    return whole


def _best_outside_incises(text: str, found: list[_Found], lex: Lexicon) -> _Found | None:
    """The strongest trigger outside the relative clauses set off by commas: "Arrivé à Téhéran,
    où il a été accueilli par le ministre iranien du Pétrole, le président russe a été reçu par
    son homologue" tells its meeting in the main clause when the incise's names no counterpart."""
    spans = _incises(text, lex)
    outside = [f for f in found if not _in_incise(f.match.start(), spans)]
    return _best(outside) if spans and len(outside) < len(found) else None


def _within_incise(text: str, best: _Found, found: list[_Found], lex: Lexicon) -> _Found:
    """A trigger in a relative clause set off by commas, when nothing after the clause is a
    meeting, is read up to the clause's end: in "X, qui est en visite en Chine, avait signé
    lundi à Paris un accord", lundi and Paris are the main clause's, not the visit's."""
    incise = next((s for s in _incises(text, lex) if s[0] <= best.match.start() < s[1]), None)
    if incise is None or any(f.match.start() >= incise[1] for f in found):
        return best
    return replace(best, span=(best.span[0], incise[1]), dated_until=incise[1])


def _one_interaction(analysis: Analysis, told: list[ConsultMention]) -> bool:
    """Whether every clause names the same parties, a state standing for its person ("En visite
    en Afrique du Sud, X a été reçu à Pretoria par Cyril Ramaphosa"); two persons of one state
    are two meetings ("reçu par le président avant de s'entretenir avec le ministre")."""

    def sides(mention: ConsultMention) -> dict[str | None, str]:
        return {analysis.country(k): k for k in mention.parties}

    if len({m.status for m in told}) > 1:
        return False  # "se sont mis d'accord lors d'un appel pour se retrouver à Minsk": two
    modes = {m.mode for m in told}
    if modes & REMOTE and modes & IN_PERSON:
        return False  # "Reçu à Djeddah par X, le président a appelé avec son hôte Y": two
    first = sides(told[0])
    for mention in told[1:]:
        other = sides(mention)
        if not (first.keys() <= other.keys() or other.keys() <= first.keys()):
            return False
        for country in first.keys() & other.keys():
            a, b = first[country], other[country]
            if a != b and named_person(a) and named_person(b):
                return False
    return True


def _participle_opening(text: str, found: list[_Found], lead: int = 0) -> int | None:
    """Where the main clause begins after an opening participle clause that tells an interaction
    of its own ("Reçu samedi à Djeddah par le prince héritier, le président a appelé ...", "Après
    s'être entretenu avec X, Y a rencontré Z"): after the last comma before the main
    clause's trigger; ``lead``: where a leading "Après s'être" ends, the opener's trigger after it."""
    opener = _best(found, (0, lead + 1))
    after = [f for f in found if opener and f.match.start() >= opener.match.end()]
    main = min(after, key=lambda f: f.match.start(), default=None)  # the first: "Reçu par X, Y
    if main is None:  # s'est envolé pour Z, où W l'attendait" opens its main clause on Y
        return None
    comma = text.rfind(",", opener.match.end(), main.match.start())
    return comma + 1 if comma > 0 else None


def _clauses(
    text: str, lex: Lexicon, found: list[_Found], opening: int | None = None
) -> list[tuple[int, int]]:
    """The sentence cut where it may go on to another meeting ("... avant de s'entretenir avec
    ..."), or where an opening participle clause ends, each piece holding a trigger of its own;
    one piece when it holds one trigger."""
    cuts = sorted([m.start() for m in lex.sequel.finditer(text)] + ([opening] if opening else []))
    bounds = [0, *cuts, len(text)]
    spans = [(a, b) for a, b in pairwise(bounds) if b > a]
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if kept and _best(found, (start, end)) is None:
            kept[-1] = (kept[-1][0], end)  # no trigger: the clause belongs to the one before
        else:
            kept.append((start, end))
    if len(kept) > 1 and _best(found, kept[0]) is None:  # "Trois jours après avoir prêté
        kept[:2] = [(kept[0][0], kept[1][1])]  # serment, X a été reçu": no clause of its own
    return kept


def _subjects(
    analysis: Analysis, index: int, lex: Lexicon, found: _Found, start: int = 0
) -> list[ActorMention]:
    """Who the clause that holds a sentence's subject names before its trigger (a pronoun read
    as the person before): in "X a été reçu par A avant de s'entretenir avec B", X meets B too."""
    sentence = analysis.sentences[index]
    mentions = _with_pronoun_subject(analysis, index, _party_mentions(analysis, sentence, lex), lex)
    return [m for m in mentions if start <= m.start - sentence.start < found.match.start()]


def _clause_mentions(
    analysis: Analysis,
    index: int,
    lex: Lexicon,
    attendees: Sequence[ActorMention],
    found: _Found | None,
    carried: Sequence[ActorMention] = (),
) -> list[ConsultMention]:
    """The interactions one clause of a sentence states, read from its strongest trigger; the
    subjects ``carried`` from the clause before take part."""
    sentence = analysis.sentences[index]
    status = _status(found, lex) if found else None
    if found is None or status is None:
        return []
    if said := lex.said_after.search(found.text, found.match.end(), found.span[1]):
        found = replace(found, span=(found.span[0], said.start()))  # who told it is no party
    if contrast := lex.contrast.search(folded(sentence.text), found.match.end(), found.span[1]):
        found = replace(found, span=(found.span[0], contrast.start()))  # "..., alors que X"
    in_turn = _in_turn(found, lex)
    between = lex.between.match(found.text, found.match.end())
    grouped = (
        bool(lex.groups.search(found.text[: found.match.start()]))
        or (in_turn and bool(lex.groups.search(found.rest_of_clause)))
        or bool(between and lex.groups.match(found.text[between.end() :]))
    )  # "Donald Trump avait reçu séparément les deux dirigeants", "le tête-à-tête entre les deux"
    convened = found.trigger.gathering and bool(
        lex.groups.search(found.text[found.match.end() : found.match.end() + CONVENED_REACH])
    )  # "João Lourenço réunira de nouveau les deux dirigeants"
    start, end = (sentence.start + edge for edge in found.span)
    own = [m for m in _party_mentions(analysis, sentence, lex, grouped) if start <= m.start < end]
    own = _opener_and_subject(analysis, sentence, found, own, lex)
    if not lex.clauses.infinitive.match(sentence.text, found.span[0]) and any(
        m.start < sentence.start + found.match.start() and not _placed(analysis, sentence, m, lex)
        for m in own
    ):  # "X a été reçu par Y ; Z a eu un tête-à-tête avec W": a subject of its own, but
        carried = ()  # "puis en Italie, où il doit être reçu" names where, not who
    keys = {m.key for m in own}
    mentions = _before_relative(
        analysis,
        sentence,
        found,
        [
            *(m for m in carried if m.key not in keys),
            *_with_pronoun_subject(analysis, index, own, lex, opened=_opens_sentence(found, lex)),
        ],
        lex,
    )
    mentions = _after_time_opener(analysis, sentence, found, mentions, lex)
    mentions = _without_venue_state(analysis, sentence, found, mentions, lex)
    mentions = _between(analysis, sentence, found, mentions, lex)
    if found.trigger.mode == "phone":
        mentions = _without_witnesses(sentence, found, mentions, lex)
    if found.trigger.object_guest:
        mentions = _with_object_guest(analysis, index, found, mentions)
    place = _location(analysis, sentence, found, lex)
    near = sentence.start + found.match.start()
    parties = _with_host(analysis, _parties(analysis, mentions, near, lex), place, found, lex)
    parties = _with_attendees(analysis, parties, attendees)
    countries = _countries(analysis, parties)
    place = _or_dateline_city(analysis, sentence, place, countries, found, lex)
    nominal = next(  # the trigger itself is "la rencontre", not "en marge de la réunion" nor
        # "avait téléphoné ..., quelques heures avant la réunion": another meeting, beside it
        (
            m
            for m in lex.definite.finditer(found.text)
            if not lex.sideline.search(found.text, 0, m.start())
            and m.start() <= found.match.end()
            and found.match.start() <= m.end()
        ),
        None,
    )
    definite = nominal is not None
    of_body = nominal is not None and _named_gathering(
        analysis, sentence, found.text, nominal.end(), lex
    )
    anaphoric = definite or bool(lex.groups.search(found.text))
    persons = (
        sum(
            _is_person(analysis, m)
            or _holders(analysis, m, lex, lex.officials)
            or _delegates(analysis, mentions, m, lex)
            for m in (*mentions, *attendees)
            if m.key in parties
        )
        >= 2
    )
    gathering = (
        found.trigger.gathering
        and (
            any(analysis.actors.entity(k).type == "organization" for k in parties)
            or any(m.kind == "member" for m in mentions)  # "les six monarchies du CCG"
        )
        and not lex.event_noun_before.search(
            found.text[max(0, found.match.start() - 40) : found.match.start()]
        )
    )  # "le 32e sommet de l'organisation, réuni à Djeddah": a summit named in passing, not who met
    if len(countries) < 2 and not (anaphoric or gathering):
        return []
    if len(countries) < 2 and _stranger(analysis, mentions):
        return []  # "la visite du président de l'Eurogroupe, X": X's, whose side is unknown
    if found.trigger.needs_destination and not (
        _goes_to_a_party(analysis, parties, place)
        or _to_a_host(analysis, sentence, found, mentions, parties, lex)
        or _to_an_organisation(analysis, parties, place)
    ):
        return []
    if found.trigger.weight < STRONG and not (persons or gathering or len(countries) < 2):
        return []
    told = _without_teaser(analysis.without_dateline(sentence), found, lex)
    end = found.span[1] if status == "planned" else len(told)  # not when "a indiqué lundi"
    end = min(end, found.dated_until)
    if relative := lex.relative_after.search(found.text, found.match.end(), found.span[1]):
        end = relative.start()  # ", qui l'a conduit lundi au Turkménistan": another stop's day
    date, date_text = _clause_date(analysis, told[:end], found)
    if date_text and _arrival_aside(
        folded(told[:end]), folded(date_text), lex, found.match.start()
    ):
        date, date_text = None, None  # "X, arrivé dimanche soir, a eu un tête-à-tête avec Y"
    if (  # "Ce jour-là", "le lendemain", "dans la matinée": the day told before
        date_text
        and index > 0
        and (date is None or part_of_day_told(date_text, analysis.doc.language))
    ):
        date = _day_counted(analysis, index, found.match.start(), date_text) or date
    if date_text is None:
        date, date_text = _heading_day(analysis, index, sentence.text)
    if date_text is None and status == "occurred":
        date, date_text = _opened_paragraph_day(analysis, index)
    period = None
    if date_text is None:
        period = period_in(
            analysis.without_dateline(sentence),
            analysis.published,
            analysis.doc.language,
            found.match.start(),
        )
    if of_body:  # "en provenance de Goa, où il avait assisté à la réunion de l'OCS": a body's
        date, date_text, period, place = None, None, None, None  # gathering told in passing
    mention = ConsultMention(
        sentence=sentence,
        index=index,
        parties=parties,
        mode=_refine_mode(analysis, found, lex, parties, place, gathering),
        status=status,
        place=place,
        next_meeting=bool(lex.next_meeting.search(found.text)),
        grouped=grouped or convened,
        convened=convened,
        subjects=tuple(
            k
            for k in parties
            if any(m.key == k and m.start - sentence.start < found.match.start() for m in mentions)
        ),
        in_turn=in_turn,
        period=period,
        delegations=bool(lex.delegations.search(found.text)),
        trigger=found.match.start(),
        set_against=set_against_day_told(sentence.text, analysis.doc.language)
        or opens_later(sentence.text, analysis.doc.language),
        source=_source(analysis, parties, found, place, lex),
        date=date,
        date_text=date_text,
        weight=found.trigger.weight,
        anaphoric=(len(countries) < 2 and not gathering) or definite,
    )
    joint = mention.mode == "phone" and lex.joint_call.search(found.text)
    at_once = (
        joint
        and lex.joint_call.search(  # "à la fois avec A et avec B": one call
            found.text[found.match.start() : found.match.end() + JOINT_REACH]
        )
    )
    if not at_once and (
        successive := _successive(analysis, sentence, found, mentions, lex, mention.grouped)
    ):
        return [
            replace(
                mention,
                parties=keys,
                place=stop or place,
                mode=_refine_mode(analysis, found, lex, keys, stop or place, gathering),
                **_own_day(analysis, told[:end], day),
            )
            for keys, stop, day in successive
        ]
    if mention.mode == "phone" and not joint:
        each = lex.each.search(found.text, found.span[0], found.span[1])
        return _one_call_each(analysis, mention, sentence.start + each.start() if each else None)
    if journey := _first_journey(found, lex):
        return _one_per_destination(analysis, mention, journey, STOPS_APART, found, lex)
    if found.trigger.mode == "visit":  # "une visite au Mali puis au Burkina Faso"
        return _one_per_destination(analysis, mention, found.match, STOP_GAP, found, lex)
    return [mention]


def _one_call_each(
    analysis: Analysis, mention: ConsultMention, each: int | None = None
) -> list[ConsultMention]:
    """ "X s'est entretenu au téléphone avec A, B et C": a call is between two sides, so one
    subject who calls counterparts of several states makes one call with each (a call "à trois"
    or "avec son hôte" is the lexicon's joint call and stays one); so do the parties of several
    states named before ``each`` ("X et Y ont chacun eu Z au téléphone"), one call each with Z."""
    if each is not None and (calls := _each_caller(analysis, mention, each)):
        return calls
    sides = {analysis.country(k) for k in mention.subjects}
    others = [k for k in mention.parties if k not in mention.subjects]
    if len(sides) != 1 or len(_countries(analysis, tuple(others))) < 2:
        return [mention]
    return [replace(mention, parties=(*mention.subjects, k)) for k in others]


def _each_caller(analysis: Analysis, mention: ConsultMention, each: int) -> list[ConsultMention]:
    """One call for each party of several states named before ``each`` with the one state named
    after it; none when the sentence is not so shaped."""
    named = analysis.actors.in_span(mention.sentence.start, each)
    callers = [k for k in mention.parties if any(m.key == k for m in named)]
    others = tuple(k for k in mention.parties if k not in callers)
    if len(_countries(analysis, tuple(callers))) < 2 or len(_countries(analysis, others)) != 1:
        return []
    return [replace(mention, parties=(k, *others), subjects=(k,), source=k) for k in callers]


def _without_teaser(told: str, found: _Found, lex: Lexicon) -> str:
    """A sentence less the teaser it opens on ("À suivre vendredi dans le journal : X est
    attendu à Manille"): the programme's day, not the meeting's."""
    teaser = lex.teaser.match(found.text)  # the sentence folded, offset for offset
    return " " * teaser.end() + told[teaser.end() :] if teaser else told


def _arrival_aside(text: str, words: str, lex: Lexicon, before: int | None = None) -> bool:
    """Whether the date read in a folded text is that of an arrival set off (before offset
    ``before``): "Lavrov, arrivé dimanche soir, a eu un tête-à-tête avec Mauro Vieira" tells the
    day he came, not the day he met."""
    aside = re.compile(rf",\s*(?:{lex.arrival.pattern})\s+{re.escape(words)}[^,]*,")
    return any(before is None or m.end() <= before for m in aside.finditer(text))


def _clause_date(analysis: Analysis, told: str, found: _Found) -> tuple[str | None, str | None]:
    """The date nearest the trigger, its own clause's first ("X s'était entretenu avec Y le 5
    février, puis l'avait reçu au Vatican le 12 février": the 12th for the audience)."""
    language, near = analysis.doc.language, found.match.start()
    if found.span[0] > 0:
        own = date_in(told, analysis.published, language, near, after=found.span[0])
        if own[1]:
            return own
    return date_in(told, analysis.published, language, near)


def _day_counted(analysis: Analysis, index: int, near: int, words: str) -> str | None:
    """The day of words that count from a day told before: "la veille" from the last one,
    however far back; a part of the day ("dans la matinée", "en début d'après-midi") from the
    paragraph's day, else from the day the lead tells, never from a day told in passing
    ("depuis la visite du 6 décembre dernier. Dans la journée, X s'est entretenu ...")."""
    if not part_of_day_told(words, analysis.doc.language):
        return _day_told_before(analysis, index, near, words) or _last_day_told(
            analysis, index, near, words
        )
    return (
        _previous_paragraph_day(analysis, index)
        or _day_told_before(analysis, index, near, words)
        or _lead_day(analysis, index)
    )


def _lead_day(analysis: Analysis, index: int) -> str | None:
    """The day the lead tells, for a part of the day told after it with no day of its own."""
    date, _ = lead_date(analysis, index)
    past = date and (analysis.published is None or date <= analysis.published.isoformat())
    return date if past else None


def _day_told_before(analysis: Analysis, index: int, near: int, words: str) -> str | None:
    """The date of an expression that counts from the day told before ("Mardi, ... . Elle a
    aussi visité ... . Dans l'après-midi, ..."), read with the last sentence of its
    paragraph before it that tells a day (DAY_TOLD_REACH sentences back at most), else with the
    sentence before if it tells one (read alone, the expression would fall on the publication
    day); a day that only names a thing is none."""
    language, sentences = analysis.doc.language, analysis.sentences
    against = set_against_day_told(sentences[index].text, language)  # "Plus tôt dans la journée"
    for earlier in range(index - 1, max(-1, index - 1 - DAY_TOLD_REACH), -1):
        before = analysis.without_dateline(sentences[earlier])
        named = date_in(before, analysis.published, language)[0]
        day = named and date_in(before, analysis.published, language, told=True)[0]
        if named and not day:
            continue  # "quinze jours après le séisme du 6 février": no day told
        if earlier > 0 and not day and (against or analysis.one_paragraph(earlier - 1, index)):
            continue  # a paragraph keeps its day; one before it tells another story
        if day is None:
            return None
        return _counted_from(analysis, before, index, near, words)
    return None


def _counted_from(analysis: Analysis, before: str, index: int, near: int, words: str) -> str | None:
    """The date of ``words`` in sentence ``index`` read right after the text ``before`` that
    tells the day they count from; none when another expression wins the reading."""
    text = f"{before}\n{analysis.without_dateline(analysis.sentences[index])}"
    date, found = date_in(text, analysis.published, analysis.doc.language, len(before) + 1 + near)
    return date if found == words else None


def _last_day_told(analysis: Analysis, index: int, near: int, words: str) -> str | None:
    """ "La veille" opening a paragraph whose sentence before tells no day counts from the last
    day the article told before it, however far back, that is not yet to come ("... reçue ce
    lundi 29 juillet ... . Un plan d'action sur trois ans. La veille, elle avait rencontré ..."
    is Sunday the 28th; "l'échéance du 31 octobre" is no day told)."""
    for sentence in reversed(analysis.sentences[:index]):
        text = analysis.without_dateline(sentence)
        day, day_words = date_in(text, analysis.published, analysis.doc.language, told=True)
        if day is None or (analysis.published and day > analysis.published.isoformat()):
            continue
        day_end = text.index(day_words) + len(day_words)  # the day, not one told after it,
        later = date_in(text[day_end:], analysis.published, analysis.doc.language)[1]
        before = text[:day_end] if later else text  # read with its tense ("Dimanche, X a ...")
        return _counted_from(analysis, before, index, near, words)
    return None


_DAY_OPENER = re.compile(r"^\s*([^,]{3,30}),")  # "Samedi, à Pretoria, ..."


def _opened_paragraph_day(analysis: Analysis, index: int) -> tuple[str | None, str | None]:
    """The day a paragraph's first sentence opens on ("Samedi, à Pretoria, l'étape s'était
    déroulée ... . X s'est entretenu avec Y ..."), for the sentence just after it, which names no
    time of its own: a day (not "L'après-midi, ..."), and none after publication."""
    first = index - 1
    if first < 0 or not analysis.one_paragraph(first, index):
        return None, None
    if first > 0 and analysis.one_paragraph(first - 1, first):
        return None, None  # not the paragraph's first sentence
    return _opening_day(analysis, first)


def _previous_paragraph_day(analysis: Analysis, index: int) -> str | None:
    """The day a sentence that opens its paragraph on a part of the day counts from: the last
    day the paragraph before opens a sentence on ("Vendredi 16 juin, ... arrivée de la
    délégation à Kiev ..." then, below, "Dans l'après-midi, X a reçu ...")."""
    if index == 0 or analysis.one_paragraph(index - 1, index):
        return None
    for earlier in range(index - 1, -1, -1):
        if date := _opening_day(analysis, earlier)[0]:
            return date
        if earlier == 0 or not analysis.one_paragraph(earlier - 1, earlier):
            break  # the paragraph before begins here
    return None


def _opening_day(analysis: Analysis, index: int) -> tuple[str | None, str | None]:
    """The whole day a sentence opens on ("Samedi, ...", "Vendredi 16 juin, ..."), none after
    publication nor a part of a day."""
    text = analysis.sentences[index].text
    opener = _DAY_OPENER.match(text)
    date, words = date_in(text, analysis.published, analysis.doc.language, 0)
    if opener is None or date is None or words is None:
        return None, None
    whole = words in opener.group(1) and len(words) >= len(opener.group(1).strip()) - 2
    later = analysis.published is not None and date > analysis.published.isoformat()
    if not whole or later or part_of_day_told(words, analysis.doc.language):
        return None, None
    return date, words


def _heading_day(analysis: Analysis, index: int, told: str) -> tuple[str | None, str | None]:
    """The day of a bullet whose first sentence is a short heading with no verb ("• Mardi,
    Paris."), for the sentences under it that name no day: read with their own tense."""
    text = analysis.doc.text
    line = text.rfind("\n", 0, analysis.sentences[index].start) + 1
    if text[line : line + 1] not in BULLETS:
        return None, None
    heading = next(s for s in analysis.sentences if s.end > line)
    if heading.start >= analysis.sentences[index].start or len(heading.text) > HEADING_SIZE:
        return None, None
    _, words = date_in(heading.text, analysis.published, analysis.doc.language)
    if words is None:
        return None, None
    return date_in(f"{words}, {told}", analysis.published, analysis.doc.language, 0)


def _in_turn(found: _Found, lex: Lexicon) -> bool:
    """Whether the counterparts of a trigger are met one after the other: a cue in its clause
    ("successivement avec A et avec B"), before it ("En une semaine, X a vu A, B et C") or set
    off just after it ("a reçu vendredi à Washington, l'un après l'autre, A et B")."""
    after = found.text[found.match.end() : found.match.end() + IN_TURN_REACH]
    return bool(
        lex.in_turn.search(found.clause)
        or lex.in_turn.search(found.text[: found.match.start()])
        or lex.in_turn.search(after)
    )


def _successive(
    analysis: Analysis,
    sentence: Sentence,
    found: _Found,
    mentions: list[ActorMention],
    lex: Lexicon,
    grouped: bool = False,
) -> list[tuple[tuple[str, ...], Place | None, tuple[int, int] | None]]:
    """ "ont rencontré hier Laurent Gbagbo, puis Alassane Ouattara", "s'est entretenu avec A,
    puis avec B et avec C", "successivement avec A et avec B": one meeting with each, the
    parties named before the trigger in all (or, for "les deux hommes", those they stand for,
    read later), each where the city before its counterpart says."""
    joiners = [lex.then]
    if _in_turn(found, lex):
        joiners.append(lex.in_turn_joiners)  # "successivement avec A et avec B", "A, B, puis C"
    days = lex.day_joiner.finditer(folded(sentence.text), found.match.end())  # days are blanked
    day_cuts = [(m.start(), m.end()) for m in days]
    found_cuts = sorted(
        [(m.start(), m.end()) for j in joiners for m in j.finditer(found.text, found.match.end())]
        + day_cuts,
        key=lambda cut: (cut[0], -cut[1]),
    )  # "puis dimanche": the day's cut, longer, wins over the joiner's
    cuts: list[tuple[int, int]] = []
    for cut in found_cuts:
        if not cuts or cut[0] >= cuts[-1][1]:
            cuts.append(cut)
    if not cuts:
        return []
    start, near = sentence.start, sentence.start + found.match.start()
    before = [m for m in mentions if m.start - start < found.match.start()]
    starts = [found.match.end(), *(end for _, end in cuts)]
    ends = [*(begin for begin, _ in cuts), len(found.text)]
    bounds = zip(starts, ends, strict=True)
    openers = ["", *(found.text[a:b] for a, b in cuts)]
    pieces = _counterparts(
        analysis,
        [[m for m in mentions if a <= m.start - start < b] for a, b in bounds],
        openers,
    )
    if not (before or grouped) or len(pieces) < 2:
        return []
    places = analysis.places_in(sentence)
    days = [_day_opened(cuts, day_cuts, min(m.start for m in piece) - start) for piece in pieces]
    return [
        (
            _parties(analysis, before + piece, near, lex),
            _stop(places, piece, start, day),
            day,
        )
        for piece, day in zip(pieces, days, strict=True)
    ]


def _day_opened(
    cuts: list[tuple[int, int]], day_cuts: list[tuple[int, int]], first: int
) -> tuple[int, int] | None:
    """Where the weekday a piece met in turn opens on is told ("..., mardi par X"), if it opens
    on one."""
    opener = max((cut for cut in cuts if cut[1] <= first), default=None)
    return opener if opener in day_cuts else None


def _own_day(analysis: Analysis, told: str, day: tuple[int, int] | None) -> dict[str, str | None]:
    """The date and its words of a meeting told in turn on its own ``day`` (where the sentence
    names it); nothing to change when it names none."""
    if day is None:
        return {}
    date, words = date_in(told, analysis.published, analysis.doc.language, day[0])
    return {"date": date, "date_text": words}


def _stop(
    places: list[Place],
    piece: list[ActorMention],
    start: int,
    day: tuple[int, int] | None = None,
) -> Place | None:
    """The place named just before the counterparts of a piece met in turn ("à Phnom Penh avec
    X, puis à Singapour avec Y"), where that piece's meeting took place; for a piece that opens
    on a ``day``, after that day, or else just after them ("..., mardi par X à Accra")."""
    named = [m.start - start for m in piece]
    first = min([at for at in named if all(p.start != at for p in places)] or named)
    opened = day[1] if day else 0
    before = [p for p in places if max(opened, first - STOP_REACH) <= p.start < first]
    if before or day is None:
        return before[-1] if before else None
    last = max(m.end - start for m in piece)
    return next((p for p in places if last <= p.start <= last + STOP_AFTER), None)


def _counterparts(
    analysis: Analysis, pieces: list[list[ActorMention]], openers: list[str]
) -> list[list[ActorMention]]:
    """The counterparts of a list met in turn, from its pieces between joiners: none where a
    piece names no one ("a reçu successivement, au cours de l'après-midi, A, B"), one where a
    piece set off by a comma says more of the last ("la vice-présidente du Sénat vietnamien, X,
    venue à la place de Y"; but "avec A et avec B" are two, of one country or not), and none in
    a piece without a person when the first names one ("en voyage en Chine")."""
    kept: list[list[ActorMention]] = []
    for piece, opener in zip(pieces, openers, strict=True):
        if not piece:
            continue
        countries = {analysis.country(m.key) for m in piece}
        apposed = opener.strip() == ","
        if kept and apposed and countries & {analysis.country(m.key) for m in kept[-1]}:
            kept[-1] = kept[-1] + piece
        elif not kept or any(_is_person(analysis, m) for m in piece):
            kept.append(piece)
    return kept if kept and any(_is_person(analysis, m) for m in kept[0]) else []


def _with_parties(
    analysis: Analysis, mention: ConsultMention, parties: tuple[str, ...]
) -> ConsultMention:
    """The mention with other parties: a meeting of more than two states is multilateral."""
    many = len(_countries(analysis, parties)) > 2
    return replace(mention, parties=parties, mode="multilateral" if many else mention.mode)


def _with_attendees(
    analysis: Analysis, parties: tuple[str, ...], attendees: Sequence[ActorMention]
) -> tuple[str, ...]:
    """The parties and the attendees, one key per state: a person named as present stands for
    the state a place or a topic named ("tenu à Luanda, en Angola" and "présidée par João
    Lourenço")."""
    keys = {analysis.country(k): k for k in parties}
    for mention in sorted(attendees, key=lambda m: not _is_person(analysis, m)):
        country = analysis.country(mention.key)
        held = keys.get(country)
        if country and (held is None or (_is_person(analysis, mention) and not named_person(held))):
            keys[country] = mention.key
    return tuple(keys.values())


@dataclass(frozen=True)
class Attendance:
    """Who a document says attended its gatherings: attendees by the gathering's sentence, and
    the sentences that say so, each with the gathering's sentence."""

    attendees: dict[int, list[ActorMention]]
    told_in: dict[int, int]


def attendance(analysis: Analysis, lex: Lexicon) -> Attendance:
    """ "La réunion était présidée par X. Y et Z y ont pris part": persons and states named by a
    sentence of attendance are participants of the gathering told just before it (organisations
    named there are titles: "président en exercice de l'EAC")."""
    attendees: dict[int, list[ActorMention]] = {}
    told_in: dict[int, int] = {}
    for j, sentence in enumerate(analysis.sentences):
        text = folded(sentence.text)
        gathering = _gathering_attended(analysis, j, text, lex)
        if gathering is None:
            continue
        gathering = told_in.get(gathering, gathering)  # "La réunion était présidée par ..."
        present = [
            m
            for m in _party_mentions(analysis, sentence, lex)
            if analysis.actors.entity(m.key).type != "organization"
        ]
        attendees.setdefault(gathering, []).extend(present)
        told_in[j] = gathering
    return Attendance(attendees, told_in)


def _gathering_attended(analysis: Analysis, index: int, text: str, lex: Lexicon) -> int | None:
    """The sentence whose interaction a sentence of attendance speaks of: a gathering up to
    three sentences before, or any meeting just before for a companion ("X a été reçu par Y.
    Il était accompagné de Z")."""
    sentences = analysis.sentences
    if index and lex.companions.search(text) and not _told(sentences[index], lex):
        return index - 1 if _told(sentences[index - 1], lex) else None
    if not lex.attendance.search(text) or (
        _tells_gathering(sentences[index], lex) and not lex.definite.search(text)
    ):
        return None  # "ont tenu une réunion, en présence de X": a gathering and its attendees
    if _tells_own_meeting(sentences[index], text, lex):
        return None  # "s'est rendu à Banjul pour un tête-à-tête avec X, ... reçu par Y en
        # présence de Z": Z attended the meeting its own sentence tells
    gathering = next(
        (
            i
            for i in range(index - 1, max(-1, index - 1 - ATTENDANCE_REACH), -1)
            if _tells_gathering(sentences[i], lex)
        ),
        None,
    )
    if (
        gathering
        and not analysis.mentions_in(sentences[gathering])
        and _told(sentences[gathering - 1], lex)
    ):  # "X et Y ont reçu Z. La réunion a duré deux heures. Y assistaient aussi ...": X's
        return gathering - 1
    return gathering


def _tells_own_meeting(sentence: Sentence, text: str, lex: Lexicon) -> bool:
    """Whether a strong trigger that is not a definite noun ("la réunion") stands before the
    sentence's cue of attendance: the attendees are of that meeting."""
    cue = lex.attendance.search(text)
    found = _triggers(pattern_text(lex, sentence.text), lex)
    return any(
        f.trigger.weight >= STRONG
        and f.match.start() < cue.start()
        and not lex.definite.search(f.text[max(0, f.match.start() - 4) : f.match.end()])
        for f in found
    )


def calls_off(analysis: Analysis, index: int, lex: Lexicon) -> bool:
    """Whether a sentence calls off a meeting told before by its definite noun ("un conseiller a
    fait savoir que la rencontre n'aurait pas lieu", "la visite a été annulée") or by a pronoun
    that opens it ("Elle a été annulée après ...")."""
    text = pattern_text(lex, analysis.sentences[index].text)
    if lex.clauses.pronoun_subject.match(analysis.sentences[index].text.lstrip()):
        return says_cancelled(lex, text[:PRONOUN_CALL_OFF_REACH])
    return any(_calls_off(found, lex) for found in _triggers(text, lex))


def _calls_off(found: _Found, lex: Lexicon) -> bool:
    definite = any(
        m.start() <= found.match.start() <= m.end() for m in lex.definite.finditer(found.text)
    )
    return definite and _undone(found, lex)


def _told(sentence: Sentence, lex: Lexicon) -> bool:
    """Whether a sentence holds a trigger: a companion is of the meeting a sentence tells."""
    return _best(_triggers(pattern_text(lex, sentence.text), lex)) is not None


def _tells_gathering(sentence: Sentence, lex: Lexicon) -> bool:
    """A sentence with an interaction's trigger and a gathering's noun: "ont tenu, par
    visioconférence, une session extraordinaire", "le mini-sommet ... tenu à Luanda"."""
    named = lex.event_noun_before.search(pattern_text(lex, sentence.text))
    return named is not None and _told(sentence, lex)


def _first_journey(found: _Found, lex: Lexicon) -> re.Match[str] | None:
    """The first travel verb of a clause ("s'est rendu", "doit se rendre"), if any."""
    journeys = [
        match
        for trigger in lex.consult
        if trigger.needs_destination
        for match in trigger.pattern.finditer(found.text)
        if found.span[0] <= match.start() < found.span[1]
    ]
    return min(journeys, key=lambda m: m.start(), default=None)


def _one_per_destination(
    analysis: Analysis,
    mention: ConsultMention,
    journey: re.Match[str],
    gap: int,
    found: _Found,
    lex: Lexicon,
) -> list[ConsultMention]:
    """A journey with several stops is one visit per stop: "doit se rendre en Jordanie puis en
    Turquie", "s'est rendu à Djeddah, puis à Doha"; a stop named before the travel verb counts
    when someone of its state is met there, and the first after it comes close ("une visite qui
    clôt une tournée l'ayant conduit au Guatemala": stops of the tour, not of this visit)."""
    persons = _persons_told(analysis, mention)
    travellers = _travellers(mention, persons)
    traveller = travellers[0] if travellers else None
    home = analysis.country(traveller) if traveller else None
    met = _countries(analysis, mention.parties)
    stops: dict[str, Place] = {}
    places = analysis.places_in(mention.sentence)
    for place in places:
        if place.country in (None, home) or not found.in_clause(place.start):
            continue
        if place.start < journey.start() and place.country not in met:
            continue  # "reçu en Mauritanie par le président X, avant de se rendre en Gambie"
        left = folded(mention.sentence.text[max(0, place.start - DEPARTURE_REACH) : place.start])
        if lex.departure.search(left):
            continue  # "arrivé à Khartoum en provenance de Tel-Aviv": where from, no stop
        last = list(stops.values())[-1].end if stops else journey.end()
        if place.start > journey.start() and place.start - last > gap:
            break  # "en visite en France, il a évoqué la situation au Mali": a topic, no stop
        between = folded(mention.sentence.text[last : place.start])
        if place.start > journey.start() and (
            lex.since_anywhere.search(between) or lex.anchor_anywhere.search(between)
        ):
            break  # "sa première visite en Inde depuis le sommet de Goa", "le jour même de
            # l'arrivée de Wang Yi à Honiara": a time, no stop
        if place.start > journey.start() and lex.object_relative.search(between):
            legs = {p.country for p in places if p.start >= place.start} - set(stops)
            states = {k for k in mention.parties if analysis.country(k) in legs}
            mention = _visit_without(analysis, mention, states - persons)
            break  # "attendu à Nairobi, au terme d'un périple qui l'avait conduit au Ghana"
        stops.setdefault(place.country, place)
    if traveller is None or len(stops) < 2:
        return [_without_stages(analysis, mention, travellers, persons)]
    visits = []
    for country, place in stops.items():
        host = next((k for k in mention.parties if analysis.country(k) == country), country)
        date, date_text = date_in(
            analysis.without_dateline(mention.sentence),
            analysis.published,
            analysis.doc.language,
            place.start,
        )  # "mardi à Djeddah, ... mercredi à Dubaï": each stop its own day
        visits.append(
            replace(
                mention,
                parties=(*travellers, host),
                mode="visit" if len(travellers) == 1 else "multilateral",
                place=place,
                date=date or mention.date,
                date_text=date_text or mention.date_text,
            )
        )
    return visits


def _visit_without(
    analysis: Analysis, mention: ConsultMention, others: set[str], source: str | None = None
) -> ConsultMention:
    """The trip without the parties ``others`` (stages or legs of a journey named as states): a
    visit, when two states are left."""
    parties = tuple(k for k in mention.parties if k not in others)
    if not others or len(_countries(analysis, parties)) != 2:
        return mention
    return replace(mention, parties=parties, mode="visit", source=source or mention.source)


def _without_stages(
    analysis: Analysis, mention: ConsultMention, travellers: tuple[str, ...], persons: set[str]
) -> ConsultMention:
    """A state named before the travel verb beside a person who travels is a stage of the
    journey, not a party to this trip: "Le Kenya est la deuxième étape de la tournée de M. Wang,
    qui s'est rendu auparavant en Érythrée"."""
    if not any(k in mention.subjects for k in travellers):
        return mention
    stages = {k for k in mention.subjects if k not in travellers and k not in persons}
    return _visit_without(analysis, mention, stages, travellers[0])


def _travellers(mention: ConsultMention, persons: set[str]) -> tuple[str, ...]:
    """Who makes a journey: the persons named before the travel verb ("Angela Merkel et François
    Hollande s'étaient rendus à Kiev"; "Téhéran est l'étape d'une tournée de Wang Yi, qui s'est
    rendu ..."), else the visitor."""
    named = tuple(k for k in mention.subjects if k in persons)
    return named or ((mention.source,) if mention.source else ())


def _persons_told(analysis: Analysis, mention: ConsultMention) -> set[str]:
    """The keys a mention's sentence names persons by, a title standing for one ("le dirigeant
    russe")."""
    return {m.key for m in analysis.mentions_in(mention.sentence) if _is_person(analysis, m)}


def with_companions(
    mention: ConsultMention, previous: ConsultMention, analysis: Analysis
) -> list[ConsultMention]:
    """ "Jeudi, X et Y ont été reçus à Jérusalem par le président israélien. Ils se sont ensuite
    entretenus avec Benjamin Netanyahu": "ils", "les deux hommes" are those who went together in
    the mention before, its parties less the host; with whom they met now, they are the parties.
    Met in turn ("avait reçu séparément les deux dirigeants"), each meets them apart."""
    if not mention.grouped or _group_named_before(mention, analysis):
        return [mention]
    companions = (
        previous.companions
        or (previous.subjects if len(previous.subjects) > 1 else ())
        or tuple(k for k in previous.parties if analysis.country(k) != previous.place_country)
    )
    met = _countries(analysis, mention.parties)
    met_before = tuple(k for k in previous.parties if named_person(k))
    if _joined_by_delegates(mention, met_before, analysis):
        return [_with_parties(analysis, mention, (*met_before, *mention.parties))]
    if len(companions) < 2 or not met or met & _countries(analysis, companions):
        return [mention]
    if mention.in_turn:
        return [
            replace(
                _with_parties(analysis, mention, (companion, *mention.parties)),
                source=companion,
                anaphoric=False,
                companions=companions,
            )
            for companion in companions
        ]
    joined = _with_parties(analysis, mention, (*companions, *mention.parties))
    return [replace(joined, source=companions[0], anaphoric=False, companions=companions)]


def _joined_by_delegates(
    mention: ConsultMention, pair: tuple[str, ...], analysis: Analysis
) -> bool:
    """Whether all those "les deux chefs d'Etat" (``pair``, the persons who met before) are told
    with are named after a word of joining, each of one of the pair's states ("suivi d'un déjeuner
    de travail auquel ont pris part le ministre X et son homologue Y"): their delegations, at the
    same meeting, not another meeting of theirs."""
    sentence = mention.sentence
    cue = load_lexicon(analysis.doc.language).joiner_anywhere.search(folded(sentence.text))
    persons = {k for k in mention.parties if named_person(k)}
    if cue is None or not persons or sum(map(named_person, pair)) < 2:
        return False
    joining = {
        m.key for m in analysis.mentions_in(sentence) if m.start - sentence.start > cue.end()
    }
    return persons <= joining and _countries(analysis, tuple(persons)) <= _countries(analysis, pair)


def _group_named_before(mention: ConsultMention, analysis: Analysis) -> bool:
    """Whether "les deux hommes" are two persons of the meeting its own sentence names before
    it ("X avait été reçu par Y à Sotchi, où les deux hommes se sont entretenus"), not those
    told in the sentence before."""
    sentence = mention.sentence
    group = load_lexicon(analysis.doc.language).groups.search(folded(sentence.text))
    if group is None:
        return False
    before = {
        m.key
        for m in analysis.mentions_in(sentence)
        if m.start - sentence.start < group.start() and m.key in mention.parties
    }
    return sum(map(named_person, before)) >= 2


def _same_time(a: str | None, b: str | None) -> bool:
    """Whether two dates or periods may be the same time, at the coarser one's precision."""
    if not a or not b:
        return True
    size = min(len(a), len(b))
    return a[:size] == b[:size]


def _compatible(
    a: ConsultMention,
    b: ConsultMention,
    analysis: Analysis,
    met: frozenset[str] = frozenset(),
    gathering: bool = False,
) -> bool:
    """Whether ``b`` tells the interaction ``a`` leads, whose accounts so far name the persons
    ``met`` ("Il y a été reçu par le président Zelensky": a later "s'est entretenu avec son
    homologue Denys Chmyhal" is another meeting) and tell an organisation's ``gathering``."""
    if not _same_time(a.date or a.period, b.date or b.period) and not _one_stay(a, b, analysis):
        return False  # "Le 10 mars, il avait réuni à Antalya ...", "en décembre 2018": another
    if {a.mode, b.mode} & REMOTE and {a.mode, b.mode} & IN_PERSON:
        return False  # "reçu au Kremlin", then "a téléphoné depuis Tbilissi": two contacts
    pa = {k for k in a.parties if named_person(k)} | met
    pb = {k for k in b.parties if named_person(k)}
    nested = pa <= pb or pb <= pa
    told_again = b.anaphoric or (b.grouped and not b.companions)  # "les deux présidents ..."
    ca, cb = _countries(analysis, a.parties), _countries(analysis, b.parties)
    hosted = _group_met_host(b) and not b.delegations  # not "en présence du ministre X"
    if hosted and not cb <= ca:
        return False  # "Le tandem a été accueilli à Ramallah par X": another host, another meeting
    if b.set_against and not told_again and len(pa) > 1:  # "Plus tôt dans la journée, il
        return False  # s'était entretenu avec Y", "En soirée, X a réuni ..."; not "arrivé hier
    # à Abuja. En début de soirée, il s'est entretenu avec X": the meeting of that visit
    if told_again and b.status == a.status:  # "la rencontre", "les entretiens": the one reported,
        alone = len(cb) < 2 and cb <= ca  # "l'ambassadeur ..., avant la visite": of a side of it
        if nested or ((b.delegations or alone) and not pa & pb):  # its delegations, not others
            return True
        if b.delegations and _countries(analysis, tuple(pb - pa)) <= ca:
            return True  # "Les deux hommes se sont entretenus, en présence du ministre nigérian X"
        return _visit_commented(a, b, analysis)
    if a.status != b.status and not _one_stay(a, b, analysis):
        return False  # "a été reçu lundi", then "doit être reçu en mai"
    if not (ca <= cb or cb <= ca):  # "sous l'égide du Qatar" adds a party
        return False
    if len(ca) > 2 and len(cb) == 2:
        return False  # two of a meeting's parties, told with a verb of their own: another
    if gathering and len(pb) == 2:  # "la réunion de l'Asean s'est achevée à Phnom Penh",
        return False  # then "X s'est entretenu avec Y": a meeting on its margins
    if a.place_country in ca and len(ca) == 2 and _names_three(analysis, pb):
        return False  # "X a reçu Y à Séoul", then "X, Y et Z se sont réunis": the summit
    if len(ca) == 2 and len(cb) > 2 and _two_cities(a, b):
        return False  # "A Doha, il a été reçu par l'émir", then "les six pays du CCG, à Riyad"
    return nested or not _other_persons(analysis, pa, pb)  # another counterpart, another meeting


def _two_cities(a: ConsultMention, b: ConsultMention) -> bool:
    """Whether two accounts place their meetings in two different cities."""
    if a.place is None or b.place is None or a.place.is_country or b.place.is_country:
        return False
    return a.place.name != b.place.name


def _names_three(analysis: Analysis, persons: set[str]) -> bool:
    """Whether an account names persons of three states or more: a gathering of its own."""
    return len(_countries(analysis, tuple(persons))) > 2


def _visit_commented(a: ConsultMention, b: ConsultMention, analysis: Analysis) -> bool:
    """Whether "la visite" told again is the visit told before, though the sentence names a
    person of one side who was not at it: one who comments on it ("le porte-parole du
    gouvernement a jugé la visite utile") or an earlier leader it is set against."""
    if b.mode != "visit" or a.mode not in ("visit", None) or not _one_side_named(analysis, b):
        return False
    return _countries(analysis, b.parties) <= _countries(analysis, a.parties)


def _one_stay(a: ConsultMention, b: ConsultMention, analysis: Analysis) -> bool:
    """Whether two visits told on following days are one stay: the president landed on
    Sunday evening and was welcomed at the airport, then "s'est entretenu lundi avec son
    homologue". One of them names a state without its person (the arrival, the
    ceremony); two persons met on two days are two meetings, two cities two stops (a state and a
    city are one place). A stay told as begun may hold a meeting still planned (_begun_stay)."""
    modes = {a.mode, b.mode}
    if "visit" not in modes or modes - {"visit", None}:
        return False
    if not (a.date and b.date) or len(a.date) < 10 or len(b.date) < 10:
        return False  # two days are needed, not a month
    if a.status != b.status and not _begun_stay(a, b, analysis):
        return False
    cities = a.place and b.place and not (a.place.is_country or b.place.is_country)
    if cities and a.place.name != b.place.name:
        return False  # "avant de se rendre jeudi à Tlemcen": another stop of the stay
    if abs(dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)) > dt.timedelta(days=1):
        return False
    countries = _countries(analysis, a.parties)
    if len(countries) != 2 or countries != _countries(analysis, b.parties):
        return False
    return _one_side_named(analysis, a) or _one_side_named(analysis, b)


def _begun_stay(a: ConsultMention, b: ConsultMention, analysis: Analysis) -> bool:
    """Whether a stay told as begun holds what is planned for a day of it: one of the two names
    a state and no person, either the stay ("entame ce mardi une visite de deux jours en
    Hongrie", then "Il doit s'entretenir mercredi avec le Premier ministre") or its sequel
    ("reçue jeudi à Dakar par son homologue", then "doit poursuivre sa visite vendredi par une
    rencontre avec des chefs d'entreprise")."""
    begun, planned = (a, b) if a.status == "occurred" else (b, a)
    if planned.status != "planned" or begun.date is None or planned.date is None:
        return False
    if begun.date > planned.date:
        return False
    if _one_side_named(analysis, begun):
        return True
    stop = planned.place and not planned.place.is_country  # "doit se rendre mardi à Makassar"
    return not stop and _one_side_named(analysis, planned)


def _one_side_named(analysis: Analysis, mention: ConsultMention) -> bool:
    """Whether an account names persons of one side at most (the arrival, "entame une visite en
    Hongrie"): the other is a state."""
    return len(_countries(analysis, tuple(filter(named_person, mention.parties)))) < 2


def _other_persons(analysis: Analysis, a: set[str], b: set[str]) -> bool:
    """Whether two accounts name different persons for one country ("reçu par le président
    Zelensky", then "avec son homologue Denys Chmyhal"), not merely persons of different ones
    ("Barrot et Baerbock se sont rendus à Damas", then "reçus par Ahmed al-Charaa")."""
    countries = {analysis.country(k) for k in a} & {analysis.country(k) for k in b}
    return any(
        not {k for k in a if analysis.country(k) == c} & {k for k in b if analysis.country(k) == c}
        for c in countries
    )


def _lead(group: list[ConsultMention]) -> ConsultMention:
    """The group's first mention, dated by the first of its mentions that gives a date, with the
    parties of the one that names the most ("SM le Roi reçoit une délégation conduite par X et Y",
    then "le Roi a reçu X et Y")."""
    return replace(
        group[0],
        parties=fullest(group).parties,
        date=next((m.date for m in group if m.date), None),
        period=next((m.period for m in group if m.period), None),
    )


def fullest(group: list[ConsultMention]) -> ConsultMention:
    """The account of an interaction that names the most persons, and of those the most parties
    ("l'Arabie saoudite et l'Iran conviennent ...", then "les pourparlers entre Moussaed al-Aiban
    et Ali Shamkhani": the persons; "reçu par son homologue X", then "une visite qui intervient
    avant des manœuvres entre A, B et C": the states of another clause are not its parties)."""
    return max(group, key=lambda m: (sum(map(named_person, m.parties)), len(m.parties)))


def merge_mentions(
    mentions: list[ConsultMention], analysis: Analysis
) -> list[list[ConsultMention]]:
    """Group mentions of one interaction; an anaphoric mention joins the latest group."""
    groups: list[list[ConsultMention]] = []
    for mention in mentions:
        target = next(
            (
                g
                for g in reversed(groups)
                if _compatible(
                    _lead(g), mention, analysis, _persons_met(g), _gathering(g, analysis)
                )
            ),
            None,
        )
        if target is None and (seated := _seated(groups, mention, analysis)):
            target, mention = seated
        if target is not None:
            target.append(mention)
        elif (
            len(_countries(analysis, mention.parties)) >= 2
            or not mention.anaphoric
            or _held(mention, analysis)
        ):
            groups.append([mention])  # "L'entretien entre X et Y a porté sur ...", told first
        elif paired := _anaphora_paired(mention, groups, analysis):
            groups.append([paired])
    return groups


def _gathering(group: list[ConsultMention], analysis: Analysis) -> bool:
    """Whether a group's accounts tell an organisation's gathering."""
    return any(_held(m, analysis) for m in group)


def _held(mention: ConsultMention, analysis: Analysis) -> tuple[str, ...]:
    """The organisations whose gathering an account tells ("le sommet du Mercosur s'est tenu
    lundi à Asunción"): its table may be told next."""
    if mention.mode != "multilateral":
        return ()
    return tuple(k for k in mention.parties if _for_organisation(analysis, k))


def _seated(
    groups: list[list[ConsultMention]], mention: ConsultMention, analysis: Analysis
) -> tuple[list[ConsultMention], ConsultMention] | None:
    """A gathering's table told in the next sentence, or a few sentences on when it says so
    ("autour de la table", `table_cues`): "Les dirigeants de l'OCS sont réunis à Bichkek", then
    "Autour de la table, Xi Jinping retrouve Vladimir Poutine, le Kazakh ... et leur hôte": the
    leaders it lists are the gathering's, which the organisation holds."""
    if (
        not groups
        or mention.mode != "multilateral"
        or len(_countries(analysis, mention.parties)) < 3
    ):
        return None
    group = groups[-1]
    lead = _lead(group)
    if not (held := _held(lead, analysis)):
        return None
    if mention.status != lead.status or not _same_time(lead.date, mention.date):
        return None
    if mention.place and lead.place and mention.place.name != lead.place.name:
        return None
    last = group[-1].index
    next_one = mention.index == last + 1 and analysis.one_paragraph(last, mention.index)
    table = load_lexicon(analysis.doc.language).table.match(folded(mention.sentence.text))
    if not (next_one or (table and mention.index - last <= ATTENDANCE_REACH)):
        return None
    return group, replace(mention, parties=(*held, *mention.parties))


def _anaphora_paired(
    mention: ConsultMention, groups: list[list[ConsultMention]], analysis: Analysis
) -> ConsultMention | None:
    """An anaphoric mention that joins no group, given the parties it speaks of: the main pair
    for the next meeting of "les deux ministres" or for those "X réunira" ("les deux"), the
    salient pair for "Les deux dirigeants se sont rencontrés" told first or "... ont été reçus
    par X"."""
    if (mention.next_meeting or mention.convened) and (
        paired := _with_main_pair(mention, groups, analysis)
    ):
        return paired
    if not groups or _group_met_host(mention):
        return _with_salient_pair(mention, analysis)
    if mention.grouped and mention.mode and (pair := _pair_told_before(mention, analysis)):
        return _paired(mention, pair, analysis)
    if guest := _visit_guest(mention, groups, analysis):
        return _paired(mention, (guest, *mention.parties), analysis)
    return None


def _visit_guest(
    mention: ConsultMention, groups: list[list[ConsultMention]], analysis: Analysis
) -> str | None:
    """The guest of the visit last told, for a meeting that names one person of the host state
    and no one else ("Le programme de la visite prévoit vendredi un entretien avec le Premier
    ministre X")."""
    named = [k for k in mention.parties if named_person(k)]
    if len(named) != 1 or len(mention.parties) != 1 or mention.mode not in (None, "visit"):
        return None  # not "la réunion du Conseil, sous la présidence de M. Xi": a gathering
    sentence = mention.sentence
    met = next((m for m in analysis.mentions_in(sentence) if m.key == named[0]), None)
    between = sentence.text[mention.trigger : met.start - sentence.start] if met else ""
    visits = [_lead(g) for g in groups if _lead(g).mode == "visit" and _lead(g).place]
    with_them = load_lexicon(analysis.doc.language).met_with.search(folded(between))
    if not (visits and with_them) or analysis.country(named[0]) != visits[-1].place_country:
        return None  # "un entretien avec X", not "sous la présidence de X"
    lead = visits[-1]
    guests = [k for k in lead.parties if analysis.country(k) != lead.place_country]
    return guests[0] if len(guests) == 1 else None


def _pair_told_before(mention: ConsultMention, analysis: Analysis) -> tuple[str, ...]:
    """The two persons of two states the sentence before names, in the same paragraph, for "les
    deux chefs d'Etat" told of no meeting before, and how they met ("une lettre du président
    Erdoğan à Vladimir Poutine. Mercredi, les deux chefs d'Etat se sont parlé au téléphone")."""
    index = mention.index
    if index == 0 or not analysis.one_paragraph(index - 1, index):
        return ()
    persons = dict.fromkeys(
        m.key
        for m in analysis.mentions_in(analysis.sentences[index - 1])
        if analysis.actors.entity(m.key).type == "person"
    )
    return tuple(persons) if len(_countries(analysis, tuple(persons))) == len(persons) == 2 else ()


def _group_met_host(mention: ConsultMention) -> bool:
    """ "Les deux dirigeants ont été reçus par X": a group told meeting a person named after the
    trigger (not the teller before it: "a déclaré X, précisant que les deux parties ...")."""
    met = (k for k in mention.parties if named_person(k) and k not in mention.subjects)
    return mention.grouped and not mention.next_meeting and any(met)


def _persons_met(group: list[ConsultMention]) -> frozenset[str]:
    """The named persons the accounts of a group name as parties, all accounts together, but
    those only said to be present ("l'audience s'est déroulée en présence du ministre X": X may
    still have a meeting of his own)."""
    return frozenset(
        k
        for m in group
        if not (m.anaphoric and m.delegations)
        for k in m.parties
        if named_person(k)
    )


def _with_main_pair(
    mention: ConsultMention, groups: list[list[ConsultMention]], analysis: Analysis
) -> ConsultMention | None:
    """A next meeting announced for "les deux ministres" is between the document's main pair,
    one for "les quatre dirigeants" between the first gathering of four."""
    lex = load_lexicon(analysis.doc.language)
    group = lex.groups.search(folded(mention.sentence.text))
    size = (lex.clauses.group_size(group.group(0)) if group else None) or 2
    pair = next((p for g in groups if len(_countries(analysis, p := _lead(g).parties)) == size), ())
    return _paired(mention, pair, analysis) if pair else None


def _paired(mention: ConsultMention, pair: tuple[str, ...], analysis: Analysis) -> ConsultMention:
    """An anaphoric mention given its parties: a place in one's state makes a meeting of two a
    visit; more than two make it multilateral. A group told with whom it met ("les deux
    dirigeants ont été reçus par X") keeps X."""
    if mention.grouped:
        known = _countries(analysis, pair)
        hosts = (k for k in mention.parties if named_person(k) and analysis.country(k) not in known)
        pair = (*pair, *hosts)
    countries = _countries(analysis, pair)
    mode = "visit" if mention.place_country in countries else mention.mode
    mode = "multilateral" if len(countries) > 2 else mode
    visitor = next((k for k in pair if analysis.country(k) != mention.place_country), pair[0])
    source = visitor if mode == "visit" else pair[0]
    return replace(mention, parties=pair, source=source, anaphoric=False, mode=mode)


def _body(analysis: Analysis) -> int:
    """Where the body begins: after the headline and the lines of date and byline, at the first
    sentence that ends as a sentence does."""
    return max(_headline(analysis), 1)


def _headline(analysis: Analysis) -> int:
    """How many sentences the headline and the lines before the body are: none when the text
    opens on a sentence."""
    ends = (i for i, s in enumerate(analysis.sentences) if s.text.rstrip()[-1:] in SENTENCE_ENDS)
    return next(ends, 0)


def lead_sentences(analysis: Analysis) -> int:
    """How many sentences open a document up to the end of its lead."""
    return _body(analysis) + LEAD_SENTENCES - 1


def lead_tells(analysis: Analysis, told: list[int]) -> bool:
    """Whether the lead tells an interaction its sentences ``told`` (in order) tell: the first
    past the headline, which may sum up two stories ("accords signés à Rabat, le Roi
    s'entretient au téléphone avec X") of which the lead tells one and the body the other."""
    body = [i for i in told if i >= _headline(analysis)]
    return (body or told)[0] <= lead_sentences(analysis)


def lead_date(analysis: Analysis, told: int) -> tuple[str | None, str | None]:
    """The date of a news lead: the first sentences' date is the date of what they report, up
    to the first of the body or the sentence ``told`` that tells the interaction, whichever comes
    later (a sentence after may date something else: "la visite de X à Beyrouth. Mardi, le
    Premier ministre a estimé ...")."""
    last = min(lead_sentences(analysis), max(told, _body(analysis)) + 1)
    lex = load_lexicon(analysis.doc.language)
    for sentence in analysis.sentences[:last]:
        said = analysis.without_dateline(sentence)
        date, text = date_in(said, analysis.published, analysis.doc.language)
        if text and _arrival_aside(folded(said), folded(text), lex):
            return None, None  # "X, arrivé dimanche soir, a rencontré Y": no day of the meeting
        if text:
            return date, text
    return None, None


def story_place(analysis: Analysis, countries: set[str] | None = None) -> Place | None:
    """Where the story takes a meeting no sentence of it places: the one city in one of
    ``countries`` that the headline names ("Merkel à Belgrade"), else the dateline's there
    ("BELGRADE, 23 août (AFP)"), else the lead's, if it names exactly one there. Without
    ``countries``, the one city the headline names ("Le sommet de l'OTAN s'ouvre à Madrid"): a
    dateline says where the story was filed, and the lead may name what the meeting was about
    ("la situation à Gaza")."""
    headline = one_city(_places_told(analysis, _headline(analysis), countries))
    if countries is None or headline:
        return headline
    city = dateline_place(analysis.doc.text, analysis.doc.language)
    if city and city.country in countries:
        return city
    return one_city(_places_told(analysis, lead_sentences(analysis), countries))


def _places_told(analysis: Analysis, told: int, countries: set[str] | None) -> list[Place]:
    """The places the first ``told`` sentences name, in one of ``countries`` if given."""
    places = (p for s in analysis.sentences[:told] for p in analysis.places_in(s))
    return [p for p in places if countries is None or p.country in countries]


def one_city(places: Sequence[Place | None]) -> Place | None:
    """The one city among some places, if only one: a state named beside it does not count, nor
    a region ("le cessez-le-feu dans le Donbass": what the summit was about)."""
    cities = {p.name: p for p in places if p and not p.is_country and not is_region(p)}
    return next(iter(cities.values())) if len(cities) == 1 else None


def _with_salient_pair(mention: ConsultMention, analysis: Analysis) -> ConsultMention | None:
    """An anaphoric mention alone ("lors de la rencontre") takes the two persons the document is
    about: of the two states whose persons it names most, each more often than those of a third
    state and twice at least, the person named most (the first of those named as often)."""
    counts = Counter(
        m.key for m in analysis.actors.mentions if analysis.actors.entity(m.key).type == "person"
    )  # in order of first mention, which breaks ties
    totals: Counter[str] = Counter()
    for key, count in counts.items():
        if country := analysis.country(key):
            totals[country] += count
    ranked = [c for c, _ in totals.most_common(3)]
    if len(ranked) < 2 or totals[ranked[1]] < SALIENT:
        return None
    if len(ranked) > 2 and totals[ranked[1]] <= totals[ranked[2]]:
        return None  # no two states stand out
    pair = tuple(
        max((k for k in counts if analysis.country(k) == c), key=counts.__getitem__)
        for c in ranked[:2]
    )
    return _paired(mention, pair, analysis)
