"""Statements: who said what stance toward whom (AGREE, SUPPORT, REQUEST, ACCUSE, ...).

The trigger comes from the lexicon; its source is read from the parse (the subject of the trigger or
of the verb it depends on), with pronouns and "a-t-il dit" resolved to the current speaker; its
target is the first actor after the trigger that is not the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from entente.events.context import Analysis
from entente.events.lexicon import (
    Clauses,
    Lexicon,
    StatementRule,
    folded,
    load_lexicon,
    negated,
    pattern_text,
)
from entente.kb import load_kb
from entente.records import EventRecord, Evidence
from entente.time.event_dates import date_in, on_or_before

SUBJECTS = frozenset({"nsubj"})  # with its subtypes: "nsubj:pass"
CLIMB = frozenset(
    {
        "xcomp",
        "conj",
        "acl",
        "advcl",
        "amod",
        "cop",
        "aux",
        "obl",
        "obj",
        "nmod",
        "mark",
        "case",
        "det",
    }
)
INVERTED_WINDOW = 120
ADJACENT = 6
PartiesAt = tuple[tuple[int, tuple[str, ...]], ...]  # (sentence index, an interaction's parties)
Told = tuple[tuple[str, ...], ...]  # the parties of the interactions told so far, latest first
GOVERNOR_REACH = 3
TARGET_REACH = 150  # a target further from its trigger belongs to another clause
# what partners of a joint subject address to a third, never to each other ("ont appelé à la fin
# des hostilités", "ont condamné l'attaque")
ADDRESSED_BEYOND = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"})


@dataclass
class _Speaker:
    """The person whose words the text is reporting, carried from sentence to sentence."""

    key: str | None = None


def _clauses(analysis: Analysis) -> Clauses:
    return load_lexicon(analysis.doc.language).clauses


def _trigger_span(parse: Doc, match: re.Match[str]) -> Span | None:
    span = parse.char_span(match.start(), match.end(), alignment_mode="expand")
    return span if span is not None and len(span) else None


def _trigger_root(parse: Doc, match: re.Match[str]) -> Token | None:
    """The syntactic head of the trigger's words ("s'est engagé à" -> "engagé")."""
    span = _trigger_span(parse, match)
    return span.root if span is not None else None


def _subject(token: Token) -> Token | None:
    current = token
    for _ in range(5):
        subjects = [c for c in current.children if c.dep_.split(":")[0] in SUBJECTS]
        if subjects:
            return subjects[0]
        if current.dep_.split(":")[0] not in CLIMB or current.head is current:
            return None
        current = current.head
    return None


def _speaker_of(analysis: Analysis, index: int, lex: Lexicon, speaker: _Speaker) -> str | None:
    """The person reported in this sentence: "a déclaré M. Wang", "M. Wang a indiqué", "a-t-il dit"."""
    sentence = analysis.sentences[index]
    text = folded(sentence.text)
    mentions = analysis.mentions_in(sentence)
    for match in lex.reporting.finditer(text):
        after = [
            m for m in mentions if 0 <= m.start - sentence.start - match.end() < INVERTED_WINDOW
        ]
        before = [m for m in mentions if m.end - sentence.start <= match.start()]
        persons = [m for m in after + before[-1:] if _is_person(analysis, m.key)]
        if persons:
            speaker.key = persons[0].key
            return speaker.key
        if match.group().startswith("selon") and after:
            return after[0].key  # "Selon Téhéran, ...": a state speaks, for this sentence only
        if speaker.key is None:  # "a-t-il dit" with no one quoted yet: whom the story is about
            speaker.key = analysis.story_subject(index)
    return speaker.key


def _is_person(analysis: Analysis, key: str) -> bool:
    return analysis.actors.entity(key).type == "person"


