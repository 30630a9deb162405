"""Running the pipeline in several processes, each loading the model once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from entente.pipeline import BATCH_DOCUMENTS, Options, run
from entente.records import Document, Extraction, Failure


def _run_chunk(args: tuple[list[Document | Failure], Options]) -> list[Extraction | Failure]:
    chunk, options = args
    return list(run(chunk, options))


def run_parallel(
    documents: Iterable[Document | Failure], options: Options, n_process: int
) -> Iterator[Extraction | Failure]:
    """Chunks of documents go to worker processes; results come back in input order.

    At most ``2 * n_process`` chunks are in flight, so memory stays bounded however long the stream.
    """
    stream = iter(documents)
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        pending = []
        while True:
            while len(pending) < 2 * n_process and (chunk := list(islice(stream, BATCH_DOCUMENTS))):
                pending.append(pool.submit(_run_chunk, (chunk, options)))
            if not pending:
                return
            yield from pending.pop(0).result()
