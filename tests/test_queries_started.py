"""Queries that start from the nodes their parameters name (the ``start`` header) answer as
the plain queries did. On the test cases' graphs and a graph of edge cases (a label in
other letters' case, two labels, blank nodes named like states, a person holding posts in
two states, an act with two addressees, one with none), for every parameter value the data
offers, in other letter cases and either order, the rows of each saved query run as
``diplograph query`` runs it equal those of its plain form in ``tests/plain_queries/``
with the same bound parameters; and the query as written gives the same rows in the same
order."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.errors import BadInput
from diplograph.namespace import graph_iri
from diplograph.queries import anchored, bind, get, labelled, parse_query_file, run, saved_queries, started

HERE = Path(__file__).parent
PLAIN = {p.stem: p.read_text(encoding="utf-8") for p in (HERE / "plain_queries").glob("*.rq")}

EDGE = """
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/diplograph/id/> .
@prefix e: <https://w3id.org/diplograph/id/report/edge/> .

id:graph\\/edge-cases {
  e:r a dg:Report ; dg:documentId "edge-cases" ; schema:datePublished "2025-04-01"^^xsd:date .
  id:state\\/KZ a dg:State ; rdfs:label "KAZAKHSTAN" .
  id:state\\/UZ a dg:State ; rdfs:label "Uzbekistan", "O'zbekiston" .
  _:kz a dg:State ; rdfs:label "Kazakhstan" .
  id:person\\/ana-vidal a dg:Person ; rdfs:label "Ana Vidal" ; org:holds e:p-kz, e:p-uz .
  e:p-kz a org:Post ; dg:title "President" ; org:postIn id:state\\/KZ .
  e:p-uz a org:Post ; dg:title "Prime Minister" ; org:postIn id:state\\/UZ .
  _:post a org:Post ; dg:title "PRESIDENT" ; org:postIn id:state\\/UZ .
  <https://w3id.org/diplograph/relation-level/friendship> skos:notation "friendship" .
  e:rel0 a dg:Characterisation ; prov:wasDerivedFrom e:r ; dg:phrase "good neighbours" ;
    dg:party id:state\\/KZ, id:state\\/UZ ; dg:statedBy id:person\\/ana-vidal ;
    dg:level <https://w3id.org/diplograph/relation-level/friendship> .
  e:rel1 a dg:Characterisation ; prov:wasDerivedFrom e:r ; dg:phrase "brotherly" ; dg:party _:kz, id:state\\/UZ .
  e:rel2 a dg:Characterisation ; prov:wasDerivedFrom e:r ; dg:phrase "a partner of itself" ;
    dg:party id:state\\/UZ ; dcterms:date "2025-03-01"^^xsd:date .
  <https://w3id.org/diplograph/kind/letter> skos:notation "letter" .
  e:c0 a dg:Communication ; prov:wasDerivedFrom e:r ; dg:kind <https://w3id.org/diplograph/kind/letter> ;
    schema:sender id:person\\/ana-vidal ; schema:recipient id:state\\/UZ ; dcterms:date "2025-03-30"^^xsd:date .
  e:c1 a dg:Communication ; prov:wasDerivedFrom e:r ; dg:kind <https://w3id.org/diplograph/kind/letter> ;
    schema:sender id:state\\/UZ ; schema:recipient id:person\\/ana-vidal .
  e:c2 a dg:Communication ; prov:wasDerivedFrom e:r ; dg:kind <https://w3id.org/diplograph/kind/letter> ;
    schema:sender _:kz ; schema:recipient id:state\\/UZ .
  <https://w3id.org/diplograph/act/thank> skos:notation "thank" .
  <https://w3id.org/diplograph/act/congratulate> skos:notation "congratulate" .
  e:a0 a dg:Act ; prov:wasDerivedFrom e:r ; dg:actType <https://w3id.org/diplograph/act/thank> ;
    dg:agent id:person\\/ana-vidal ; dg:addressee id:state\\/UZ, id:state\\/KZ ; dg:evidence e:s0 ; dg:topic "help" .
  e:a1 a dg:Act ; prov:wasDerivedFrom e:r ; dg:actType <https://w3id.org/diplograph/act/congratulate> ;
    dg:agent id:person\\/ana-vidal ; dg:evidence e:s1 .
  e:a2 a dg:Act ; prov:wasDerivedFrom e:r ; dg:actType <https://w3id.org/diplograph/act/thank> ;
    dg:agent _:kz ; dg:addressee id:state\\/UZ ; dg:evidence e:s0 .
  e:s0 oa:hasSelector e:s0sel . e:s0sel oa:start 3 .
  e:s1 oa:hasSelector e:s1sel . e:s1sel oa:start 9 .
  e:x0 a dg:PostAttestation ; prov:wasDerivedFrom e:r ; dg:holder id:person\\/ana-vidal ; dg:post e:p-kz ;
    dcterms:date "2025-04-01"^^xsd:date .
  e:x1 a dg:PostAttestation ; prov:wasDerivedFrom e:r ; dg:holder id:person\\/ana-vidal ; dg:post _:post ;
    dcterms:date "2025-04-01"^^xsd:date .
  <https://w3id.org/diplograph/initiative-kind/international_year> skos:notation "international_year" .
  e:i0 a dg:Initiative ; prov:wasDerivedFrom e:r ; rdfs:label "Year of Edges" ;
    dg:initiativeKind <https://w3id.org/diplograph/initiative-kind/international_year> ; dg:initiator id:state\\/KZ .
  e:i1 a dg:Initiative ; prov:wasDerivedFrom e:r ; rdfs:label "Decade of Blanks" ;
    dg:initiativeKind <https://w3id.org/diplograph/initiative-kind/international_year> ; dg:initiator _:kz ;
    dg:adoptedBy e:un ; dg:manner "by consensus" .
  e:un rdfs:label "UN General Assembly" .
}
"""


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    for ttl in sorted((HERE / "cases").glob("*.ttl")):
        s.load(ttl.read_bytes(), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(graph_iri(ttl.stem))))
    s.load(EDGE.encode(), format=ox.RdfFormat.TRIG)
    return s


def strings(store: ox.Store, sparql: str) -> list[tuple[str, ...]]:
    prefixes = "".join(line + "\n" for line in PLAIN["relationship"].splitlines() if line.startswith("PREFIX"))
    rows = run(store, prefixes + sparql)[1]
    return sorted({tuple(r) for r in rows})


def cased(value: str) -> list[str]:
    return sorted({value, value.upper(), value.lower()})


def values_for(store: ox.Store, name: str) -> list[dict[str, str]]:
    """Every value the data offers the query's parameters, in other letter cases and either
    order, and values that name nothing."""
    out: list[dict[str, str]] = []
    if name == "relationship":
        for a, b in strings(
            store, "SELECT ?a ?b { GRAPH ?g { ?c dg:party ?x, ?y . ?x rdfs:label ?a . ?y rdfs:label ?b } }"
        ):
            out += [{"state1": a, "state2": b}, {"state1": a.upper(), "state2": b.lower()}]
        out += [{"state1": "Kazakhstan", "state2": "Nowhere"}]
    elif name == "contact-timeline":
        side = "{ ?%s a dg:State BIND (?%s AS ?%s2) } UNION { ?%s org:holds/org:postIn ?%s2 }"
        for a, b in strings(
            store,
            "SELECT ?a ?b { GRAPH ?g { ?c schema:sender ?s ; schema:recipient ?r . "
            + side % ("s", "s", "s", "s", "s")
            + side % ("r", "r", "r", "r", "r")
            + " ?s2 rdfs:label ?a . ?r2 rdfs:label ?b } }",
        ):
            out += [{"state1": a, "state2": b}, {"state1": b.lower(), "state2": a.upper()}]
        out += [{"state1": "Kazakhstan", "state2": "Nowhere"}]
    elif name == "thanks-and-congratulations":
        for a, b in strings(
            store,
            "SELECT ?a ?b { GRAPH ?g { ?x dg:agent ?ag . ?ag rdfs:label ?a "
            "OPTIONAL { ?x dg:addressee ?ad . ?ad rdfs:label ?b } } }",
        ):
            out += [{"agent": v} for v in cased(a)]
            out += [{"agent": a, "addressee": v} for v in cased(b)] if b else []
        out += [{"agent": "nobody of that name"}, {"agent": "Ana Vidal", "addressee": "nobody"}]
    elif name == "post-holders":
        for title, of, on in strings(
            store,
            "SELECT ?t ?o ?d { GRAPH ?g { ?x dg:post ?p ; dcterms:date ?d . ?p dg:title ?t ; org:postIn ?i . "
            "?i rdfs:label ?o } }",
        ):
            out += [{"post": t, "of": o, "on": on} for t in cased(title) for o in cased(of)]
            out += [{"post": title, "of": of, "on": "2000-01-01"}]
        out += [{"post": "President", "of": "Atlantis", "on": "2030-01-01"}]
    elif name == "initiatives-of-state":
        for (s,) in strings(store, "SELECT ?s { GRAPH ?g { ?i dg:initiator ?x . ?x rdfs:label ?s } }"):
            out += [{"state": v} for v in cased(s)]
        out += [{"state": "Atlantis"}]
    return out


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_started_queries_answer_as_the_plain_ones(store: ox.Store, name: str) -> None:
    q = get(name)
    assert q.starts, name
    runs = values_for(store, name)
    found = started_here = 0
    for values in runs:
        subs = bind(q, values)
        header, want = run(store, PLAIN[name], substitutions=subs)
        text = started(store, q, values)
        started_here += text != q.text
        got_header, got = run(store, text, substitutions=subs)
        assert got_header == header and sorted(got) == sorted(want), (name, values)
        assert run(store, q.text, substitutions=subs)[1] == got, (name, values)  # same order too
        found += len(got)
    assert len(runs) >= 8 and found >= 5, (name, len(runs), found)
    assert started_here >= len(runs) // 2, (name, started_here, len(runs))


def test_every_query_with_label_filters_starts_from_its_nodes() -> None:
    assert {q.name for q in saved_queries().values() if q.starts} == set(PLAIN)


def test_blank_nodes_and_unknown_properties_leave_their_variable_out(store: ox.Store) -> None:
    q = get("relationship")
    text = started(store, q, {"state1": "kazakhstan", "state2": "Uzbekistan"})  # one KZ is a blank node
    assert "VALUES ?p2 { <https://w3id.org/diplograph/id/state/UZ> }" in text and "?p1 ?p2) {" not in text
    both = started(store, q, {"state1": "uzbekistan", "state2": "O'ZBEKISTON"})
    uz = "<https://w3id.org/diplograph/id/state/UZ>"
    assert f"VALUES (?p1 ?p2) {{ ({uz} {uz}) }}" in both
    posts = get("post-holders")  # named by dg:title, which a label index cannot answer
    given = {"post": "President", "of": "Kyrgyzstan", "on": "2025-01-01"}
    only_labels = anchored(posts, given, lambda label: {"https://w3id.org/diplograph/id/state/KG"})
    assert "VALUES ?in { <https://w3id.org/diplograph/id/state/KG> }" in only_labels
    assert "VALUES ?in {" in started(store, posts, given)  # a post titled "PRESIDENT" is a blank node
    assert "VALUES (?in ?p)" in started(store, posts, {**given, "post": "prime minister"})


def test_names_compare_as_the_queries_do(store: ox.Store) -> None:
    names = labelled(store, ["kazakhstan"])
    assert names("kazakhstan") == {"https://w3id.org/diplograph/id/state/KZ"}  # IRIs only, as before
    kz = names.nodes("http://www.w3.org/2000/01/rdf-schema#label", "KAZAKHSTAN")
    assert len(kz) == 2 and any(isinstance(t, ox.BlankNode) for t in kz)
    assert names("Kazakh") == set()
    title = "https://w3id.org/diplograph/ontology#title"
    assert ox.NamedNode("https://w3id.org/diplograph/id/report/edge/p-uz") in names.nodes(title, "prime MINISTER")


def test_values_go_to_the_group_where_the_variables_first_occur(tmp_path: Path) -> None:
    q = tmp_path / "q.rq"
    q.write_text(
        "#+ summary: s\n"
        "#+ start: {a b: [[x, y], [y, x]], c: [z]}\n"
        "#+ named_by: {c: ex:title}\n"
        "PREFIX ex: <urn:ex:>\n"
        "SELECT ?_x ?_y ?__z WHERE {\n"
        "  GRAPH ?g {\n"
        '    ?a ex:p ?b . # a comment with a brace { and "?c"\n'
        "    { ?b ex:q ?c } UNION { FILTER NOT EXISTS { ?b ex:q [] } }\n"
        "  }\n"
        "}\n"
    )
    parsed = parse_query_file(q)
    assert [(s.variables, s.rows, s.by) for s in parsed.starts] == [
        (("a", "b"), (("x", "y"), ("y", "x")), ("http://www.w3.org/2000/01/rdf-schema#label",) * 2),
        (("c",), (("z",),), ("urn:ex:title",)),
    ]
    assert parsed.start == (("a b", ("x", "y")), ("c", ("z",)))
    names = {"X": {"urn:x"}, "Y": {"urn:y1", "urn:y2"}}
    text = anchored(parsed, {"x": "X", "y": "Y"}, lambda label: names.get(label, set()))
    assert "  GRAPH ?g {\n    VALUES (?a ?b) { (<urn:x> <urn:y1>) (<urn:x> <urn:y2>) (<urn:y1> <urn:x>) " in text
    assert "?__z" in text and "VALUES ?c" not in text  # z not given; by a label index c cannot be named
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:n"), ox.NamedNode("urn:ex:title"), ox.Literal("Z"), ox.NamedNode("urn:g")))
    text = anchored(parsed, {"x": "X", "y": "Y", "z": "z"}, labelled(store))
    assert "{ VALUES ?c { <urn:n> } ?b ex:q ?c }" in text and "VALUES (?a ?b) {  }" in text


@pytest.mark.parametrize(
    "header",
    [
        "start: {a c: [[x, y]]}",  # ?a and ?c first occur in different groups
        "start: {a: [[x, y]]}",  # two parameters for one variable
        "start: {a: [d]}",  # not a string parameter
        "start: {a: [w]}",  # not a parameter
        "start: {nothing: [x]}",
        "start: {a: [x]}\n#+ named_by: {b: ex:title}",
        "start: {a: [x]}\n#+ named_by: {a: nope:title}",
        "start: [a, x]",
    ],
)
def test_bad_start_headers_name_the_file(tmp_path: Path, header: str) -> None:
    q = tmp_path / "bad.rq"
    q.write_text(
        f"#+ summary: s\n#+ {header}\n"
        "PREFIX ex: <urn:ex:>\n"
        "SELECT ?_x ?_y ?_d_xsd_date WHERE { GRAPH ?g { ?a ex:p ?b . { ?b ex:q ?c } } }\n"
    )
    with pytest.raises(BadInput, match=r"bad\.rq:1: '(start|named_by)'"):
        parse_query_file(q)
