"""`make bench`: documents per second and peak memory of entente against bare spaCy.

Generates a corpus of wire-style French documents from templates and knowledge-base actors, then
times, each in its own process (so peak memory is that run's alone): bare ``nlp.pipe`` of the same
spaCy model over the same texts, and ``entente.extract_many`` end to end. Model loading is not
timed. The share of time the actor stage takes is reported too.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = json.loads((ROOT / "tools" / "bench_templates.json").read_text(encoding="utf-8"))
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]


def _people() -> list[dict]:
    from entente.kb import load_kb
    from entente.lang import load_json

    kb = load_kb("fr")
    states = load_json("fr", "kb/states.json")
    people = []
    for entity in kb.by_type("person"):
        local = states.get(entity.country or "", {})
        office = next((o for o in entity.offices if o.role == "minister of foreign affairs"), None)
        if office and local.get("demonyms") and local.get("names") and kb.state(entity.country):
            people.append(
                {
                    "name": entity.name,
                    "last": entity.name.split()[-1],
                    "adj": local["demonyms"][0],
                    "country": local["names"][0],
                    "city": local.get("capital", ""),
                }
            )
    return people


def generate(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    people = _people()
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            a, b = rng.sample(people, 2)
            values = {
                "a": a["name"],
                "b": b["name"],
                "a_last": a["last"],
                "b_last": b["last"],
                "a_title": f"Le ministre {a['adj']} des Affaires étrangères",
                "b_title": f"son homologue {b['adj']}",
                "A_adj": a["adj"] + "s",
                "B_adj": b["adj"] + "s",
                "A_name": a["country"],
                "B_name": b["country"],
                "city": a["city"] or "la capitale",
                "day": rng.choice(WEEKDAYS),
            }
            lead = rng.choice(TEMPLATES["leads"]).format(**values)
            body = [s.format(**values) for s in rng.sample(TEMPLATES["body"], 6)]
            text = (
                f"{a['city'].upper() or 'AGENCE'}, {rng.randint(1, 28)} mars 2024 (Agence) - {lead}\n"
                + "\n".join(body)
            )
            out.write(
                json.dumps({"id": f"bench-{number:05d}", "text": text}, ensure_ascii=False) + "\n"
            )


def _texts(path: Path):
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)["text"]


def run_spacy(path: Path) -> dict:
    from entente.nlp import load_model

    nlp = load_model("fr")
    start = time.perf_counter()
    count = sum(1 for _ in nlp.pipe(_texts(path), batch_size=64))
    return {"documents": count, "seconds": time.perf_counter() - start}


def run_entente(path: Path) -> dict:
    import entente
    import entente.pipeline as pipeline
    from entente.nlp import load_model

    load_model("fr")
    entente.extract("Le ministre a parlé.")  # load the knowledge base and lexicons before timing
    spent = [0.0]
    resolve = pipeline.resolve_actors

    def timed_resolve(*args, **kwargs):  # the actor stage, timed without a profiler's overhead
        start = time.perf_counter()
        try:
            return resolve(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    pipeline.resolve_actors = timed_resolve
    start = time.perf_counter()
    count = sum(1 for _ in entente.extract_many(entente.read(str(path))))
    seconds = time.perf_counter() - start
    return {"documents": count, "seconds": seconds, "actor_share": spent[0] / seconds}


def _child(kind: str, path: Path) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, path = args.child
        result = (run_spacy if kind == "spacy" else run_entente)(Path(path))
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    folder = ROOT / "bench-data"
    folder.mkdir(exist_ok=True)
    corpus = folder / f"corpus-{args.documents}.jsonl"
    if not corpus.exists():
        generate(corpus, args.documents)
    words = sum(len(t.split()) for t in _texts(corpus))
    print(f"corpus: {args.documents} documents, {words} words ({corpus})")
    for name, kind in (
        ("bare spaCy nlp.pipe (fr_core_news_md)", "spacy"),
        ("entente extract_many", "entente"),
    ):
        r = _child(kind, corpus)
        line = (
            f"{name:40s} {r['documents'] / r['seconds']:8.1f} docs/s  peak {r['peak_mb']:7.0f} MB"
        )
        if "actor_share" in r:
            line += f"  actor stage {100 * r['actor_share']:.1f}% of time"
        print(line)


if __name__ == "__main__":
    main()
