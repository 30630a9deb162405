"""``entente serve``: the JSON API and the dashboard over a store."""

from __future__ import annotations

from typing import Annotated

import typer

from entente.cli.app import app, err
from entente.cli.store import Db, _store
from entente.store import DEFAULT_URL

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: Db = DEFAULT_URL,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; loopback unless you say otherwise.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="ENTENTE_TOKEN",
            help="Enable POST /api/documents for clients sending 'Authorization: Bearer TOKEN'.",
        ),
    ] = None,
) -> None:
    """Serve the dashboard and the JSON API over a store (read-only unless --token is given)."""
    from entente.serve import listen, run, url  # FastAPI loads only for this command

    address = url(host, port)
    with _store(db) as store:
        try:
            sock = listen(host, port)
        except OSError as error:
            err.print(f"[red]error:[/red] cannot listen on {address}: {error.strerror}")
            raise typer.Exit(2) from None
        err.print(f"serving {db} on {address} (API docs: {address}/docs)", soft_wrap=True)
        if host not in LOOPBACK:
            err.print(f"[yellow]warning:[/yellow] listening on {host}: other machines can read it")
        run(store, sock, token)
