"""The SHACL gate."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import SH

from diplograph.resources import data_dir


@dataclass(frozen=True)
class Validation:
    conforms: bool
    messages: tuple[str, ...]  # one per violation, sorted
    report: str


@cache
def shapes() -> Graph:
    g = Graph()
    g.parse(data_dir("ontology") / "shapes.ttl", format="turtle")
    return g


def validate(data: Graph) -> Validation:
    """Validate one document graph against ``ontology/shapes.ttl``."""
    conforms, results, text = shacl_validate(data, shacl_graph=shapes(), inference="none", allow_warnings=True)
    messages = sorted(str(m) for m in results.objects(None, SH.resultMessage))
    return Validation(bool(conforms), tuple(messages), str(text))
