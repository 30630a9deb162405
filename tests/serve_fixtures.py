"""Fixtures for the serve tests: one store built from examples/articles per session, plus a hostile
document whose text, title and URL try to inject markup, and the apps and server over that store.

Test modules load these with ``pytest_plugins = ["serve_fixtures"]`` and take the hostile document
and the token as fixtures too, so that nothing imports this module before pytest rewrites it.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import entente
from entente.records import Document

EXAMPLES = Path(__file__).parents[1] / "examples" / "articles"
SCRIPT = "<script>alert(1)</script>"
HOSTILE = Document(
    id="https://example.org/2023/03/01/chine-russie?id=1&x=<b>",
    title="<script>alert('title')</script> Pékin et Moscou",
    url="javascript:alert('url')",
    text=(
        "PARIS, 3 mars 2023 (AFP) - Le ministre chinois des Affaires étrangères, Wang Yi, s'est "
        "entretenu par téléphone mercredi avec son homologue russe Sergueï Lavrov "
        f"{SCRIPT} sur la situation internationale.\n\n"
        "Les deux ministres ont évoqué <b>la coopération</b> entre leurs pays."
    ),
)
TOKEN = "s3cret-token"


@pytest.fixture(scope="session")
def hostile() -> Document:
    return HOSTILE


@pytest.fixture(scope="session")
def token() -> str:
    return TOKEN


@pytest.fixture(scope="session")
def serve_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[entente.Store]:
    """The sample corpus and the hostile document in a fresh SQLite store (about 20 s)."""
    path = tmp_path_factory.mktemp("serve") / "entente.db"
    with entente.Store(path, create=True) as store:
        summary = store.ingest([EXAMPLES, HOSTILE])
        assert summary.failed == 0 and summary.new == summary.read
        yield store


@pytest.fixture(scope="session")
def hostile_event(serve_store: entente.Store) -> int:
    """The id of the event read from the hostile document's sentence with a script tag."""
    spans = serve_store.document(HOSTILE.id).spans
    assert spans, "the hostile document should yield an event"
    return spans[0][2]


@pytest.fixture(scope="session")
def client(serve_store: entente.Store):
    from fastapi.testclient import TestClient

    from entente.serve import create_app

    return TestClient(create_app(serve_store))


@pytest.fixture(scope="session")
def writer_client(serve_store: entente.Store):
    """A client of an app started with a token: POST /api/documents exists."""
    from fastapi.testclient import TestClient

    from entente.serve import create_app

    return TestClient(create_app(serve_store, token=TOKEN))


@pytest.fixture(scope="session")
def live_server(serve_store: entente.Store) -> Iterator[str]:
    """The real server (uvicorn) on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    from entente.serve import create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(serve_store), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    sock.close()
