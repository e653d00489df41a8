"""Any SPARQL 1.1 store as a target: push documents (Graph Store Protocol PUT, or SPARQL
Update DROP + INSERT DATA in bounded batches) and run queries there (SPARQLWrapper).

Credentials never appear in output or errors: URLs are printed without their user part and
error texts are cut to their first line.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from SPARQLWrapper import BASIC, DIGEST, JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from diplograph.errors import BadInput
from diplograph.export import graphs
from diplograph.namespace import ONTOLOGY_GRAPH

BATCH = 1000
"""Triples per INSERT DATA request: Virtuoso refused batches of 10,000 (memory), 1,000 works."""


@dataclass(frozen=True)
class Endpoint:
    query: str
    update: str | None = None
    graph_store: str | None = None
    user: str | None = None
    password: str | None = None
    digest: bool = False
    timeout: float = 30.0

    @staticmethod
    def make(
        query: str,
        *,
        update: str | None = None,
        graph_store: str | None = None,
        auth: str | None = None,
        digest: bool = False,
        timeout: float = 30.0,
    ) -> Endpoint:
        for url in (query, update, graph_store):
            if url is not None and not re.match(r"^https?://[^\s/]+", url):
                raise BadInput(f"{safe(url)}: not an http(s) endpoint URL")
        user = password = None
        if auth is not None:
            user, sep, password = auth.partition(":")
            if not sep or not user:
                raise BadInput("--auth: expected USER:PASSWORD")
        return Endpoint(query, update, graph_store, user, password, digest, timeout)


def safe(url: str) -> str:
    """A URL fit for printing: no user or password."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} {exc.reason}"
    if isinstance(exc, urllib.error.URLError):
        return f"cannot connect ({exc.reason})"
    if isinstance(exc, TimeoutError):
        return "timed out"
    status = {
        "Unauthorized": "HTTP 401 Unauthorized",
        "EndPointNotFound": "HTTP 404 Not Found",
        "QueryBadFormed": "HTTP 400 Bad Request",
        "URITooLong": "HTTP 414 URI Too Long",
        "EndPointInternalError": "HTTP 500 Internal Server Error",
    }.get(type(exc).__name__)
    if status:
        return status
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def _opener(ep: Endpoint, url: str) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = []
    if ep.user is not None:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, ep.user, ep.password or "")
        handlers.append(
            urllib.request.HTTPDigestAuthHandler(manager) if ep.digest else urllib.request.HTTPBasicAuthHandler(manager)
        )
    return urllib.request.build_opener(*handlers)


def _wrapper(ep: Endpoint, url: str) -> SPARQLWrapper:
    w = SPARQLWrapper(url)
    w.setTimeout(int(ep.timeout))
    if ep.user is not None:
        w.setHTTPAuth(DIGEST if ep.digest else BASIC)
        w.setCredentials(ep.user, ep.password or "")
    return w


def _lines(store: ox.Store, graph: ox.NamedNode) -> list[str]:
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph))
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    # N-Triples ends a line at "\n" only; a literal may hold U+2028 or U+0085, where splitlines() would cut
    return [line for line in data.decode("utf-8").split("\n") if line.strip()]


def _put(ep: Endpoint, graph: str, body: list[str]) -> None:
    assert ep.graph_store is not None
    sep = "&" if "?" in ep.graph_store else "?"
    url = f"{ep.graph_store}{sep}graph={urllib.parse.quote(graph, safe='')}"
    req = urllib.request.Request(  # noqa: S310 - the scheme is checked in Endpoint.make
        url,
        data=("\n".join(body) + "\n").encode("utf-8"),
        method="PUT",
        headers={"Content-Type": "application/n-triples"},
    )
    with _opener(ep, url).open(req, timeout=ep.timeout) as resp:
        resp.read()


def _update(ep: Endpoint, text: str) -> None:
    assert ep.update is not None
    w = _wrapper(ep, ep.update)
    w.setMethod(POST)
    w.setQuery(text)
    w.query()


def push(store: ox.Store, ep: Endpoint, *, document: str | None = None) -> list[tuple[str, int, str | None]]:
    """Replace each document's graph (and the ontology graph) on the remote store.
    Returns ``(graph, triples, error or None)`` per graph; a failed graph is reported, never
    marked as pushed, and a re-run completes it."""
    if ep.graph_store is None and ep.update is None:
        raise BadInput("push needs --graph-store or --update-endpoint")
    chosen = [*graphs(store, document=document, with_ontology=False), ox.NamedNode(str(ONTOLOGY_GRAPH))]
    results: list[tuple[str, int, str | None]] = []
    for g in chosen:
        lines = _lines(store, g)
        try:
            if ep.graph_store is not None:
                _put(ep, g.value, lines)
            else:
                _update(ep, f"DROP SILENT GRAPH <{g.value}>")
                for i in range(0, len(lines), BATCH):
                    _update(ep, f"INSERT DATA {{ GRAPH <{g.value}> {{\n" + "\n".join(lines[i : i + BATCH]) + "\n} }")
            results.append((g.value, len(lines), None))
        except (urllib.error.URLError, SPARQLWrapperException, OSError, ValueError) as exc:
            results.append((g.value, len(lines), _reason(exc)))
    return results


def inline(text: str, subs: dict[Any, Any]) -> str:
    """Bind parameters for a remote store, which has no substitution protocol: one VALUES row
    of RDF terms, written by the RDF serialiser (so escaped), opens the WHERE group."""
    if not subs:
        return text
    names = " ".join(f"?{v.value}" for v in subs)
    terms = " ".join(str(t) for t in subs.values())
    m = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
    if m is None:
        raise BadInput("query has no WHERE clause to bind parameters in")
    return f"{text[: m.end()]}\n  VALUES ({names}) {{ ({terms}) }}{text[m.end() :]}"


def select(ep: Endpoint, text: str, *, graphs: list[str] | None = None) -> tuple[list[str], list[list[str]]]:
    """Run a SELECT or ASK remotely; header and rows as strings, parameters left out.
    ``graphs`` restricts the dataset (the protocol's ``named-graph-uri``)."""
    w = _wrapper(ep, ep.query)
    w.setMethod(POST)
    for g in graphs or []:
        w.addParameter("named-graph-uri", g)
    # full-line comments (the #+ header) stay home: SPARQLWrapper guesses the query form from
    # keywords and would take "addressee" in a comment for an ADD update
    # (lines end at "\n" only: a bound value may hold U+2028 or U+0085, which splitlines() would take for one)
    w.setQuery("\n".join(line for line in text.split("\n") if not line.lstrip().startswith("#")))
    w.setReturnFormat(JSON)
    try:
        data = w.queryAndConvert()
    except (urllib.error.URLError, SPARQLWrapperException, OSError, ValueError) as exc:
        raise BadInput(f"{safe(ep.query)}: {_reason(exc)}") from None
    if not isinstance(data, dict):
        raise BadInput(f"{safe(ep.query)}: unexpected answer")
    if "boolean" in data:
        return ["result"], [["true" if data["boolean"] else "false"]]
    header = [v for v in data["head"]["vars"] if not v.startswith("_")]
    rows = [[b.get(v, {}).get("value", "") for v in header] for b in data["results"]["bindings"]]
    return header, rows
