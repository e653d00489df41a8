"""Pages for people, rendered on the server from Jinja2 templates with every value escaped:
home, a report with its evidence highlighted, a person, a state, any other resource, a
saved question's form and answer, the network of contacts and a pair's timeline."""

from __future__ import annotations

import itertools
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from diplograph.errors import BadInput
from diplograph.namespace import BASE, DG
from diplograph.queries import SavedQuery, bind, saved_queries
from diplograph.serve import api, network, views

TEMPLATES = Path(__file__).parent / "templates"
INPUT = {"string": "text", "iri": "url", "xsd_date": "date", "xsd_integer": "number"}
_STATE = BASE + "id/state/"
PAGE = 100
"""Documents listed on one page of home."""


@cache
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True), trim_blocks=True)
    env.filters["short"] = short
    env.filters["fact_in"] = lambda fact, report: fact_id(report, fact)
    return env


def short(iri: str) -> str:
    """The last part of an IRI, as a name to show."""
    return iri.rstrip("/").replace("#", "/").rsplit("/", 1)[-1]


def page(request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    from diplograph.serve.app import href, settings

    s = settings(request)
    html = environment().get_template(template).render(href=lambda iri: href(s, iri), inputs=INPUT, **values)
    return HTMLResponse(html, status_code=status, headers={"Vary": "Accept"})


async def home(request: Request) -> Response:
    from diplograph.serve.app import workers

    data = await workers(request).call(views.home, cache=True)
    start = request.query_params.get("from", "0")
    first = int(start) if start.isdigit() else 0
    docs = data["documents"]
    shown = docs[first : first + PAGE]
    more = first + PAGE if first + PAGE < len(docs) else None
    queries = list(saved_queries().values())
    return page(
        request, "home.html", title="diplograph", queries=queries, figures=data["figures"], documents=shown, more=more
    )


def fact_id(report: str, fact: str) -> str:
    """``act-0`` for ``<report>/act/0``: the anchor of a fact on its report's page."""
    return fact[len(report) + 1 :].replace("/", "-") if fact.startswith(report + "/") else short(fact)


def pieces(text: str, facts: list[dict[str, Any]]) -> list[tuple[str, Any, Any]]:
    """The report text cut where evidence spans begin and end: ``("anchor", id, None)`` where a
    fact's span starts, ``("text", words, (innermost id, all ids))`` for each stretch, and
    ``("refs", [(id, number)], None)`` where spans end."""
    spans = [(s, e, f["id"], f["number"]) for f in facts for s, e in f["spans"] if 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out: list[tuple[str, Any, Any]] = []
    for a, b in itertools.pairwise(cuts):
        out.extend(("anchor", fid, None) for s, _, fid, _ in spans if s == a)
        covering = sorted((e - s, fid) for s, e, fid, _ in spans if s <= a and e >= b)
        out.append(("text", text[a:b], (covering[0][1], [fid for _, fid in covering]) if covering else None))
        ending = [(fid, n) for _, e, fid, n in spans if e == b]
        if ending:
            out.append(("refs", ending, None))
    return out


async def resource_page(request: Request, iri: str) -> Response:
    """The page of a dataset IRI: by its type, a report, person, state, or any resource."""
    from diplograph.serve.app import workers

    call = workers(request).call
    found = await call(views.resource, iri)
    if found is None:
        return page(request, "missing.html", status=404, title="Not found", iri=iri)
    types = set(found["types"])
    if str(DG.Report) in types:
        data = await call(views.report, iri)
        if data is None:
            raise HTTPException(404, "not found")
        facts = data["facts"]
        for n, f in enumerate(facts, 1):
            f["id"], f["number"] = fact_id(iri, f["iri"]), n
        return page(request, "report.html", title=f"Report {data['id']}", r=data, pieces=pieces(data["text"], facts))
    if str(DG.Person) in types:
        data = await call(views.person, iri)
        return page(request, "person.html", title=found["label"] or short(iri), res=found, **data)
    if str(DG.State) in types:
        mine = [c for c in await call(views.contacts, cache=True) if iri in (c["a"], c["b"])]
        said = await call(views.characterisations, iri)
        return page(
            request, "state.html", title=found["label"] or short(iri), res=found, contacts=mine, characterisations=said
        )
    report = iri.split("/report/")[0] + "/report/" + iri.split("/report/")[1].split("/")[0] if "/report/" in iri else ""
    anchor = f"{report}#{fact_id(report, iri)}" if report and report != iri else ""
    return page(request, "resource.html", title=found["label"] or short(iri), res=found, in_report=anchor)


async def question(request: Request) -> Response:
    """A saved question: its form, and its answer when the form was sent."""
    from diplograph.serve.app import querying

    queries = saved_queries()
    name = request.path_params["name"]
    if name not in queries:
        raise HTTPException(404, f"no saved question {name!r}")
    q: SavedQuery = queries[name]
    given = {k: v for k, v in request.query_params.items() if v != ""}
    needs = any(not p.optional for p in q.params)
    answer: tuple[list[str], list[list[str]]] | None = None
    error = ""
    if given or not needs:
        try:
            bind(q, given)
            answer = await querying(request).call(api.execute, q.name, given)
        except BadInput as exc:
            error = str(exc)
    status = 400 if error else 200
    return page(request, "question.html", status, title=q.summary, q=q, given=given, answer=answer, error=error)


async def network_page(request: Request) -> Response:
    from diplograph.serve.app import href, settings, workers

    s = settings(request)
    p = request.query_params
    start, end, kind = p.get("from", ""), p.get("to", ""), p.get("kind", "")
    everything = await workers(request).call(views.contacts, cache=True)
    picked = network.chosen(everything, start=start, end=end, kind=kind)
    svg = network.network_svg(picked, lambda iri: href(s, iri), lambda a, b: pair_href(s.base, a, b))
    if request.url.path.endswith(".svg"):
        return Response(svg, media_type="image/svg+xml")
    kinds = sorted({c["kind"] for c in everything})
    return page(
        request,
        "network.html",
        title="Contacts between states",
        svg=svg,
        kinds=kinds,
        f=(start, end, kind),
        n=len(picked),
    )


def pair_href(base: str, a: str, b: str) -> str:
    return f"{base.rstrip('/')}/pair/{short(a)}/{short(b)}"


async def pair_page(request: Request) -> Response:
    from diplograph.serve.app import href, settings, workers

    s = settings(request)
    codes = [request.path_params["a"].upper(), request.path_params["b"].upper()]
    if not all(c.isalpha() and len(c) <= 3 for c in codes):
        raise HTTPException(404, "not a pair of state codes")
    a, b = (_STATE + c for c in codes)
    contacts = [c for c in await workers(request).call(views.contacts, cache=True) if {c["a"], c["b"]} == {a, b}]
    relations = [r for r in await workers(request).call(views.characterisations, a) if r["other"] == b]
    labels = {c["a"]: c["aLabel"] for c in contacts} | {c["b"]: c["bLabel"] for c in contacts}
    svg = network.timeline_svg(contacts, relations, lambda iri: href(s, iri))
    title = f"{labels.get(a, codes[0])} and {labels.get(b, codes[1])}"
    return page(request, "pair.html", title=title, svg=svg, contacts=contacts, relations=relations, a=a, b=b)
