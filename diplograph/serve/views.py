"""What the pages show, read from the store in a reader process: plain values only, so they
cross back to the server as they are. Every function takes the open store first."""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox

from diplograph.store import stats

PREFIXES = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""
Row = dict[str, str]


def select(store: ox.Store, query: str, **bound: str) -> list[Row]:
    """A SELECT over the union of the graphs, rows of strings. ``$name`` in the text stands
    for the IRI given as ``name``: checked, then written as a constant, so the planner starts
    from it (Oxigraph plans before it sees substituted values)."""
    for name, iri in bound.items():
        if not _IRI.match(iri):
            raise ValueError(f"not an IRI: {iri!r}")
        query = re.sub(rf"\${name}\b", f"<{iri}>", query)
    result = store.query(PREFIXES + query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: str(getattr(sol[n], "value", "")) if sol[n] is not None else "" for n in names} for sol in result]


_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")


REPORTS = """SELECT ?report ?id ?publisher ?published WHERE { GRAPH ?g { ?report a dg:Report ; dg:documentId ?id .
  OPTIONAL { ?report dcterms:publisher ?publisher } OPTIONAL { ?report schema:datePublished ?published } } }
ORDER BY DESC(?published) ?id"""


def home(store: ox.Store) -> dict[str, Any]:
    """The dataset's figures and its documents, newest first."""
    return {"figures": stats(store), "documents": select(store, REPORTS)}


