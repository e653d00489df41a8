"""The reference states: every UN member and observer state once, each well formed, and every
name, demonym and city standing for one state only."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from diplograph.namespace import DG

STATES = Path(__file__).resolve().parent.parent / "ontology" / "reference" / "states.ttl"

# ISO 3166-1 alpha-2 codes of the 193 UN member states and the two observer states (PS, VA).
UN_CODES = tuple(
    """
    AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM
    CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN
    HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA
    MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PS PT PW
    PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ
    UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW
    """.split()
)

# City-states whose capital bears the state's own name.
CITY_STATES = frozenset({"SG"})


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(STATES, format="turtle")


def states(g: Graph) -> list[URIRef]:
    return sorted(s for s in g.subjects(RDF.type, DG.State) if isinstance(s, URIRef))


def names(g: Graph, s: URIRef) -> set[str]:
    return {str(n) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for n in g.objects(s, p)}


# States that are neither, named as parties in their own right: Taiwan (ISO 3166-1) and Kosovo
# (the user-assigned code XK, as the European Commission and the IMF use it).
OTHER_CODES = ["TW", "XK"]


def test_code_list() -> None:
    assert len(UN_CODES) == len(set(UN_CODES)) == 195
    assert {"VA", "PS"} <= set(UN_CODES)


def test_every_un_state_once(graph: Graph) -> None:
    codes = Counter(str(c) for s in states(graph) for c in graph.objects(s, DG.iso3166))
    assert {c: n for c, n in codes.items() if n > 1} == {}
    assert set(UN_CODES) - set(codes) == set(), "missing states"
    assert set(codes) - set(UN_CODES) == set(OTHER_CODES), "states that are not UN members or observers"


def test_each_state_is_well_formed(graph: Graph) -> None:
    for s in states(graph):
        labels = list(graph.objects(s, RDFS.label))
        codes = [str(c) for c in graph.objects(s, DG.iso3166)]
        assert len(labels) == 1, f"{s} needs exactly one rdfs:label"
        assert len(codes) == 1 and str(s).rsplit("/", 1)[-1] == codes[0], f"{s} has iso3166 {codes}"
        assert [str(p) for p in graph.objects(s, SKOS.prefLabel)] == [str(labels[0])], f"{s} prefLabel"
        assert list(graph.objects(s, DG.demonym)), f"{s} has no demonym"


def test_no_string_stands_for_two_states(graph: Graph) -> None:
    """A name, demonym or city, whatever its role, leads to one state only."""
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for s in states(graph):
        strings = names(graph, s) | {str(o) for p in (DG.demonym, DG.city) for o in graph.objects(s, p)}
        for text in strings:
            owners[text].add(s)
    shared = {text: sorted(str(s).rsplit("/", 1)[-1] for s in o) for text, o in owners.items() if len(o) > 1}
    assert shared == {}


def test_no_city_is_a_state_name(graph: Graph) -> None:
    state_names = {s: names(graph, s) for s in states(graph)}
    for s in states(graph):
        own = str(s).rsplit("/", 1)[-1] in CITY_STATES
        for city in map(str, graph.objects(s, DG.city)):
            for other, other_names in state_names.items():
                if city in other_names:
                    assert own and other == s, f"city {city!r} of {s} is a name of {other}"


# Capitals left out on purpose: given names (Sofia, Victoria) a city would take from people,
# and capitals named as their state (San Marino, Vatican City).
NO_CITY = {"BG", "SC", "SM", "VA"}


def test_each_state_has_a_city_unless_its_capital_would_mislead(graph: Graph) -> None:
    """Datelines and "messages of sympathy to Tehran" need a state's capital: every state has
    one, but those whose capital is also a given name or the state's own name."""
    cityless = {
        str(c) for s in states(graph) if not list(graph.objects(s, DG.city)) for c in graph.objects(s, DG.iso3166)
    }
    assert cityless == NO_CITY
