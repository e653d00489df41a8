"""Text in, validated document graph out."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from rdflib import Graph, URIRef

from diplograph import __version__
from diplograph.errors import NotConforming
from diplograph.graph import build
from diplograph.namespace import graph_iri
from diplograph.read.extract import extract
from diplograph.read.facts import Extraction
from diplograph.read.text import check_bytes, parse_report
from diplograph.validate import validate


@dataclass(frozen=True)
class IngestedDocument:
    """A report read, mapped and validated: ready to be stored under ``graph_name``."""

    doc_id: str
    graph_name: URIRef
    graph: Graph
    extraction: Extraction
    sha256: str


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
    if check:
        text = check_bytes(doc_id, text.encode("utf-8"))
    src = parse_report(doc_id, text)
    if publisher:
        src = replace(src, publisher=publisher)
    x = extract(src)
    g = build(x, version=__version__, when=ingest_time())
    result = validate(g)
    if not result.conforms:
        raise NotConforming(f"{doc_id}: the document graph does not conform to the shapes", result.report)
    return IngestedDocument(doc_id, graph_iri(doc_id), g, x, src.sha256)