def resource(store: ox.Store, iri: str) -> dict[str, Any] | None:
    """What the store says about ``iri`` and what points at it; None when it says nothing."""
    out = select(
        store,
        "SELECT DISTINCT ?p ?o ?label ?iri WHERE { $s ?p ?o OPTIONAL { ?o rdfs:label|skos:notation ?label } "
        'BIND (IF(isIRI(?o), "iri", "") AS ?iri) } ORDER BY ?p ?o',
        s=iri,
    )
    if not out:
        return None
    incoming = select(
        store,
        "SELECT DISTINCT ?s ?p ?label WHERE { ?s ?p $o OPTIONAL { ?s rdfs:label ?label } } ORDER BY ?p ?s LIMIT 200",
        o=iri,
    )
    types = [r["o"] for r in out if r["p"] == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"]
    label = next((r["o"] for r in out if r["p"] == "http://www.w3.org/2000/01/rdf-schema#label"), "")
    return {"iri": iri, "types": types, "label": label, "out": out, "in": incoming}


FACT_PROPS = """SELECT ?node ?type ?p ?o ?label ?iri WHERE { GRAPH ?g {
  ?node prov:wasDerivedFrom $report ; a ?type ; ?p ?o .
  FILTER (?type != dg:Extracted && ?type != dg:Communication)
  FILTER (?p NOT IN (prov:wasDerivedFrom, prov:wasGeneratedBy, dg:evidence, rdf:type))
  OPTIONAL { ?o rdfs:label|skos:notation ?label } BIND (IF(isIRI(?o), "iri", "") AS ?iri) } } ORDER BY ?node ?p ?o"""
FACT_SPANS = """SELECT ?node ?start ?end WHERE { GRAPH ?g { ?node prov:wasDerivedFrom $report ;
  dg:evidence/oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end } } ORDER BY ?start ?node"""
RDF = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"


def report(store: ox.Store, iri: str) -> dict[str, Any] | None:
    """A report's text and the facts read from it, each with its evidence offsets."""
    head = select(
        store,
        "SELECT ?id ?text ?publisher ?published ?url WHERE { $report a dg:Report ; dg:documentId ?id ; dg:text ?text "
        "OPTIONAL { $report dcterms:publisher ?publisher } OPTIONAL { $report schema:datePublished ?published } "
        "OPTIONAL { $report schema:url ?url } } LIMIT 1",
        report=iri,
    )
    if not head:
        return None
    facts: dict[str, dict[str, Any]] = {}
    for r in select(store, RDF + FACT_PROPS, report=iri):
        fact = facts.setdefault(r["node"], {"iri": r["node"], "type": r["type"], "props": [], "spans": []})
        fact["props"].append((r["p"], r["o"], r["label"], r["iri"]))
    for r in select(store, FACT_SPANS, report=iri):
        if r["node"] in facts:
            facts[r["node"]]["spans"].append((int(r["start"]), int(r["end"])))
    return {"iri": iri, **head[0], "facts": sorted(facts.values(), key=lambda f: (f["spans"] or [(0, 0)])[0])}


def person(store: ox.Store, iri: str) -> dict[str, Any]:
    """Posts held, with the dates and words of their evidence; communications in time order."""
    posts = select(
        store,
        """SELECT ?post ?postLabel ?date ?exact ?report ?id ?att WHERE { GRAPH ?g {
  ?att dg:holder $person ; dg:post ?post ; prov:wasDerivedFrom ?report ; dg:evidence/oa:hasSelector/oa:exact ?exact .
  ?post rdfs:label ?postLabel . ?report dg:documentId ?id OPTIONAL { ?att dcterms:date ?date } } }
ORDER BY ?date ?id""",
        person=iri,
    )
    return {"posts": posts, "communications": _contacts_of(store, iri)}


def _contacts_of(store: ox.Store, iri: str) -> list[Row]:
    return select(
        store,
        """SELECT ?c ?kind ?role ?date ?report ?id (GROUP_CONCAT(DISTINCT ?otherLabel; SEPARATOR=", ") AS ?others)
WHERE { GRAPH ?g {
  { ?c schema:sender $person BIND ("sent" AS ?role) } UNION { ?c schema:recipient $person BIND ("received" AS ?role) }
  ?c dg:kind/skos:notation ?kind ; prov:wasDerivedFrom ?report . ?report dg:documentId ?id .
  OPTIONAL { ?c dcterms:date ?d } OPTIONAL { ?report schema:datePublished ?pub }
  OPTIONAL { ?c schema:sender|schema:recipient ?other FILTER (?other != $person) ?other rdfs:label ?otherLabel } }
  BIND (STR(COALESCE(?d, ?pub, "")) AS ?date) }
GROUP BY ?c ?kind ?role ?date ?report ?id ORDER BY ?date ?id ?c""",
        person=iri,
    )


CONTACTS = """SELECT DISTINCT ?c ?kind ?date ?id ?report ?a ?aLabel ?b ?bLabel WHERE { GRAPH ?g {
  ?c a dg:Communication ; dg:kind/skos:notation ?kind ; prov:wasDerivedFrom ?report ;
     schema:sender ?x ; schema:recipient ?y .
  ?report dg:documentId ?id OPTIONAL { ?c dcterms:date ?d } OPTIONAL { ?report schema:datePublished ?pub }
  { ?x org:holds/org:postIn ?a } UNION { ?x a dg:State BIND (?x AS ?a) }
  { ?y org:holds/org:postIn ?b } UNION { ?y a dg:State BIND (?y AS ?b) }
  ?a a dg:State ; rdfs:label ?aLabel . ?b a dg:State ; rdfs:label ?bLabel . FILTER (?a != ?b) }
  BIND (STR(COALESCE(?d, ?pub, "")) AS ?date) } ORDER BY ?date ?id ?c"""


def contacts(store: ox.Store) -> list[Row]:
    """Every communication between the states of its sender and recipient (a person's state
    is the one their post is in): communication, kind, date, report, the two states."""
    return select(store, CONTACTS)


def characterisations(store: ox.Store, iri: str) -> list[Row]:
    """How ``iri``'s relationships with other states are characterised, by whom and when."""
    return select(
        store,
        """SELECT ?ch ?other ?otherLabel ?phrase ?level ?by ?byLabel ?date ?report ?id WHERE { GRAPH ?g {
  ?ch a dg:Characterisation ; dg:party $state , ?other ; dg:phrase ?phrase ; prov:wasDerivedFrom ?report .
  FILTER (?other != $state) ?other rdfs:label ?otherLabel . ?report dg:documentId ?id
  OPTIONAL { ?ch dg:level/skos:notation ?level } OPTIONAL { ?ch dg:statedBy ?by . ?by rdfs:label ?byLabel }
  OPTIONAL { ?ch dcterms:date ?date } } } ORDER BY ?date ?otherLabel ?id""",
        state=iri,
    )
