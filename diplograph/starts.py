"""Where a saved query starts: the ``start`` header. Oxigraph plans a query before it sees
the substituted parameter values, so a query that filters on labels matches every fact of
its kind first. The nodes a label parameter names are found before the query runs and
written into its text as a ``VALUES`` block (terms from the store, serialised by pyoxigraph;
the parameters themselves stay bound), at the head of the group where the variables first
occur: the planner starts from the few rows of the block. The filters on the labels stay,
so the answers are the same as long as the block holds every node so named."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from diplograph.errors import BadInput

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@dataclass(frozen=True)
class Start:
    """One entry of the header: ``variables`` take, row by row, the nodes named by the
    parameters of each row of ``rows``; ``by`` is the property that names each variable."""

    variables: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    by: tuple[str, ...]

    @property
    def params(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p for row in self.rows for p in row))


def parse(path: Path, start: object, named_by: object, params: dict[str, str], text: str) -> tuple[Start, ...]:
    """The ``start`` header, ``{VARS: [ROW, ...]}``: VARS one or more variables (without
    ``?``, separated by spaces), each ROW a parameter per variable (a bare name when there is
    one variable). ``named_by`` (``{VAR: PROPERTY}``) names a variable by another property
    than ``rdfs:label``, as a prefixed name of the query or an ``<IRI>``. ``params`` maps
    the query's parameters to their types."""
    bad = f"{path}:1: 'start' wants {{variables: [[parameter, ...], ...]}}"
    if not isinstance(start, dict) or not isinstance(named_by, dict):
        raise BadInput(f"{bad}, and 'named_by' {{variable: property}}")
    heads = _first_groups(text)
    out = []
    for key, raw_rows in start.items():
        names = tuple(str(key).split())
        if not names or not isinstance(raw_rows, list) or not raw_rows:
            raise BadInput(bad)
        rows = []
        for raw in raw_rows:
            row = [raw] if isinstance(raw, str) else raw
            if not isinstance(row, list) or len(row) != len(names):
                raise BadInput(f"{bad}; a row of {key!r} does not give one parameter per variable")
            for p in row:
                if not isinstance(p, str) or params.get(p) != "string":
                    raise BadInput(f"{bad}; {p!r} in {key!r} is not a string parameter of the query")
            rows.append(tuple(row))
        groups = {heads.get(n) for n in names}
        if None in groups or len(groups) != 1:
            raise BadInput(f"{bad}; the variables of {key!r} do not all first occur in one group of the query")
        by = tuple(_property(path, named_by.get(n), text) for n in names)
        out.append(Start(names, tuple(rows), by))
    unknown = set(map(str, named_by)) - {n for s in out for n in s.variables}
    if unknown:
        raise BadInput(f"{path}:1: 'named_by' names {sorted(unknown)}, which 'start' does not")
    return tuple(out)


def _property(path: Path, raw: object, text: str) -> str:
    if raw is None:
        return LABEL
    given = str(raw)
    if given.startswith("<") and given.endswith(">"):
        return str(ox.NamedNode(given[1:-1]).value)
    prefix, sep, local = given.partition(":")
    m = re.search(rf"(?im)^\s*PREFIX\s+{re.escape(prefix)}:\s*<([^>]*)>", text)
    if not sep or m is None:
        raise BadInput(f"{path}:1: 'named_by' gives {given!r}, neither <IRI> nor a prefixed name of the query")
    return str(ox.NamedNode(m.group(1) + local).value)


_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n]*)|(?P<string>'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")"""
    r"""|(?P<iri><[^<>"{}|^`\\\s]*>)|(?P<var>[?$][A-Za-z0-9_]+)|(?P<open>\{)|(?P<close>\})""",
    re.S,
)


def _first_groups(text: str) -> dict[str, int]:
    """For each variable, the offset just after the ``{`` of the innermost group holding its
    first occurrence inside braces (comments, strings and IRIs are skipped)."""
    stack: list[int] = []
    first: dict[str, int] = {}
    for m in _TOKEN.finditer(text):
        if m.lastgroup == "open":
            stack.append(m.end())
        elif m.lastgroup == "close" and stack:
            stack.pop()
        elif m.lastgroup == "var" and stack:
            first.setdefault(m.group()[1:], stack[-1])
    return first


Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
_TRUE = ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))


