"""The facts extraction produces, before they become RDF. Spans are code-point offsets
into the report text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rdflib import URIRef

from diplograph.read.lexicon import Entity
from diplograph.read.mentions import Person
from diplograph.read.resolve import PostSeen
from diplograph.read.text import Source

Span = tuple[int, int]


@dataclass
class Communication:
    kind: str
    senders: list[Entity]
    recipients: list[Entity]
    date: date | None
    span: Span


@dataclass
class Act:
    act: str
    agent: Entity
    addressee: Entity | None
    topic: str | None
    span: Span  # the sentence: evidence
    topic_span: Span  # from the verb to the end of the topic
    communication: int | None
    passed: bool = False  # passed on by a messenger for its agent ("conveyed X's wishes"), in no message of its own
    messenger: Entity | None = None  # that messenger, where named


@dataclass
class Quote:
    speaker: Entity | None
    text: str
    span: Span


@dataclass
class Relation:
    parties: tuple[Entity, Entity]
    phrase: str
    level: URIRef | None
    stated_by: Entity | None
    span: Span


@dataclass
class Initiative:
    name: str
    kind: str
    initiator: Entity | None
    adopted_by: Entity | None
    manner: str | None
    span: Span


@dataclass
class Extraction:
    source: Source
    people: dict[str, Person] = field(default_factory=dict)
    communications: list[Communication] = field(default_factory=list)
    acts: list[Act] = field(default_factory=list)
    posts: list[PostSeen] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
