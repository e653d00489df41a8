"""The SPARQL 1.1 Protocol at ``/sparql``, read-only: queries by GET and POST (form-encoded or
direct), the dataset from ``default-graph-uri`` / ``named-graph-uri``, results and graphs in
the format ``Accept`` asks for. Updates in any form are refused with 403."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import pyoxigraph as ox
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from diplograph.serve import negotiate
from diplograph.serve.workers import NotAcceptable, TooLarge

RESULTS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPHS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/xml": ox.RdfFormat.RDF_XML,
}
_UPDATE = re.compile(
    r"^\s*(?:(?:#[^\n]*(?:\n|$)|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")
READ_ONLY = "this endpoint is read-only: SPARQL Update is refused"


class _Capped:
    """A binary sink that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.data = bytearray()

    def write(self, chunk: bytes) -> int:
        if len(self.data) + len(chunk) > self.limit:
            raise TooLarge(f"the result is larger than {self.limit} bytes; narrow the query or add a LIMIT")
        self.data += chunk
        return len(chunk)

    def flush(self) -> None:
        pass


def execute(
    store: ox.Store,
    query: str,
    default_graphs: list[str],
    named_graphs: list[str],
    accept: str,
    limit: int,
) -> tuple[str, bytes]:
    """Run one query in a reader and serialise its answer: ``(media type, body)``. Without a
    dataset in the request the default graph is the union of all graphs."""
    kwargs: dict[str, object] = {}
    if default_graphs or named_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs] or ox.DefaultGraph()
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    else:
        kwargs["use_default_graph_as_union"] = True
    result = store.query(query, **kwargs)  # type: ignore[arg-type]
    sink = _Capped(limit)
    if isinstance(result, ox.QueryTriples):
        media = negotiate.best(accept, list(GRAPHS))
        if media is None:
            raise NotAcceptable(f"a graph can be sent as {', '.join(GRAPHS)}")
        ox.serialize(result, sink, format=GRAPHS[media], prefixes=_prefixes(GRAPHS[media]))  # type: ignore[arg-type]
        return GRAPHS[media].media_type, bytes(sink.data)
    media = negotiate.best(accept, list(RESULTS))
    if media is None:
        raise NotAcceptable(f"results can be sent as {', '.join(RESULTS)}")
    result.serialize(sink, format=RESULTS[media])  # type: ignore[arg-type]
    return RESULTS[media].media_type, bytes(sink.data)  # the registered type for an alias


def _prefixes(fmt: ox.RdfFormat) -> dict[str, str] | None:
    from diplograph.export import PREFIXES

    return PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None


async def _body(request: Request, limit: int) -> bytes:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise HTTPException(400, f"the request is larger than {limit} bytes")
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > limit:
            raise HTTPException(400, f"the request is larger than {limit} bytes")
    return bytes(data)


async def read_request(request: Request, limit: int) -> tuple[str, list[str], list[str]]:
    """``(query, default graphs, named graphs)`` of a protocol request; 400 for a malformed
    one, 403 for an update, 415 for a body type the protocol does not define."""
    fields: dict[str, list[str]] = {k: request.query_params.getlist(k) for k in request.query_params}
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await _body(request, limit)
        if ctype == "application/sparql-update":
            raise HTTPException(403, READ_ONLY)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise HTTPException(400, "the request body is not UTF-8") from None
        if ctype == "application/x-www-form-urlencoded":
            for k, v in parse_qs(text, keep_blank_values=True).items():
                fields.setdefault(k, []).extend(v)
        elif ctype == "application/sparql-query":
            fields.setdefault("query", []).append(text)
        else:
            raise HTTPException(415, "send application/sparql-query or application/x-www-form-urlencoded")
    if "update" in fields:
        raise HTTPException(403, READ_ONLY)
    queries = fields.get("query", [])
    if len(queries) != 1:
        raise HTTPException(400, "give exactly one 'query'")
    query = queries[0]
    if len(query.encode("utf-8")) > limit:
        raise HTTPException(400, f"the query is longer than {limit} bytes")
    if _UPDATE.match(query):
        raise HTTPException(403, READ_ONLY)
    graphs = fields.get("default-graph-uri", []), fields.get("named-graph-uri", [])
    for g in graphs[0] + graphs[1]:
        if not _IRI.match(g):
            raise HTTPException(400, f"not an absolute IRI: {g!r}")
    return query, graphs[0], graphs[1]


async def endpoint(request: Request) -> Response:
    from diplograph.serve.app import querying, settings

    s = settings(request)
    if request.method == "GET" and not request.query_params:
        if (
            negotiate.best(request.headers.get("accept"), ["application/sparql-results+json", "text/html"])
            == "text/html"
        ):
            from diplograph.serve.pages import page

            return page(request, "sparql.html", title="SPARQL endpoint")
    query, default, named = await read_request(request, s.max_query)
    accept = request.headers.get("accept", "")
    media, data = await querying(request).call(execute, query, default, named, accept, s.max_result)
    return Response(data, media_type=media, headers={"Vary": "Accept"})
