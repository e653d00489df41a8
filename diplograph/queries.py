"""Saved queries: ``queries/*.rq`` with a ``#+`` YAML header, parameters named in grlc's
style (``?_name``, ``?_name_iri``, ``?_name_xsd_date``, ``?_name_xsd_integer``; a double
underscore ``?__name`` is optional), bound as typed RDF terms, never pasted into the text.
A query projects its parameter variables (substitution requires it); results leave them out."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import yaml

from diplograph.errors import BadInput
from diplograph.namespace import graph_iri
from diplograph.resources import data_dir
from diplograph.starts import Names, Start, anchor
from diplograph.starts import parse as parse_starts

_PARAM = re.compile(r"\?(__?)([A-Za-z][A-Za-z0-9]*?)(_iri|_xsd_date|_xsd_integer|_xsd_string)?\b")
XSD = "http://www.w3.org/2001/XMLSchema#"
_SURROGATE = re.compile("[\ud800-\udfff]")
Substitutions = dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]


@dataclass(frozen=True)
class Param:
    name: str
    variable: str
    type: str  # "iri" | "xsd_date" | "xsd_integer" | "string"
    optional: bool


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    text: str
    summary: str
    description: str
    params: tuple[Param, ...]
    scope: str | None = None  # a parameter holding a document id: the query reads that graph only
    starts: tuple[Start, ...] = ()  # where the query starts: see diplograph.starts

    @property
    def start(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each start's variables and the parameters that name them."""
        return tuple((" ".join(s.variables), s.params) for s in self.starts)


def parse_query_file(path: Path) -> SavedQuery:
    """Read one ``.rq``; a bad or missing header is an error naming the file and line."""
    text = path.read_text(encoding="utf-8")
    header_lines = []
    for line in text.splitlines():
        if line.startswith("#+"):
            header_lines.append(line[2:].removeprefix(" "))
        elif header_lines or line.strip():
            break
    if not header_lines:
        raise BadInput(f"{path}:1: no '#+' YAML header")
    try:
        meta = yaml.safe_load("\n".join(header_lines))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise BadInput(f"{path}:{mark.line + 1 if mark else 1}: invalid '#+' header ({exc})") from None
    if not isinstance(meta, dict) or not isinstance(meta.get("summary"), str):
        raise BadInput(f"{path}:1: the '#+' header needs a 'summary' string")
    params: dict[str, Param] = {}
    for m in _PARAM.finditer(_strip_comments(text)):
        optional, name, suffix = m.group(1) == "__", m.group(2), (m.group(3) or "_string").lstrip("_")
        kind = "string" if suffix == "xsd_string" else suffix
        params.setdefault(name, Param(name, m.group(0)[1:], kind, optional))
    scope = meta.get("scope")
    if scope is not None and scope not in params:
        raise BadInput(f"{path}:1: 'scope' names {scope!r}, which is not one of the query's parameters")
    types = {name: p.type for name, p in params.items()}
    starts = parse_starts(path, meta.get("start") or {}, meta.get("named_by") or {}, types, text)
    return SavedQuery(
        path.stem,
        path,
        text,
        meta["summary"],
        str(meta.get("description", "")).strip(),
        tuple(params.values()),
        scope,
        starts,
    )


def anchored(query: SavedQuery, values: dict[str, str], candidates: Callable[[str], Iterable[str]]) -> str:
    """The query's text with each ``start`` of its header given, as a VALUES block at the
    head of the group where its variables first occur, the nodes its parameters name:
    ``candidates`` gives the IRIs labelled a value (a :class:`Names` also names by other
    properties). The answers are the same (the filters on the labels stay) as long as the
    candidates include every node so named; the planner then starts from those nodes
    instead of every fact of the kind, as Oxigraph plans before it sees substituted values."""
    return anchor(query.text, query.starts, values, candidates)


def labelled(store: ox.Store, labels: Iterable[str] = ()) -> Names:
    """The nodes with each of ``labels`` as an ``rdfs:label`` (compared as the queries compare
    them, by SPARQL's LCASE), found in one pass over the store's labels when first asked;
    the nodes other properties name are found the same way."""
    return Names(store, labels)


def started(store: ox.Store, query: SavedQuery, values: dict[str, str]) -> str:
    """The text to run on ``store``: the query as ``diplograph query`` runs it locally."""
    return anchored(query, values, labelled(store))


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def saved_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    """The queries of ``folder``, by default the shipped ones (read once per process)."""
    if folder is None:
        return dict(_shipped())
    return {p.stem: parse_query_file(p) for p in sorted(folder.glob("*.rq"))}


@cache
def _shipped() -> dict[str, SavedQuery]:
    return saved_queries(data_dir("queries"))