class Names:
    """The nodes that parameter values name in a store: for a property and a value, every
    subject whose object for that property equals the value under ``LCASE(STR(...))``, as the
    queries compare them. Looked up on first use, one pass over each property's statements
    for all the values asked at once."""

    def __init__(self, store: ox.Store, labels: Iterable[str] = ()) -> None:
        self.store = store
        self.found: dict[tuple[str, str], set[Term]] = {}
        self.pending: set[tuple[str, str]] = {(LABEL, label) for label in labels}

    def nodes(self, prop: str, value: str) -> set[Term]:
        if (prop, value) not in self.found:
            self.pending.add((prop, value))
            self.resolve()
        return self.found[(prop, value)]

    def ask(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.pending.update(p for p in pairs if p not in self.found)

    def __call__(self, label: str) -> set[str]:
        """The IRIs labelled ``label`` (``rdfs:label``), as strings."""
        return {t.value for t in self.nodes(LABEL, label) if isinstance(t, ox.NamedNode)}

    def resolve(self) -> None:
        todo, self.pending = sorted(self.pending - self.found.keys()), set()
        for prop, group in itertools.groupby(todo, key=lambda pair: pair[0]):
            values = [v for _, v in group]
            for v in values:
                self.found[(prop, v)] = set()
            names = [f"_v{i}" for i in range(len(values))]
            matches = "".join(f" BIND (LCASE(STR(?l)) = LCASE(STR(?{n})) AS ?m{i})" for i, n in enumerate(names))
            p = str(ox.NamedNode(prop))
            query = (
                f"SELECT ?x {' '.join(f'?m{i}' for i in range(len(names)))} {' '.join('?' + n for n in names)} WHERE {{"
                f" {{ SELECT DISTINCT ?x ?l WHERE {{ {{ ?x {p} ?l }} UNION {{ GRAPH ?g {{ ?x {p} ?l }} }} }} }}"
                f"{matches} FILTER ({' || '.join(f'?m{i}' for i in range(len(names)))}) }}"
            )
            subs: dict[ox.Variable, Term] = {ox.Variable(n): ox.Literal(v) for n, v in zip(names, values, strict=True)}
            result = self.store.query(query, substitutions=subs)
            assert isinstance(result, ox.QuerySolutions)
            for sol in result:
                x = sol["x"]
                assert x is not None
                for i, v in enumerate(values):
                    if sol[f"m{i}"] == _TRUE:
                        self.found[(prop, v)].add(x)


def anchor(
    text: str, starts: Iterable[Start], values: dict[str, str], candidates: Callable[[str], Iterable[str]]
) -> str:
    """``text`` with a ``VALUES`` block for each start whose parameters are all given, at the
    head of the group where its variables first occur. ``candidates`` gives the IRIs labelled
    a value; a :class:`Names` also answers for other properties. A variable is left out of
    its block when a node so named cannot be written as an IRI, or when ``candidates``
    cannot name by its property."""
    chosen = [s for s in starts if all(p in values for p in s.params)]
    if isinstance(candidates, Names):
        candidates.ask((prop, values[p]) for s in chosen for row in s.rows for prop, p in zip(s.by, row, strict=True))
    heads = _first_groups(text)
    blocks: dict[int, list[str]] = {}
    for s in chosen:
        kept, rows = _rows(s, values, candidates)
        if not kept:
            continue
        if len(kept) == 1:
            block = f"VALUES ?{kept[0]} {{ {' '.join(r[0] for r in rows)} }}"
        else:
            tuples = " ".join("(" + " ".join(r) + ")" for r in rows)
            block = f"VALUES ({' '.join('?' + v for v in kept)}) {{ {tuples} }}"
        blocks.setdefault(heads[s.variables[0]], []).append(block)
    for at in sorted(blocks, reverse=True):
        rest = text[at:]
        if rest.startswith("\n"):
            nxt = rest[1:]
            indent = nxt[: len(nxt) - len(nxt.lstrip(" "))]
            text = text[:at] + "".join(f"\n{indent}{b}" for b in blocks[at]) + rest
        else:
            text = text[:at] + "".join(f" {b}" for b in blocks[at]) + rest
    return text


def _rows(
    s: Start, values: dict[str, str], candidates: Callable[[str], Iterable[str]]
) -> tuple[list[str], list[tuple[str, ...]]]:
    """The block's variables and rows, as serialised terms, sorted. A variable some value
    cannot name (a blank node is so named, or ``candidates`` does not know the property) is
    left out of the block: the rows of the others still hold every answer."""
    named = [[_named(prop, values[p], candidates) for prop, p in zip(s.by, row, strict=True)] for row in s.rows]
    keep = [i for i in range(len(s.variables)) if all(row[i] is not None for row in named)]
    out: set[tuple[str, ...]] = set()
    for row in named:
        out.update(itertools.product(*(sorted(row[i] or ()) for i in keep)))
    return [s.variables[i] for i in keep], sorted(out)


def _named(prop: str, value: str, candidates: Callable[[str], Iterable[str]]) -> set[str] | None:
    if isinstance(candidates, Names):
        terms = candidates.nodes(prop, value)
        if not all(isinstance(t, ox.NamedNode) for t in terms):
            return None  # a blank node (or a triple) named so: no VALUES can hold it
        return {str(t) for t in terms}
    if prop != LABEL:
        return None
    out = set()
    for iri in candidates(value):
        try:
            out.add(str(ox.NamedNode(iri)))
        except ValueError:
            return None
    return out
