"""The ``entente`` command. Each module registers its commands on the one ``app``."""

from entente.cli import extract, serve, store  # noqa: F401  (registers the commands)
from entente.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
