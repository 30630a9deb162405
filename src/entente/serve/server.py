"""Running the application with uvicorn."""

from __future__ import annotations

import socket

import uvicorn

from entente.serve.app import create_app
from entente.store import Store


def url(host: str, port: int) -> str:
    """The address to open in a browser (an IPv6 host goes in brackets)."""
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def listen(host: str = "127.0.0.1", port: int = 8000) -> socket.socket:
    """A socket bound to the address, so that a port in use is an ``OSError`` before the server
    announces anything. Loopback by default: the dashboard shows whatever the store holds, so
    exposing it to other machines is the caller's decision."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def run(store: Store, sock: socket.socket, token: str | None = None) -> None:
    """Serve an open store on a bound socket until interrupted."""
    server = uvicorn.Server(uvicorn.Config(create_app(store, token=token), log_level="info"))
    server.run(sockets=[sock])


def serve(db_url: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Serve the store at ``db_url`` on ``host:port``. The store must exist: serving never creates
    a database, so a mistyped path is a ``StoreError`` instead of an empty dashboard."""
    with Store(db_url, create=False) as store:
        run(store, listen(host, port), token)
