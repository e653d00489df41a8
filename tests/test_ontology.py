"""The ontology folder: one test per data file, the namespace kept equal to the Turtle,
and the CAMEO and PLOVER mappings the act types promise."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import ORG, SH, SKOS

from diplograph.namespace import DG

ONTO = Path(__file__).resolve().parent.parent / "ontology"
NS = str(DG._NS)
CAMEO = "https://w3id.org/diplograph/cameo/"
PLOVER = "https://w3id.org/diplograph/plover/"


def load(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def test_diplograph_ttl_terms_have_label_and_comment() -> None:
    g = load(ONTO / "diplograph.ttl")
    terms = {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}
    assert len(terms) > 40
    for t in terms:
        assert g.value(t, RDFS.label), f"{t} has no rdfs:label"
        assert g.value(t, RDFS.comment), f"{t} has no rdfs:comment"
        assert (t, RDF.type, None) in g


def test_defined_namespace_equals_the_turtle() -> None:
    defined = {
        s
        for p in sorted(ONTO.rglob("*.ttl"))
        if p.name != "shapes.ttl"
        for s in load(p).subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }
    declared = {DG[name] for name in [*DG.__annotations__, *DG._extras]}
    assert defined == declared
    with pytest.raises(AttributeError):
        _ = DG.NoSuchTerm


@pytest.mark.parametrize("path", sorted((ONTO / "schemes").glob("*.ttl")), ids=lambda p: p.stem)
def test_scheme_file(path: Path) -> None:
    g = load(path)
    schemes = set(g.subjects(RDF.type, SKOS.ConceptScheme))
    assert len(schemes) == 1, "one concept scheme per file"
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    assert concepts
    notations = [str(g.value(c, SKOS.notation)) for c in concepts]
    assert len(set(notations)) == len(concepts), "each concept has its own notation"
    for c in concepts:
        assert (c, SKOS.inScheme, next(iter(schemes))) in g
        assert g.value(c, SKOS.prefLabel) and g.value(c, RDFS.label) and g.value(c, RDFS.comment)


def test_act_types_map_to_cameo_and_plover() -> None:
    g = load(ONTO / "schemes" / "act-types.ttl") + load(ONTO / "schemes" / "communication-kinds.ttl")
    cameo = load(ONTO / "schemes" / "cameo.ttl")
    plover = load(ONTO / "schemes" / "plover.ttl")

    def codes(notation: str, prefix: str) -> set[str]:
        c = next(g.subjects(SKOS.notation, Literal(notation)))
        return {
            str(o)[len(prefix) :]
            for p in (SKOS.exactMatch, SKOS.closeMatch)
            for o in g.objects(c, p)
            if str(o).startswith(prefix)
        }

    assert codes("congratulate", CAMEO) == {"051"} and codes("congratulate", PLOVER) == {"SUPPORT"}
    assert codes("thank", CAMEO) == {"051"} and codes("thank", PLOVER) == {"SUPPORT"}
    assert codes("condole", CAMEO) == {"018"}
    assert codes("sign", CAMEO) == {"057"}
    assert codes("letter", CAMEO) == {"040"} and codes("letter", PLOVER) == {"CONSULT"}
    assert codes("phone_call", CAMEO) == {"041"}
    for s, o in [(s, o) for p in (SKOS.exactMatch, SKOS.closeMatch) for s, o in g.subject_objects(p)]:
        target = cameo if str(o).startswith(CAMEO) else plover
        assert (o, RDF.type, SKOS.Concept) in target, f"{s} maps to {o}, which no scheme defines"


def test_reference_states() -> None:
    g = load(ONTO / "reference" / "states.ttl")
    states = set(g.subjects(RDF.type, DG.State))
    assert len(states) >= 40
    for s in states:
        code = str(g.value(s, DG.iso3166))
        assert re.fullmatch(r"[A-Z]{2}", code) and str(s).endswith("/state/" + code)
        assert g.value(s, RDFS.label) and g.value(s, DG.demonym)
    for _s, o in g.subject_objects(OWL.sameAs):
        assert re.fullmatch(r"http://www\.wikidata\.org/entity/Q\d+", str(o))


def test_reference_bodies() -> None:
    g = load(ONTO / "reference" / "bodies.ttl") + load(ONTO / "reference" / "states.ttl")
    bodies = set(g.subjects(RDF.type, DG.Body))
    assert len(bodies) >= 10
    for b in bodies:
        assert g.value(b, RDFS.label)
        country = g.value(b, DG.country)
        assert country is None or (country, RDF.type, DG.State) in g


def test_reference_people() -> None:
    g = load(ONTO / "reference" / "people.ttl")
    people = set(g.subjects(RDF.type, DG.Person))
    assert people
    for p in people:
        label = str(g.value(p, RDFS.label))
        assert str(g.value(p, DG.surname)) in label or any(
            str(g.value(p, DG.surname)) in str(a) for a in g.objects(p, SKOS.altLabel)
        )


def test_shapes_ttl_messages() -> None:
    g = load(ONTO / "shapes.ttl")
    constraints = list(g.objects(None, SH.property)) + list(g.objects(None, SH.sparql))
    assert len(constraints) > 30
    for c in constraints:
        assert g.value(c, SH.message), f"constraint {c} has no sh:message"


def test_context_jsonld() -> None:
    ctx = json.loads((ONTO / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    g = load(ONTO / "diplograph.ttl")
    for key, value in ctx.items():
        iri = value["@id"] if isinstance(value, dict) else value
        if iri.startswith("dg:"):
            assert (DG[iri[3:]], None, None) in g, f"context term {key} names an unknown {iri}"


def test_reference_offices_are_dated() -> None:
    g = load(ONTO / "reference" / "offices.ttl")
    tenures = set(g.subjects(RDF.type, DG.Tenure))
    assert len(tenures) >= 10
    for t in tenures:
        assert g.value(t, DG.holder) and g.value(t, DG.title) and g.value(t, DG["from"])
        until = g.value(t, DG.until)
        assert until is None or str(until) > str(g.value(t, DG["from"]))


def test_ontology_docs_list_every_class(tmp_path: Path) -> None:
    from diplograph.docs import write

    page = write(tmp_path / "docs").read_text(encoding="utf-8")
    g = load(ONTO / "diplograph.ttl")
    for cls in g.subjects(RDF.type, OWL.Class):
        assert f'id="{str(cls).split("#")[-1]}"' in page
    assert "<code>congratulate</code>" in page and "cameo:051" in page


def test_reference_leaders() -> None:
    """ontology/reference/leaders.ttl: each person known by full names only, each tenure dated,
    of a person of the file, for a state or body of the reference data."""
    g = load(ONTO / "reference" / "leaders.ttl")
    known = load(ONTO / "reference" / "states.ttl") + load(ONTO / "reference" / "bodies.ttl")
    people = set(g.subjects(RDF.type, DG.Person))
    assert len(people) >= 300
    others = load(ONTO / "reference" / "people.ttl")
    taken = {str(n) for p in others.subjects(RDF.type, DG.Person) for n in others.objects(p, RDFS.label)}
    for p in people:
        assert g.value(p, DG.surname) is None, p
        names = [str(g.value(p, RDFS.label)), *(str(a) for a in g.objects(p, SKOS.altLabel))]
        assert all(" " in n for n in names[1:]), p  # a label may be one name ("Sugiono")
        assert not set(names) & taken, p
    tenures = set(g.subjects(RDF.type, DG.Tenure))
    assert len(tenures) >= len(people)
    for t in tenures:
        assert g.value(t, DG.holder) in people
        org = g.value(t, ORG.organization)
        assert (org, RDF.type, DG.State) in known or (org, RDF.type, DG.Body) in known, t
        until = g.value(t, DG.until)
        assert until is None or str(until) > str(g.value(t, DG["from"]))