def _denied_or_negated(lex: Lexicon, text: str, match: re.Match[str]) -> bool:
    """ "n'ont pas l'intention de sanctionner", "a démenti avoir rappelé son ambassadeur" (but
    not "a démenti toute responsabilité et accusé l'armée": a verb of its own)."""
    before = lex.clauses.conjunction.split(text[max(0, match.start() - 30) : match.start()])[-1]
    if lex.negated.search(match.group()):
        return False  # the trigger is itself negative: "ne se laissera pas dicter"
    refused = lex.denial.search(before) or lex.negation.search(before)  # "refuse de condamner"
    return negated(lex, text, match.start(), match.end()) or bool(refused)


def _latest(told: Told, size: int | None = None) -> tuple[str, ...]:
    """The parties of the latest interaction told, of ``size`` parties if given."""
    return next((parties for parties in told if size in (None, len(parties))), ())


def _group(analysis: Analysis, phrase: str, told: Told) -> tuple[str, ...]:
    """The parties a group word stands for: "les deux pays" the latest pair told, "les trois
    dirigeants" the latest gathering of three, "ils" the latest of any size."""
    return _latest(told, _clauses(analysis).group_size(phrase))


def _subject_keys(analysis: Analysis, index: int, subject: Token, told: Told) -> list[str]:
    """The actors a subject phrase names: one, both of a coordination, or the parties of "les
    deux", "les trois"."""
    sentence = analysis.sentences[index]
    head = subject.head if subject.dep_ == "conj" else subject  # "Tokyo et Séoul"
    span = list(head.subtree)
    phrase = folded(" ".join(t.text for t in span))
    if load_lexicon(analysis.doc.language).groups.match(phrase) and (
        group := _group(analysis, phrase, told)
    ):
        return list(group)
    start, end = sentence.start + span[0].idx, sentence.start + span[-1].idx + len(span[-1])
    mentions = analysis.mentions_in(sentence)
    start = _coordinated_start(analysis, mentions, start)
    keys: dict[str | None, str] = {}
    at = sentence.start + subject.idx
    own = [m for m in mentions if m.start <= at < m.end]  # the subject's own word comes first,
    spanned = [m for m in mentions if start <= m.start < end]
    after = [m for m in spanned if m.start >= at]  # then its name ("M. Blinken"), then the rest
    for mention in own + after + spanned:
        keys.setdefault(analysis.country(mention.key), mention.key)
    found = [k for c, k in keys.items() if c is not None]
    joint = " et " in f" {folded(analysis.doc.text[start:end])} "
    return found if joint else found[:1]


def _coordinated_start(analysis: Analysis, mentions: list, start: int) -> int:
    """Where a subject begins once the actors coordinated before it are counted ("Tokyo et ...",
    "Cuba, la Bolivie et le Honduras")."""
    text, coordination = analysis.doc.text, _clauses(analysis).coordination
    for mention in reversed([m for m in mentions if m.end <= start]):
        if coordination.fullmatch(text[mention.end : start]):
            start = mention.start
    return start


def _clause_subject(analysis: Analysis, index: int, match: re.Match[str]) -> list[str]:
    """When the parse finds no subject: the actor named just before the trigger in its clause
    ("Washington accuse Pékin de ..."), with those coordinated before it ("Ottawa et Washington
    ont conclu ...")."""
    sentence = analysis.sentences[index]
    mentions = analysis.mentions_in(sentence)
    before = [m for m in mentions if m.end - sentence.start <= match.start()]
    if not before:
        return []
    gap = sentence.text[before[-1].end - sentence.start : match.start()]
    if _clauses(analysis).gap_break.search(gap):
        return []
    start = _coordinated_start(analysis, before, before[-1].start)
    return list(dict.fromkeys(m.key for m in before if m.start >= start))


