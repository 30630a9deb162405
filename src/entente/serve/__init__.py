"""The serve stage: a read-only JSON API and a web dashboard over a store."""

from entente.serve.app import create_app
from entente.serve.server import listen, run, serve, url

__all__ = ["create_app", "listen", "run", "serve", "url"]
