"""The saved questions as a web API, in grlc's manner: ``/api/queries`` lists the ``.rq``
files with their ``#+`` headers, ``/api/queries/NAME?param=value`` runs one with typed, bound
parameters, and ``/api/openapi.json`` describes it all as OpenAPI 3."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from diplograph import __version__
from diplograph.queries import Param, SavedQuery, anchored, bind, render, run, saved_queries, scoped_graphs
from diplograph.serve import negotiate
from diplograph.serve.workers import kept

TYPES: dict[str, dict[str, str]] = {
    "string": {"type": "string"},
    "iri": {"type": "string", "format": "uri"},
    "xsd_date": {"type": "string", "format": "date"},
    "xsd_integer": {"type": "integer"},
}
MEDIA = {"application/json": "json", "text/csv": "csv", "text/tab-separated-values": "tsv"}


def _params(p: Param) -> dict[str, object]:
    return {"name": p.name, "type": p.type, "optional": p.optional}


def describe(q: SavedQuery) -> dict[str, object]:
    """A saved query as the listing shows it."""
    return {
        "name": q.name,
        "summary": q.summary,
        "description": q.description,
        "parameters": [_params(p) for p in q.params],
        "scope": q.scope,
        "url": f"/api/queries/{q.name}",
        "sparql": q.text,
    }


def _query(name: str) -> SavedQuery:
    queries = saved_queries()
    if name not in queries:
        raise HTTPException(404, f"no saved query {name!r}; see /api/queries")
    return queries[name]


def values_of(request: Request, q: SavedQuery) -> dict[str, str]:
    """The query's parameters from the URL, each given once; checked by binding them (an
    unknown, missing or ill-typed one is a 400 naming it)."""
    values: dict[str, str] = {}
    for key in request.query_params:
        given = request.query_params.getlist(key)
        if len(given) != 1:
            raise HTTPException(400, f"query {q.name}: parameter {key!r} given {len(given)} times")
        values[key] = given[0]
    bind(q, values)  # raises BadInput, answered 400
    return values


def labels(store: ox.Store) -> dict[str, set[str]]:
    """Every node with an ``rdfs:label``, by its label case-folded."""
    index: dict[str, set[str]] = {}
    for q in store.quads_for_pattern(None, _LABEL, None, None):
        if isinstance(q.subject, ox.NamedNode):
            index.setdefault(str(getattr(q.object, "value", q.object)).casefold(), set()).add(q.subject.value)
    return index


_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def execute(store: ox.Store, name: str, values: dict[str, str]) -> tuple[list[str], list[list[str]]]:
    """Run a saved query in a reader: its header and rows. A query whose header names where
    to ``start`` starts from the nodes its label parameters name, found in the reader's label
    index of the snapshot (same answers, found without reading every fact of the kind)."""
    q = saved_queries()[name]
    graphs = scoped_graphs(q, values, [])

    def named(label: str) -> set[str]:
        return kept(("labels",), lambda: labels(store)).get(label.casefold(), set())

    text = anchored(q, values, named)
    return run(store, text, substitutions=bind(q, values), source=q.name, graphs=graphs)


async def listing(request: Request) -> Response:
    return JSONResponse([describe(q) for q in saved_queries().values()])


async def answer(request: Request) -> Response:
    from diplograph.serve.app import querying

    q = _query(request.path_params["name"])
    values = values_of(request, q)
    media = negotiate.best(request.headers.get("accept"), list(MEDIA))
    if media is None:
        raise HTTPException(406, f"answers come as {', '.join(MEDIA)}")
    header, rows = await querying(request).call(execute, q.name, values)
    return Response(render(header, rows, MEDIA[media]), media_type=media, headers={"Vary": "Accept"})


def openapi() -> dict[str, Any]:
    """An OpenAPI 3.0 description generated from the saved queries' headers."""
    error = {"$ref": "#/components/schemas/Error"}
    rows = {"type": "array", "items": {"type": "object", "additionalProperties": {"type": "string"}}}
    paths: dict[str, Any] = {
        "/api/queries": {
            "get": {
                "operationId": "listQueries",
                "summary": "The saved queries with their headers and parameters",
                "responses": {"200": {"description": "the saved queries", "content": {"application/json": {}}}},
            }
        }
    }
    for q in saved_queries().values():
        paths[f"/api/queries/{q.name}"] = {
            "get": {
                "operationId": q.name.replace("-", "_"),
                "summary": q.summary,
                "description": q.description or q.summary,
                "parameters": [
                    {"name": p.name, "in": "query", "required": not p.optional, "schema": TYPES[p.type]}
                    for p in q.params
                ],
                "responses": {
                    "200": {
                        "description": "the answer's rows",
                        "content": {
                            "application/json": {"schema": rows},
                            "text/csv": {"schema": {"type": "string"}},
                            "text/tab-separated-values": {"schema": {"type": "string"}},
                        },
                    },
                    "400": {
                        "description": "an unknown, missing or ill-typed parameter (the message names it)",
                        "content": {"application/json": {"schema": error}},
                    },
                    "503": {
                        "description": "the query ran past the time limit",
                        "content": {"application/json": {"schema": error}},
                    },
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "diplograph saved questions",
            "version": __version__,
            "description": "The saved SPARQL queries of the diplograph knowledge graph, with typed parameters.",
        },
        "paths": paths,
        "components": {
            "schemas": {
                "Error": {
                    "type": "object",
                    "properties": {"error": {"type": "string"}, "status": {"type": "integer"}},
                    "required": ["error"],
                }
            }
        },
    }


async def openapi_json(request: Request) -> Response:
    return JSONResponse(openapi())
