"""The events stage: interactions and statements, each tied to the sentences that state it."""

from __future__ import annotations

from entente.events.codes import CONSULT_CODES
from entente.events.consult import (
    ConsultMention,
    consult_mention,
    lead_date,
    merge_mentions,
    with_salient_pair,
)
from entente.events.context import Analysis
from entente.events.lexicon import load_lexicon
from entente.events.statements import statement_events
from entente.records import EventRecord, Evidence

__all__ = ["Analysis", "extract_events"]


def _evidence(mentions: list[ConsultMention]) -> tuple[Evidence, ...]:
    seen = dict.fromkeys((m.sentence.text, m.sentence.start, m.sentence.end) for m in mentions)
    return tuple(Evidence(*item) for item in seen)


def _first(values: list):
    return next((v for v in values if v is not None), None)


def _consult_event(group: list[ConsultMention], analysis: Analysis) -> EventRecord:
    told = [m for m in group if not m.anaphoric] or group
    head = max(told, key=lambda m: len(m.parties))  # the account that names the most parties
    mode = (
        head.mode
        or _first([m.mode for m in told if m.mode != "visit"])
        or _first([m.mode for m in told])
    )
    date_mention = next((m for m in group if m.date_text), None)
    date, date_text = (date_mention.date, date_mention.date_text) if date_mention else (None, None)
    if date_text is None and group[0].index < 4:
        date, date_text = lead_date(analysis)
    participants = tuple(analysis.actor(k) for k in head.parties)
    source_key = head.source or head.parties[0]
    target_key = next((k for k in head.parties if k != source_key), None)  # None: one body meets
    cameo, goldstein = CONSULT_CODES[mode]
    confidence = min(0.99, max(m.weight for m in group) * (0.85 + 0.05 * len(group)))
    return EventRecord(
        doc=analysis.doc.id,
        event_type="CONSULT",
        mode=mode,
        status=head.status,
        source=analysis.actor(source_key),
        target=analysis.actor(target_key) if target_key else None,
        participants=participants,
        speaker=None,
        date=date,
        date_text=date_text,
        location=None
        if mode in ("phone", "video")
        else _first([m.location for m in told]),  # in person only
        cameo=cameo,
        goldstein=goldstein,
        evidence=_evidence(group),
        confidence=round(confidence, 2),
    )


def consult_events(analysis: Analysis) -> tuple[list[EventRecord], tuple[str, ...]]:
    """The interactions of a document, and the parties of the first one (its main pair)."""
    lex = load_lexicon(analysis.doc.language)
    mentions = [
        m for i in range(len(analysis.sentences)) if (m := consult_mention(analysis, i, lex))
    ]
    groups = merge_mentions(mentions, analysis)
    if not groups:
        lone = next((m for m in mentions if m.anaphoric), None)
        paired = with_salient_pair(lone, analysis) if lone else None
        groups = [[paired]] if paired else []
    pair = groups[0][0].parties if groups and len(groups[0][0].parties) == 2 else ()
    return [_consult_event(group, analysis) for group in groups], pair


def extract_events(analysis: Analysis) -> tuple[EventRecord, ...]:
    """Every event of a document: its interactions first, then its statements."""
    interactions, pair = consult_events(analysis)
    return tuple(interactions + statement_events(analysis, pair))