def get(name: str) -> SavedQuery:
    queries = saved_queries()
    if name not in queries:
        raise BadInput(f"unknown query {name!r}; known: {', '.join(queries)}")
    return queries[name]


def scoped_graphs(query: SavedQuery, values: dict[str, str], documents: list[str]) -> list[str]:
    """The document graphs a run is restricted to: ``--document`` ids, and the value of the
    query's ``scope`` parameter. Empty means the whole store."""
    ids = list(documents)
    if query.scope is not None and query.scope in values:
        ids.append(values[query.scope])
    return sorted({str(graph_iri(i)) for i in ids})


def bind(query: SavedQuery, values: dict[str, str]) -> Substitutions:
    """Typed substitutions for the given ``NAME=VALUE`` parameters."""
    known = {p.name: p for p in query.params}
    for name in values:
        if name not in known:
            raise BadInput(f"query {query.name}: unknown parameter {name!r}; parameters: {', '.join(known) or 'none'}")
    out: Substitutions = {}
    for p in query.params:
        if p.name not in values:
            if not p.optional:
                raise BadInput(f"query {query.name}: missing parameter {p.name!r} ({p.type})")
            continue
        out[ox.Variable(p.variable)] = _term(query.name, p, values[p.name])
    return out


def _term(qname: str, p: Param, value: str) -> ox.NamedNode | ox.Literal:
    """A value as the RDF term its parameter's type asks for; BadInput when it is not one.

    >>> _term("q", Param("n", "_n_xsd_integer", "xsd_integer", False), "\u0663")
    Traceback (most recent call last):
    diplograph.errors.BadInput: query q: parameter 'n' wants xsd_integer, got '\u0663'
    """
    bad = f"query {qname}: parameter {p.name!r} wants {p.type}, got {value!r}"
    if _SURROGATE.search(value):  # undecodable bytes in a command-line argument
        raise BadInput(f"query {qname}: parameter {p.name!r} is not text (bytes that are not UTF-8): {value!r}")
    if p.type == "iri":
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", value):
            raise BadInput(bad)
        try:
            return ox.NamedNode(value)  # the full IRI grammar: hosts, percent escapes, no control characters
        except ValueError:
            raise BadInput(bad) from None
    if p.type == "xsd_date":
        try:
            return ox.Literal(date.fromisoformat(value).isoformat(), datatype=ox.NamedNode(XSD + "date"))
        except ValueError:
            raise BadInput(bad) from None
    if p.type == "xsd_integer":
        if not re.fullmatch(r"[+-]?[0-9]+", value):  # ASCII digits: xsd:integer's lexical space
            raise BadInput(bad)
        if not -(2**63) <= int(value) < 2**63:  # Oxigraph compares 64-bit integers; others would match nothing
            raise BadInput(f"{bad} (beyond the 64-bit integers the store compares)")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "integer"))
    return ox.Literal(value)


def run(
    store: ox.Store,
    text: str,
    *,
    substitutions: Substitutions | None = None,
    source: str = "query",
    graphs: list[str] | None = None,
) -> tuple[list[str], list[list[str]]]:
    """Run a SELECT (or ASK) and return its header and rows as strings. ``graphs`` restricts
    the dataset to these named graphs (SPARQL's named-graph-uri)."""
    try:
        if graphs:
            named: list[ox.NamedNode | ox.BlankNode] = [ox.NamedNode(g) for g in graphs]
            result = store.query(text, substitutions=substitutions or {}, named_graphs=named)
        else:
            result = store.query(text, substitutions=substitutions or {})
    except SyntaxError as exc:
        raise BadInput(f"{source}: SPARQL syntax error: {str(exc).splitlines()[0]}") from None
    if isinstance(result, ox.QueryBoolean):
        return ["result"], [["true" if bool(result) else "false"]]
    if isinstance(result, ox.QueryTriples):
        return ["subject", "predicate", "object"], [
            [_str(t.subject), _str(t.predicate), _str(t.object)] for t in result
        ]
    # Parameters are projected (substitution needs it) but are not part of the answer.
    header = [v.value for v in result.variables if not v.value.startswith("_")]
    return header, [[_str(sol[v]) for v in header] for sol in result]


def _str(term: object) -> str:
    if term is None:
        return ""
    return str(getattr(term, "value", term))


def render(header: list[str], rows: list[list[str]], fmt: str) -> str:
    """Rows as csv, tsv, json (a list of objects) or an aligned text table."""
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(header, r, strict=True)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    widths = [min(60, max([len(h)] + [len(r[i]) for r in rows])) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append(
            "  ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(r, widths, strict=True))
        )
    return "\n".join(lines) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n"
