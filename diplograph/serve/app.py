"""The web application and ``diplograph serve``: settings, routes, error answers, uvicorn."""

from __future__ import annotations

import argparse
import ipaddress
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from diplograph.errors import BadInput
from diplograph.namespace import BASE
from diplograph.serve.workers import NotAcceptable, QueryTimeout, TooLarge, Unavailable, Workers


@dataclass(frozen=True)
class Settings:
    """How the server runs. ``base`` is the public address that stands for the dataset's IRI
    base (``https://w3id.org/diplograph/``) in links; empty means this server's root."""

    store: Path
    timeout: float = 30.0
    workers: int = 2
    cors: tuple[str, ...] = ()
    base: str = ""
    max_query: int = 64 * 1024
    max_result: int = 64 * 1024 * 1024


def settings(request: Request) -> Settings:
    s: Settings = request.app.state.settings
    return s


def workers(request: Request) -> Workers:
    """The readers for pages and IRIs: short reads that never queue behind a slow query."""
    w: Workers = request.app.state.workers
    return w


def querying(request: Request) -> Workers:
    """The readers for SPARQL and the saved questions, whatever they ask."""
    w: Workers = request.app.state.querying
    return w


def href(s: Settings, iri: str) -> str:
    """Where a link to ``iri`` points: a dataset IRI on this server, an http(s) IRI as it is,
    anything else (``javascript:`` and the like, from a report's header) nowhere."""
    if iri.startswith(BASE):
        return (s.base.rstrip("/") if s.base else "") + "/" + iri[len(BASE) :]
    return iri if iri.lower().startswith(("http://", "https://")) else "#"


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    return PlainTextResponse(message + "\n", status_code=status)


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error(request, exc.status_code, str(exc.detail))


def _handler(status: int):  # type: ignore[no-untyped-def]
    async def handle(request: Request, exc: Exception) -> Response:
        return _error(request, status, str(exc))

    return handle


def routes() -> list[BaseRoute]:
    from diplograph.serve import api, pages, resolve, sparql

    return [
        Route("/", pages.home),
        Route("/sparql", sparql.endpoint, methods=["GET", "POST"]),
        Route("/api/queries", api.listing),
        Route("/api/queries/{name}", api.answer),
        Route("/api/openapi.json", api.openapi_json),
        Route("/queries/{name}", pages.question),
        Route("/network", pages.network_page),
        Route("/network.svg", pages.network_page),
        Route("/pair/{a}/{b}", pages.pair_page),
        Route("/ontology", resolve.ontology_page),
        Route("/dataset", resolve.dataset),
        Route("/{path:path}", resolve.resource),
    ]


def create_app(s: Settings) -> Starlette:
    """The application over the store ``s.store``; its readers start with it and stop with it."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        pools = Workers(s.store, count=1, timeout=s.timeout), Workers(s.store, count=s.workers, timeout=s.timeout)
        for pool in pools:
            pool.start()
        app.state.workers, app.state.querying = pools
        try:
            yield
        finally:
            for pool in pools:
                pool.close()

    middleware = []
    if s.cors:
        middleware.append(
            Middleware(CORSMiddleware, allow_origins=list(s.cors), allow_methods=["GET", "POST"], allow_headers=["*"])
        )
    app = Starlette(
        routes=routes(),
        middleware=middleware,
        lifespan=lifespan,
        exception_handlers={
            HTTPException: _on_http,
            BadInput: _handler(400),
            TooLarge: _handler(400),
            NotAcceptable: _handler(406),
            QueryTimeout: _handler(503),
            Unavailable: _handler(503),
        },
    )
    app.state.settings = s
    return app


def parse_bind(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (IPv6 hosts in brackets) as a pair."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not host or not 0 < int(port) < 65536:
        raise BadInput(f"--bind {text!r}: expected HOST:PORT, such as 127.0.0.1:8080")
    return host.strip("[]"), int(port)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main(args: argparse.Namespace, store_dir: Path) -> int:
    """Run the server until interrupted."""
    import uvicorn

    host, port = parse_bind(args.bind)
    if not (store_dir / "CURRENT").is_file():
        raise BadInput(f"{store_dir}: no store here; ingest reports first (diplograph ingest PATH)")
    if args.timeout <= 0 or args.workers < 1:
        raise BadInput("--timeout must be positive and --workers at least 1")
    if not is_loopback(host):
        print(
            f"diplograph: warning: serving on {host}:{port}, reachable from other machines; "
            "the server has no authentication (put it behind a reverse proxy)",
            file=sys.stderr,
        )
    s = Settings(
        store=store_dir, timeout=args.timeout, workers=args.workers, cors=tuple(args.cors), base=args.base or ""
    )
    uvicorn.run(create_app(s), host=host, port=port, log_level="info", proxy_headers=True)
    return 0
