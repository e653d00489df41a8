"""Text in, validated document graph out."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef

if TYPE_CHECKING:
    from spacy.tokens import Doc

from diplograph import __version__
from diplograph.errors import NotConforming
from diplograph.graph import mapped
from diplograph.namespace import graph_iri
from diplograph.read import language
from diplograph.read.extract import extract, for_parser
from diplograph.read.facts import Extraction
from diplograph.read.text import Source, check_bytes, parse_report
from diplograph.triples import Triples
from diplograph.validate import validate


@dataclass(frozen=True)
class IngestedDocument:
    """A report read, mapped and validated: ready to be stored under ``graph_name``."""

    doc_id: str
    graph_name: URIRef
    triples: Triples
    extraction: Extraction
    sha256: str
    body: str  # the graph as N-Triples, as the store takes it

    @cached_property
    def graph(self) -> Graph:
        """The document graph as an rdflib graph, made the first time it is asked for (the
        ingest itself gates and stores the triples)."""
        return self.triples.graph()


def ingest_time() -> datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` where set (reproducible runs)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC).replace(microsecond=0)


def ingest_text(text: str, *, doc_id: str, check: bool = True, publisher: str | None = None) -> IngestedDocument:
    """Read one report. Raises BadInput for unusable text, NotConforming if the shapes fail.
    ``publisher`` names the report's source where a corpus gives it (a JSON Lines record's
    ``source``); it takes the place of a source tag at the end of the text."""
    return finish(source(text, doc_id=doc_id, check=check, publisher=publisher))


def source(text: str, *, doc_id: str, check: bool = True, publisher: str | None = None) -> Source:
    """A report's text checked and split into its header, lines and sentences (BadInput when
    it is unusable): what the language layer and the extraction read."""
    if check:
        text = check_bytes(doc_id, text.encode("utf-8"))
    src = parse_report(doc_id, text)
    return replace(src, publisher=publisher) if publisher else src


def finish(src: Source, doc: Doc | None = None) -> IngestedDocument:
    """Extraction, document graph and SHACL gate of one report; ``doc`` is its parse where
    the caller ran the language layer over a batch (parsed here when not given)."""
    x = extract(src, doc)
    g = mapped(x, version=__version__, when=ingest_time())
    body = g.nt()  # once, for the gate's SPARQL constraints and for the store
    result = validate(g, nt=body)
    if not result.conforms:
        raise NotConforming(f"{src.doc_id}: the document graph does not conform to the shapes", result.report)
    return IngestedDocument(src.doc_id, graph_iri(src.doc_id), g, x, src.sha256, body)


def parsed(sources: Sequence[Source]) -> Iterator[Doc]:
    """The language layer over many reports at once (``nlp.pipe`` in batches), in order."""
    return language.parse_many(for_parser(src) for src in sources)
