"""Chart data for the dashboard: events by type per period with the mean Goldstein score, from
``Store.timeline`` (for a pair of actors on the dyad page, for the filtered events on the main
page), in the shape Chart.js takes."""

from __future__ import annotations

from collections import Counter

from entente.store import Timeline


def _series(
    labels: list[str], counts: dict[str, Counter], goldstein: dict[str, float | None], words: dict
) -> dict:
    types = sorted({t for c in counts.values() for t in c})
    return {
        "labels": labels,
        "datasets": [
            {"type": t, "label": words["types"].get(t, t), "counts": [counts[p][t] for p in labels]}
            for t in types
        ],
        "goldstein": [goldstein.get(p) for p in labels],
        "goldstein_label": words["ui"]["goldstein_mean"],
    }


def from_timeline(timeline: Timeline, words: dict) -> dict:
    counts = {p.label: Counter(p.counts) for p in timeline.periods}
    scores = {p.label: p.goldstein for p in timeline.periods}
    return _series([p.label for p in timeline.periods], counts, scores, words)