def _sources(
    analysis: Analysis,
    index: int,
    parse: Doc,
    match: re.Match[str],
    speaker: str | None,
    told: Told,
) -> list[str]:
    token = _trigger_root(parse, match)
    subject = _subject(token) if token is not None else None
    if subject is None:
        return _clause_subject(analysis, index, match) or ([speaker] if speaker else [])
    if subject.lower_ in _clauses(analysis).plural_pronouns and (latest := _latest(told)):
        return list(latest)
    if subject.lower_ in _clauses(analysis).pronouns:
        previous = analysis.subject_of(index - 1) if index else None
        return [previous] if previous else ([speaker] if speaker else [])
    return _subject_keys(analysis, index, subject, told)


def _target(
    analysis: Analysis, index: int, match: re.Match[str], source_country: str, verbal: bool
) -> str | None:
    """The actor right after the trigger ("a averti l'OTAN"), else the first state or person after
    it that is not the source, else an organisation."""
    sentence = analysis.sentences[index]
    mentions = [
        m
        for m in analysis.mentions_in(sentence)
        if analysis.country(m.key) not in (None, source_country)
    ]
    if verbal and _clauses(analysis).object_clitic.search(
        sentence.text, 0, match.start()
    ):  # "l'accusant de ...": the object named before (but "la fin de ..." is an article)
        before = [m for m in mentions if m.end - sentence.start <= match.start()]
        return before[-1].key if before else None
    after = [m for m in mentions if 0 <= m.start - sentence.start - match.start() <= TARGET_REACH]
    if after and after[0].start - sentence.start - match.end() <= ADJACENT:
        return after[0].key
    states = [m for m in after if analysis.actors.entity(m.key).type != "organization"]
    chosen = (states or after or [None])[0]
    if chosen is None:  # "a déclaré les diplomates rwandais persona non grata": named just before
        clause = _clauses(analysis).clause_break.split(sentence.text[: match.start()])[-1]
        start = sentence.start + match.start() - len(clause)
        before = [
            m for m in mentions if start <= m.start and m.end - sentence.start <= match.start()
        ]
        chosen = before[-1] if before else None  # "ont infligé au Mali des sanctions"
    return chosen.key if chosen else None


def _coordinated(analysis: Analysis, index: int, key: str, source_country: str | None) -> list[str]:
    """The target and the actors coordinated with it: "de la Corée du Sud et des Etats-Unis"."""
    sentence = analysis.sentences[index]
    text = analysis.doc.text
    mentions = analysis.mentions_in(sentence)
    first = next((m for m in mentions if m.key == key), None)
    keys = [key]
    if first is None:  # the counterpart of the interaction, not named in this sentence
        return keys
    for m in mentions[mentions.index(first) + 1 :]:
        if not _clauses(analysis).coordination.fullmatch(text[first.end : m.start]):
            break
        if analysis.country(m.key) not in (None, source_country, *map(analysis.country, keys)):
            keys.append(m.key)  # but not the name after its title: "le haut-commissaire, X"
        first = m
    return keys


def _reported_behaviour(
    analysis: Analysis, index: int, parse: Doc, match: re.Match[str], speaker: str | None
) -> list[tuple[str, str]]:
    """ "certains pays, notamment les Etats-Unis, essaient de faire monter les tensions": the
    speaker accuses the subject of the behaviour."""
    if speaker is None:
        return []
    subjects = _sources(analysis, index, parse, match, None, ())
    country = analysis.country(speaker)
    return [(speaker, s) for s in subjects if analysis.country(s) != country]


def _passive(
    analysis: Analysis, index: int, parse: Doc, match: re.Match[str], told: Told
) -> list[tuple[str, str]] | None:
    """ "L'Afrique du Sud a été accusée par l'ambassadeur des Etats-Unis d'avoir livré des armes":
    a passive stance goes from its agent to its subject (None: no passive with an agent whose
    actors the sentence names)."""
    root = _trigger_root(parse, match)
    if root is None:
        return None
    passive = [c for c in root.children if c.dep_ == "nsubj:pass"]
    agents = [c for c in root.children if c.dep_ == "obl:agent"]
    if not (passive and agents):  # "sont convenus de": a passive form, no agent, their own
        return None
    sources = _subject_keys(analysis, index, agents[0], told)
    targets = _subject_keys(analysis, index, passive[0], told)
    pairs = [(s, t) for s in sources for t in targets if analysis.country(s) != analysis.country(t)]
    return pairs or None


