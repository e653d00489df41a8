"""The reference bodies: one label each, no name shared by two bodies, organs that point to a
defined body, national bodies tied to a state by its ISO code."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import ORG, SKOS

from diplograph.namespace import DG

REFERENCE = Path(__file__).resolve().parent.parent / "ontology" / "reference"
BODY_NS = "https://w3id.org/diplograph/id/body/"
STATE_NS = "https://w3id.org/diplograph/id/state/"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(REFERENCE / "bodies.ttl", format="turtle")


def bodies(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects(RDF.type, DG.Body) if isinstance(s, URIRef)}


def names(g: Graph, body: URIRef) -> set[str]:
    return {str(o) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for o in g.objects(body, p)}


def owners(g: Graph) -> dict[str, set[URIRef]]:
    """Each name string and the bodies it names."""
    found: dict[str, set[URIRef]] = defaultdict(set)
    for b in bodies(g):
        for name in names(g, b):
            found[name].add(b)
    return found


def test_every_body_has_one_label_and_a_slug_iri(graph: Graph) -> None:
    assert len(bodies(graph)) >= 100
    for b in bodies(graph):
        assert len(list(graph.objects(b, RDFS.label))) == 1, f"{b} needs exactly one rdfs:label"
        assert len(list(graph.objects(b, SKOS.prefLabel))) == 1, f"{b} needs exactly one skos:prefLabel"
        assert str(b).startswith(BODY_NS)
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", str(b)[len(BODY_NS) :]), f"{b} is not a lowercase slug"


def test_no_name_belongs_to_two_bodies(graph: Graph) -> None:
    shared = {name: sorted(map(str, bs)) for name, bs in owners(graph).items() if len(bs) > 1}
    assert not shared, f"names given to more than one body: {shared}"


def test_names_are_trimmed_and_non_empty(graph: Graph) -> None:
    for name in owners(graph):
        assert name and name == name.strip() and "  " not in name, f"badly spaced name {name!r}"


def test_sub_organisations_point_to_defined_bodies(graph: Graph) -> None:
    defined = bodies(graph)
    links = list(graph.subject_objects(ORG.subOrganizationOf))
    assert links
    for child, parent in links:
        assert parent in defined, f"{child} is an organ of {parent}, which the file does not define"
        assert child != parent


def test_countries_are_state_iris_with_iso_codes(graph: Graph) -> None:
    countries = list(graph.subject_objects(DG.country))
    assert countries
    for body, country in countries:
        assert isinstance(country, URIRef), f"{body} has a literal dg:country"
        assert str(country).startswith(STATE_NS), f"{body}: {country} is not a state IRI"
        assert re.fullmatch(r"[A-Z]{2}", str(country)[len(STATE_NS) :]), f"{body}: {country} is not an ISO code"
    for body in bodies(graph):
        assert len(list(graph.objects(body, DG.country))) <= 1, f"{body} has more than one country"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("ASEAN", "asean"),
        ("GCC", "gcc"),
        ("African Union", "african-union"),
        ("NATO", "nato"),
        ("OSCE", "osce"),
        ("World Health Organization", "who"),
        ("IAEA", "iaea"),
        ("International Court of Justice", "icj"),
        ("League of Arab States", "arab-league"),
        ("Cooperation Council of Turkic-Speaking States", "ots"),
        ("Executive Committee of the CIS", "cis-executive-committee"),
        ("Knesset", "knesset"),
        ("TBMM", "tbmm"),
        ("United States Senate", "us-senate"),
    ],
)
def test_expected_names_resolve(graph: Graph, name: str, slug: str) -> None:
    assert owners(graph).get(name) == {URIRef(BODY_NS + slug)}


def test_organs_and_national_bodies(graph: Graph) -> None:
    body = URIRef(BODY_NS + "unicef")
    assert (body, ORG.subOrganizationOf, URIRef(BODY_NS + "un")) in graph
    assert (URIRef(BODY_NS + "european-parliament"), ORG.subOrganizationOf, URIRef(BODY_NS + "eu")) in graph
    assert (URIRef(BODY_NS + "milli-majlis"), DG.country, URIRef(STATE_NS + "AZ")) in graph
    assert graph.value(URIRef(BODY_NS + "nato"), DG.country) is None


@pytest.mark.parametrize(
    "name", ["Senate", "Parliament", "National Assembly", "State Council", "Cabinet", "Government", "Commonwealth"]
)
def test_no_new_bare_common_names(graph: Graph, name: str) -> None:
    """Words many countries use name no body ("the Cambodian Senate" is not Kazakhstan's)."""
    assert owners(graph).get(name, set()) == set()
