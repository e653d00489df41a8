"""``diplograph serve``: the store, read-only, over HTTP (SPARQL protocol, saved questions as
an API, IRIs that resolve, pages for people). Importing this package loads no web stack."""

from __future__ import annotations

import argparse

from diplograph.namespace import BASE


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The ``serve`` subcommand's options."""
    p.add_argument("--bind", default="127.0.0.1:8080", metavar="HOST:PORT", help="address (default 127.0.0.1:8080)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="limit per query (default 30)")
    p.add_argument("--workers", type=int, default=2, help="reader processes for queries (default 2)")
    p.add_argument("--cors", action="append", default=[], metavar="ORIGIN", help="allow this origin (repeatable)")
    p.add_argument("--base", metavar="URL", help=f"public address that stands for {BASE} in links")