def _dyads(
    analysis: Analysis,
    index: int,
    parse: Doc,
    match: re.Match[str],
    rule: StatementRule,
    speaker: str | None,
    told: Told,
) -> list[tuple[str, str]]:
    """(source, target) keys: the target named after the trigger; for the rules that allow it, a
    joint subject also agrees with itself ("les deux pays sont convenus de ..."), and a lone source
    addresses the counterpart of the document's interaction."""
    if rule.subject_is_target:
        return _reported_behaviour(analysis, index, parse, match, speaker)
    if (passive := _passive(analysis, index, parse, match, told)) is not None:
        return passive
    sources = _sources(analysis, index, parse, match, speaker, told) or (
        [speaker] if speaker else []
    )
    pair = _latest(told, 2)
    if not sources and rule.implicit_target:
        sources = list(pair)  # "Plusieurs accords ont été signés": by the two parties
    joint = {analysis.country(s) for s in sources}
    root = _trigger_root(parse, match)
    verbal = root is None or root.pos_ in ("VERB", "AUX")
    dyads = []
    for source in sources:
        country = analysis.country(source)
        others = [s for s in sources if analysis.country(s) != country]
        if rule.reciprocal and others:  # each partner of a joint subject, toward the others
            dyads.extend((source, o) for o in {analysis.country(o): o for o in others}.values())
            continue
        target = _target(analysis, index, match, country, verbal) if country else None
        if target is not None and len(joint) > 1 and analysis.country(target) in joint:
            target = None  # "rejeter ensemble la politisation": the partners are not the target
        if target is not None:
            dyads.extend((source, t) for t in _coordinated(analysis, index, target, country))
        elif rule.implicit_target and others and rule.type not in ADDRESSED_BEYOND:
            dyads.append((source, others[0]))  # not "ont appelé à la fin des hostilités"
        elif rule.implicit_target and pair and source in pair:
            dyads.append((source, next(k for k in pair if k != source)))
    return dyads


def _event(
    analysis: Analysis,
    index: int,
    rule: StatementRule,
    source: str,
    target: str,
    speaker: str | None,
) -> EventRecord:
    sentence = analysis.sentences[index]
    source_actor = analysis.actor(source)
    state = load_kb(analysis.doc.language).entities.get(analysis.country(source) or "")
    date, date_text = date_in(
        analysis.without_dateline(sentence), analysis.published, analysis.doc.language
    )
    date = on_or_before(date, date_text, analysis.published)
    return EventRecord(
        doc=analysis.doc.id,
        event_type=rule.type,
        mode=None,
        status="occurred",
        source=state.actor() if state and source_actor.type == "person" else source_actor,
        target=analysis.actor(target),
        participants=(),
        speaker=analysis.actor(speaker) if speaker and _is_person(analysis, speaker) else None,
        date=date,
        date_text=date_text,
        location=None,
        cameo=rule.cameo,
        goldstein=rule.goldstein,
        evidence=(Evidence(sentence.text, sentence.start, sentence.end),),
        confidence=0.6 if speaker else 0.5,
    )


def _unreal(lex: Lexicon, text: str, match: re.Match[str]) -> bool:
    """A stance said in a conditional clause or cancelled is not taken: "si l'on nous demande",
    "avait annulé des manœuvres conjointes" (but "a démenti toute responsabilité et accusé
    l'armée": what is cancelled or denied ends at the next verb coordinated)."""
    clause = lex.clauses.clause_break.split(text[: match.start()])[-1] + match.group()
    verb = lex.clauses.conjunction.split(clause)[-1]
    return bool(lex.hypothetical.search(clause) or lex.cancelled.search(verb))


