"""The dictionaries ingest reads by: reference entities from ``ontology/reference`` and the
patterns in ``ingest/``, loaded once and compiled."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import ORG, SKOS

from diplograph.errors import BadInput
from diplograph.namespace import DG
from diplograph.read.needles import needles
from diplograph.resources import data_dir


@dataclass(frozen=True)
class Entity:
    """A person, state or body as ingest knows it."""

    iri: URIRef
    kind: str  # "person" | "state" | "body"
    label: str
    country: str | None = None  # ISO code: a state's own, a national body's
    surname: str | None = None
    same_as: tuple[URIRef, ...] = ()  # links out (Wikidata) where certain


@dataclass(frozen=True)
class ActPattern:
    act: str
    verb: re.Pattern[str]
    addressee: str
    topic: tuple[str, ...]
    mode: str  # object | predicate | reciprocal
    agent_rule: str | None = None  # "invitee": whoever was invited; "contact": the latest contact's parties
    no_addressee: re.Pattern[str] | None = None  # a topic that names third parties
    needles: frozenset[str] | None = None  # one of which every match of ``verb`` contains (lower case)


@dataclass(frozen=True)
class CommPattern:
    kind: str
    pattern: re.Pattern[str]
    direction: str  # to | from | joint | between | passive | attended
    adjacent: bool
    then: re.Pattern[str] | None


@dataclass(frozen=True)
class Tenure:
    """Reference data: ``holder`` held ``title`` in ``organisation`` from ``start`` until ``end``."""

    holder: URIRef
    title: str
    organisation: URIRef
    start: date
    end: date | None

    def on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass
class Lexicon:
    names: dict[str, Entity] = field(default_factory=dict)  # surface form -> state/body/person
    demonyms: dict[str, Entity] = field(default_factory=dict)
    cities: dict[str, Entity] = field(default_factory=dict)  # place name -> its state
    states: dict[str, Entity] = field(default_factory=dict)  # ISO code -> state
    surnames: dict[str, list[Entity]] = field(default_factory=dict)
    titles: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    honorifics: list[str] = field(default_factory=list)
    style_stops: list[str] = field(default_factory=list)  # words after which a style is no style ("General Assembly")
    institutions: list[str] = field(default_factory=list)
    envoys: list[str] = field(default_factory=list)
    ranks: frozenset[str] = frozenset()  # titles kept as a rank, lower case ("ambassador")
    abbreviations: dict[str, str] = field(default_factory=dict)  # short form -> post
    address: list[str] = field(default_factory=list)  # words of address before a surname
    serving: list[str] = field(default_factory=list)  # posts that serve another's ("Assistant to the President")
    fields: frozenset[str] = frozenset()  # words of a portfolio, never of a name ("Integration")
    portfolios: list[str] = field(default_factory=list)  # head words of posts of any portfolio
    heads_of_state: list[str] = field(default_factory=list)  # posts of a head of state
    heads_of_government: list[str] = field(default_factory=list)  # posts of a head of government
    same_posts: list[frozenset[str]] = field(default_factory=list)  # one post by two names (lower case)
    tenure_titles: dict[str, str] = field(default_factory=dict)  # a report's name -> the tenures' (lower case)
    acts: list[ActPattern] = field(default_factory=list)
    comms: list[CommPattern] = field(default_factory=list)
    recalled: list[tuple[re.Pattern[str], frozenset[str] | None]] = field(default_factory=list)  # and its needles
    visit: dict[str, Any] = field(default_factory=dict)
    implies: dict[str, str] = field(default_factory=dict)
    occasion_acts: frozenset[str] = frozenset({"congratulate", "condole"})
    relations: dict[str, Any] = field(default_factory=dict)
    initiatives: dict[str, Any] = field(default_factory=dict)
    quotes: dict[str, Any] = field(default_factory=dict)
    references: dict[str, Any] = field(default_factory=dict)
    levels: list[tuple[str, URIRef]] = field(default_factory=list)  # (label, concept), longest first
    notations: dict[URIRef, Literal] = field(default_factory=dict)  # scheme concept -> skos:notation
    tenures: list[Tenure] = field(default_factory=list)


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML 1.2 booleans: only true/false, so words such as "on" and "no" stay words. On
    libyaml's parser where PyYAML has it (ten times faster), else on PyYAML's own."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def load_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - safe loader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise BadInput(f"{path}{where}: invalid YAML ({exc})") from None


def reference_graph() -> Graph:
    g = Graph()
    for ttl in sorted((data_dir("ontology") / "reference").glob("*.ttl")):
        g.parse(ttl, format="turtle")
    for ttl in sorted((data_dir("ontology") / "schemes").glob("*.ttl")):
        g.parse(ttl, format="turtle")
    return g


def _compile(path: Path, index: int, pattern: str, *, whole_words: bool = False) -> re.Pattern[str]:
    """Compile an entry's pattern; ``whole_words`` makes a match end at a word boundary, so
    "conversation to" is not found inside "conversation today with"."""
    try:
        return re.compile(f"(?:{pattern})\\b" if whole_words else pattern, re.IGNORECASE)
    except re.error as exc:
        raise BadInput(f"{path}: entry {index + 1}: bad pattern {pattern!r} ({exc})") from None


@cache
def grammar_acts() -> dict[str, Any]:
    """``ingest/grammar/acts.yaml``: act verbs and nouns by lemma, and the verbs that carry them."""
    data: dict[str, Any] = load_yaml(data_dir("ingest") / "grammar" / "acts.yaml")
    return data


@cache
def lexicon() -> Lexicon:
    """The loaded lexicon (cached: the data folders do not change while running)."""
    lex = Lexicon()
    g = reference_graph()
    people: dict[str, Entity] = {}
    for s in g.subjects(RDF.type, DG.State):
        assert isinstance(s, URIRef)
        code = str(g.value(s, DG.iso3166))
        links = tuple(sorted(URIRef(str(o)) for o in g.objects(s, OWL.sameAs)))
        ent = Entity(s, "state", str(g.value(s, RDFS.label)), country=code, same_as=links)
        for name in [g.value(s, RDFS.label), *g.objects(s, SKOS.altLabel)]:
            lex.names[str(name)] = ent
        lex.states[code] = ent
        for dem in g.objects(s, DG.demonym):
            lex.demonyms[str(dem)] = ent
            if re.search(r"(?:an|i|ino|ek|ik|kh|ak|in|ine|ene|que)$", str(dem)):
                people.setdefault(f"{dem}s", ent)  # its people: "wished Zimbabweans peace"
        for city in g.objects(s, DG.city):
            lex.cities[str(city)] = ent
            lex.cities.setdefault(unaccented(str(city)), ent)
    for plural, ent in people.items():
        if plural not in lex.names:
            lex.demonyms.setdefault(plural, ent)
    for s in g.subjects(RDF.type, DG.Body):
        assert isinstance(s, URIRef)
        country = g.value(s, DG.country)
        body_code = str(g.value(country, DG.iso3166)) if country is not None else None
        ent = Entity(s, "body", str(g.value(s, RDFS.label)), country=body_code)
        for name in [g.value(s, RDFS.label), g.value(s, SKOS.prefLabel), *g.objects(s, SKOS.altLabel)]:
            if name is not None:
                lex.names.setdefault(str(name), ent)
    for s in g.subjects(RDF.type, DG.Person):
        assert isinstance(s, URIRef)
        # a person with no dg:surname is known by full names only (office holders in
        # leaders.ttl: a surname alone may be anyone's)
        known = g.value(s, DG.surname)
        surname = str(known) if known is not None else None
        ent = Entity(s, "person", str(g.value(s, RDFS.label)), surname=surname)
        for name in [g.value(s, RDFS.label), *g.objects(s, SKOS.altLabel)]:
            if " " in str(name):
                lex.names[str(name)] = ent
            elif surname is not None:
                lex.surnames.setdefault(str(name), []).append(ent)
        if surname is not None:
            lex.surnames.setdefault(surname, []).append(ent)
    for concept, notation in g.subject_objects(SKOS.notation):
        if isinstance(concept, URIRef) and isinstance(notation, Literal):
            lex.notations[concept] = notation
    levels = []
    for concept in g.subjects(SKOS.inScheme, DG.RelationLevels):
        assert isinstance(concept, URIRef)
        for label in [*g.objects(concept, SKOS.prefLabel), *g.objects(concept, SKOS.altLabel)]:
            levels.append((str(label).lower(), concept))
    lex.levels = sorted(levels, key=lambda x: -len(x[0]))
    for t in g.subjects(RDF.type, DG.Tenure):
        until = g.value(t, DG.until)
        lex.tenures.append(
            Tenure(
                URIRef(str(g.value(t, DG.holder))),
                str(g.value(t, DG.title)),
                URIRef(str(g.value(t, ORG.organization))),
                date.fromisoformat(str(g.value(t, DG["from"]))),
                date.fromisoformat(str(until)) if until else None,
            )
        )

    ing = data_dir("ingest")
    titles = load_yaml(ing / "titles.yaml")
    lex.abbreviations = {**(titles.get("abbreviations") or {}), **(titles.get("post_styles") or {})}
    lex.address = list(titles["address"])
    lex.serving = list(titles["serving"])
    lex.fields = frozenset(titles.get("fields", []))
    lex.portfolios = list(titles["portfolios"])
    lex.heads_of_state = list(titles["heads_of_state"])
    lex.heads_of_government = list(titles["heads_of_government"])
    lex.same_posts = [frozenset(t.lower() for t in names) for names in titles["same_posts"]]
    lex.tenure_titles = {k.lower(): v.lower() for k, v in titles["tenure_titles"].items()}
    lex.titles = sorted([*titles["posts"], *lex.abbreviations], key=len, reverse=True)
    lex.descriptions = sorted(titles["descriptions"], key=len, reverse=True)
    lex.honorifics = sorted(titles["honorifics"], key=len, reverse=True)
    lex.style_stops = list(titles.get("style_stops") or [])
    lex.institutions = sorted(titles["institutions"], key=len, reverse=True)
    lex.envoys = list(titles["envoys"])
    lex.ranks = frozenset(t.lower() for t in titles.get("ranks", []))
    path = ing / "acts.yaml"
    for i, e in enumerate(load_yaml(path)):
        lex.acts.append(
            ActPattern(
                e["act"],
                verb := _compile(path, i, e["verb"], whole_words=True),
                e.get("addressee", "none"),
                tuple(e.get("topic", [""])),
                e.get("mode", "object"),
                e.get("agent"),
                _compile(path, i, e["no_addressee"]) if e.get("no_addressee") else None,
                needles(verb),
            )
        )
    path = ing / "communications.yaml"
    comms = load_yaml(path)
    for i, e in enumerate(comms["patterns"]):
        then = _compile(path, i, e["then"]) if e.get("then") else None
        lex.comms.append(
            CommPattern(
                e["kind"],
                _compile(path, i, e["pattern"], whole_words=True),
                e.get("direction", "to"),
                bool(e.get("adjacent")),
                then,
            )
        )
    lex.recalled = [(rx := _compile(path, i, r), needles(rx)) for i, r in enumerate(comms["recalled"])]
    lex.visit = comms["visit"]
    lex.implies = comms["implies"]
    lex.relations = load_yaml(ing / "relations.yaml")
    lex.initiatives = load_yaml(ing / "initiatives.yaml")
    lex.quotes = load_yaml(ing / "quotes.yaml")
    lex.references = load_yaml(ing / "references.yaml")
    return lex


def unaccented(name: str) -> str:
    """A name without its diacritics, as the reference data may spell a place ("Brasília" ->
    "Brasilia").

    >>> unaccented("Brasília"), unaccented("Asunción")
    ('Brasilia', 'Asuncion')
    """
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def city(name: str) -> Entity | None:
    """The state a city of the reference data is in, however the report accents its name."""
    cities = lexicon().cities
    return cities.get(name) or cities.get(unaccented(name))


def held_for(holder: str, day: date) -> str | None:
    """The state (ISO code) whose office ``holder`` held on ``day`` by the reference data."""
    codes = {
        e.country
        for t in tenures_of(holder)
        if t.on(day) and (e := organisation(t.organisation)) is not None and e.kind == "state"
    }
    return codes.pop() if len(codes) == 1 else None


REALMS = ("Kingdom", "Sultanate", "Principality", "Grand Duchy")
"""The forms of state a report may name its state by ("the Kingdom", "the Sultanate")."""

BODY_WORDS = ("Organisation", "Organization", "League", "Community", "Union", "Alliance", "Secretariat", "Commission")
"""The words a report may name a body by again ("the Organisation", "the League"), capitalised."""


@cache
def realms() -> dict[str, tuple[Entity, ...]]:
    """Each form of state -> the states whose official name is of that form ("Kingdom of
    Morocco": Morocco is a Kingdom)."""
    out: dict[str, list[Entity]] = {}
    for name, e in lexicon().names.items():
        form = next((r for r in REALMS if name.startswith(r + " of ")), None)
        if form is not None and e.kind == "state" and e not in out.get(form, []):
            out.setdefault(form, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def realm_fits(phrase: str, state: Entity) -> bool:
    """Whether a phrase naming a form of state fits the state ("the Kingdom's" fits Saudi Arabia,
    not Turkey); a phrase with no form of state fits any.

    >>> realm_fits("the kingdom's", lexicon().states["TR"]), realm_fits("the country", lexicon().states["TR"])
    (False, True)
    """
    form = next((r for r in REALMS if r.lower() in phrase.lower()), None)
    return form is None or state in realms().get(form, ())


def tenures_of(holder: str) -> tuple[Tenure, ...]:
    """The reference tenures of one office holder (by IRI)."""
    return _tenures_by_holder().get(holder, ())


def organisation(iri: URIRef) -> Entity | None:
    """The state or body of the reference data with this IRI."""
    return _organisations().get(str(iri))


@cache
def _tenures_by_holder() -> dict[str, tuple[Tenure, ...]]:
    out: dict[str, list[Tenure]] = {}
    for t in lexicon().tenures:
        out.setdefault(str(t.holder), []).append(t)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _organisations() -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    for e in lexicon().names.values():  # the first entity of each IRI, as the names list them
        if e.kind != "person":
            out.setdefault(str(e.iri), e)
    return out
