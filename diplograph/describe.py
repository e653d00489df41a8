"""A VoID and DCAT description of the stored dataset, as linked-data catalogues expect."""

from __future__ import annotations

from datetime import UTC, datetime

import pyoxigraph as ox
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, VOID

from diplograph import __version__
from diplograph.namespace import BASE, ONTOLOGY_GRAPH

DATASET = URIRef(BASE + "dataset")
WIKIDATA = URIRef("https://www.wikidata.org/")
MEDIA = {
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "xml": "application/rdf+xml",
}


def describe(store: ox.Store, *, endpoint: str | None = None) -> Graph:
    """VoID statistics (triples, entities, classes, properties, links) and DCAT metadata."""
    onto = ox.NamedNode(str(ONTOLOGY_GRAPH))
    classes: dict[str, set[str]] = {}
    properties: dict[str, int] = {}
    subjects: set[str] = set()
    triples = 0
    for q in store:
        if q.graph_name == onto:
            continue
        triples += 1
        subjects.add(str(q.subject))
        properties[q.predicate.value] = properties.get(q.predicate.value, 0) + 1
        if q.predicate.value == str(RDF.type):
            classes.setdefault(str(getattr(q.object, "value", q.object)), set()).add(str(q.subject))
    same_as = properties.get(str(OWL.sameAs), 0)
    g = Graph()
    for prefix, ns in (("void", VOID), ("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF)):
        g.bind(prefix, ns)
    d = DATASET
    g.add((d, RDF.type, VOID.Dataset))
    g.add((d, RDF.type, DCAT.Dataset))
    g.add((d, DCTERMS.title, Literal("diplograph knowledge graph", lang="en")))
    g.add(
        (
            d,
            DCTERMS.description,
            Literal(
                "Diplomatic interactions read from news reports: communications, acts, posts, initiatives, "
                "characterisations of relationships and quotations, each with its evidence.",
                lang="en",
            ),
        )
    )
    g.add((d, DCTERMS.modified, Literal(datetime.now(UTC).date(), datatype=XSD.date)))
    g.add((d, DCTERMS.creator, Literal(f"diplograph {__version__}")))
    g.add((d, VOID.uriSpace, Literal(BASE + "id/")))
    g.add((d, VOID.vocabulary, URIRef(BASE + "ontology#")))
    g.add((d, VOID.triples, Literal(triples)))
    g.add((d, VOID.distinctSubjects, Literal(len(subjects))))
    g.add((d, VOID.classes, Literal(len(classes))))
    g.add((d, VOID.properties, Literal(len(properties))))
    for i, (cls, members) in enumerate(sorted(classes.items())):
        part = URIRef(f"{d}/class/{i}")
        g.add((d, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(len(members))))
    for i, (prop, count) in enumerate(sorted(properties.items())):
        part = URIRef(f"{d}/property/{i}")
        g.add((d, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(prop)))
        g.add((part, VOID.triples, Literal(count)))
    link = URIRef(f"{d}/links/wikidata")
    g.add((link, RDF.type, VOID.Linkset))
    g.add((link, VOID.subjectsTarget, d))
    g.add((link, VOID.objectsTarget, WIKIDATA))
    g.add((link, VOID.linkPredicate, OWL.sameAs))
    g.add((link, VOID.triples, Literal(same_as)))
    if endpoint:
        g.add((d, VOID.sparqlEndpoint, URIRef(endpoint)))
        service = URIRef(f"{d}/service")
        g.add((service, RDF.type, DCAT.DataService))
        g.add((service, DCAT.endpointURL, URIRef(endpoint)))
        g.add((service, DCAT.servesDataset, d))
    for fmt, media in MEDIA.items():
        dist = URIRef(f"{d}/distribution/{fmt}")
        g.add((d, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.mediaType, Literal(media)))
        g.add((dist, DCTERMS.description, Literal(f"diplograph export --format {fmt}")))
    return g