def _lone_noun(parse: Doc, match: re.Match[str]) -> bool:
    """A one-word trigger that is a noun ("un soutien militaire") states no stance by itself."""
    if " " in match.group().strip():
        return False
    root = _trigger_root(parse, match)
    return root is not None and root.pos_ in ("NOUN", "PROPN")


def _opens_on_noun(parse: Doc, match: re.Match[str]) -> bool:
    """ "Au cours de l'appel, ils ont évoqué ... à Gaza": the first word is a noun, not a verb."""
    span = _trigger_span(parse, match)
    return span is not None and span[0].pos_ in ("NOUN", "PROPN")


def _carried_out(lex: Lexicon, rule: StatementRule, parse: Doc, match: re.Match[str]) -> bool:
    """A noun that a verb of action governs states the act: "a annoncé l'expulsion d'un
    diplomate", "ont infligé des sanctions" (but not "s'oppose aux sanctions")."""
    token = _trigger_root(parse, match)
    for _ in range(GOVERNOR_REACH):  # "ont infligé une batterie de sanctions": up to the verb
        if token is None or token.head is token:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return rule.nouns and folded(token.text).startswith(lex.noun_governors)
    return False


def _speaks_for(analysis: Analysis, speaker: str | None, source: str) -> bool:
    """The speaker carries the statement of their own state: "M. Wang a déclaré que la Chine
    était prête à ..." is China's stance in Wang Yi's words."""
    if speaker is None:
        return False
    return speaker == source or analysis.country(speaker) == analysis.country(source)


def _longest_matches(lex: Lexicon, text: str) -> list[tuple[StatementRule, re.Match[str]]]:
    """Every rule's matches, wherever they start, but of matches that overlap the longest wins:
    "a invité son homologue à effectuer une visite" is an invitation, not "a invité" and then an
    appeal ("invité son homologue à")."""
    found = [(rule, m) for rule in lex.statements for m in rule.pattern.overlapping(text)]
    return [
        (rule, m)
        for rule, m in found
        if not any(
            o.start() < m.end()
            and m.start() < o.end()
            and (len(o.group()), -o.start()) > (len(m.group()), -m.start())
            for _, o in found
        )
    ]


def _sentence_events(
    analysis: Analysis, index: int, lex: Lexicon, speaker: _Speaker, told: Told
) -> list[EventRecord]:
    parse = analysis.parses.get(index)
    current = _speaker_of(analysis, index, lex, speaker)
    if parse is None:
        return []
    text = pattern_text(lex, analysis.sentences[index].text)
    events = []
    for rule, match in _longest_matches(lex, text):
        if (
            _denied_or_negated(lex, text, match)
            or (_lone_noun(parse, match) and not _carried_out(lex, rule, parse, match))
            or (rule.verbal and _opens_on_noun(parse, match))
            or _unreal(lex, text, match)
        ):
            continue
        for source, target in _dyads(analysis, index, parse, match, rule, current, told):
            said_by = current if _speaks_for(analysis, current, source) else None
            events.append(_event(analysis, index, rule, source, target, said_by))
    return events


def statement_events(analysis: Analysis, parties_at: PartiesAt = ()) -> list[EventRecord]:
    """Every statement of a document; ``parties_at`` says in which sentences each interaction's
    parties are spoken of ("les deux dirigeants" are those of the latest one told)."""
    lex = load_lexicon(analysis.doc.language)
    speaker = _Speaker()
    events: list[EventRecord] = []
    for index in range(len(analysis.sentences)):
        events.extend(_sentence_events(analysis, index, lex, speaker, _told(parties_at, index)))
    return events


def _told(parties_at: PartiesAt, index: int) -> Told:
    """The parties of the interactions spoken of at or before a sentence, the latest first (the
    main pair, at -1, last)."""
    told = sorted((at, i, parties) for i, (at, parties) in enumerate(parties_at) if at <= index)
    return tuple(dict.fromkeys(parties for _, _, parties in reversed(told) if parties))
