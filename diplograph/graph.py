"""Facts to RDF: one graph per report, every extracted node with provenance and evidence.

IRIs are minted from the report's hash and positions, states from ISO codes, people and
bodies from normalised names, so the same text always gives the same graph.
"""

from __future__ import annotations

from datetime import datetime

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS

from diplograph.namespace import ACT, DG, ID, IKIND, KIND, KIND_CLASS, OA, SCHEMA, doc_iri, slug
from diplograph.read.facts import Extraction
from diplograph.read.lexicon import Entity, lexicon
from diplograph.triples import Triples

CLASS_OF = {"person": DG.Person, "state": DG.State, "body": DG.Body}


def software_iri(version: str) -> URIRef:
    return ID[f"software/diplograph/{version}"]


def build(x: Extraction, *, version: str, when: datetime) -> Graph:
    """The document graph of an extraction; ``when`` is the ingest time recorded in PROV."""
    return mapped(x, version=version, when=when).graph()


def mapped(x: Extraction, *, version: str, when: datetime) -> Triples:
    """The document graph of an extraction as its triples (:mod:`diplograph.triples`): what the
    ingest gates and stores, with the rdflib graph made only where a caller asks for it."""
    src = x.source
    g = Triples()
    g.bind("dg", DG._NS)
    g.bind("oa", OA)
    g.bind("schema", SCHEMA)
    g.bind("prov", PROV)
    g.bind("org", ORG)
    report = doc_iri(src.sha256)
    g.add((report, RDF.type, DG.Report))
    g.add((report, DG.documentId, Literal(src.doc_id)))
    g.add((report, DG.text, Literal(src.text)))
    g.add((report, DG.sha256, Literal(src.sha256)))
    if src.published:
        g.add((report, SCHEMA.datePublished, Literal(src.published, datatype=XSD.date)))
    if src.publisher:
        g.add((report, DCTERMS.publisher, Literal(src.publisher)))
    if src.url:
        g.add((report, SCHEMA.url, URIRef(src.url)))
    run = URIRef(f"{report}/ingest")
    agent = software_iri(version)
    g.add((run, RDF.type, DG.IngestRun))
    g.add((run, RDF.type, PROV.Activity))
    g.add((run, PROV.used, report))
    g.add((run, PROV.wasAssociatedWith, agent))
    g.add((run, PROV.endedAtTime, Literal(when.isoformat(timespec="seconds"), datatype=XSD.dateTime)))
    g.add((agent, RDF.type, PROV.SoftwareAgent))
    g.add((agent, RDFS.label, Literal(f"diplograph {version}")))
    g.add((agent, SCHEMA.softwareVersion, Literal(version)))

    def coded(node: URIRef, prop: URIRef, concept: URIRef) -> None:
        """Code a fact with a scheme concept, and state the concept's notation in the document
        graph too: queries then read the code without leaving the graph (a join out to the
        ontology graph cost the saved queries most of their time on large stores)."""
        g.add((node, prop, concept))
        g.add((concept, SKOS.notation, lexicon().notations[concept]))

    def entity(e: Entity) -> URIRef:
        g.add((e.iri, RDF.type, CLASS_OF[e.kind]))
        if e.kind != "person":  # states and bodies alike, so a relationship's party is typed as one
            g.add((e.iri, RDF.type, ORG.Organization))
        person = x.people.get(str(e.iri))
        g.add((e.iri, RDFS.label, Literal(person.label if person else e.label)))
        if e.kind == "state" and e.country:
            g.add((e.iri, DG.iso3166, Literal(e.country)))
        for link in e.same_as:  # so the graph joins others
            g.add((e.iri, OWL.sameAs, link))
        return e.iri

    def extracted(node: URIRef, cls: URIRef, span: tuple[int, int]) -> URIRef:
        g.add((node, RDF.type, cls))
        g.add((node, RDF.type, DG.Extracted))
        g.add((node, PROV.wasDerivedFrom, report))
        g.add((node, PROV.wasGeneratedBy, run))
        g.add((node, DG.evidence, _evidence(g, report, src.text, span)))
        return node

    comm_nodes = []
    for i, c in enumerate(x.communications):
        node = extracted(URIRef(f"{report}/communication/{i}"), KIND_CLASS[c.kind], c.span)
        comm_nodes.append(node)
        g.add((node, RDF.type, DG.Communication))
        coded(node, DG.kind, KIND[c.kind])
        for e in c.senders:
            g.add((node, SCHEMA.sender, entity(e)))
        for e in c.recipients:
            g.add((node, SCHEMA.recipient, entity(e)))
        if c.date:
            g.add((node, DCTERMS.date, Literal(c.date, datatype=XSD.date)))
    for i, a in enumerate(x.acts):
        node = extracted(URIRef(f"{report}/act/{i}"), DG.Act, a.span)
        coded(node, DG.actType, ACT[a.act])
        g.add((node, DG.agent, entity(a.agent)))
        if a.addressee is not None:
            g.add((node, DG.addressee, entity(a.addressee)))
        if a.topic:
            g.add((node, DG.topic, Literal(a.topic)))
        if a.communication is not None:
            g.add((node, DG.inCommunication, comm_nodes[a.communication]))
    seen: set[tuple[str, str, str]] = set()
    post_titles: dict[URIRef, str] = {}
    for p in x.posts:
        of = p.of
        key = (p.person, p.title.lower(), str(of.iri) if of else "")
        if key in seen:
            continue
        seen.add(key)
        holder = entity(x.people[p.person].entity)
        post = ID[
            f"post/{slug(p.title)}"
            + (f"/{slug(of.country or of.label) if of.kind == 'state' else slug(of.label)}" if of else "")
        ]
        title = post_titles.setdefault(post, p.title)  # one spelling per post: the first met
        g.add((post, RDF.type, ORG.Post))
        g.add((post, DG.title, Literal(title)))
        g.add((post, RDFS.label, Literal(f"{title} of {of.label}" if of else title)))
        if of is not None:
            g.add((post, ORG.postIn, entity(of)))
        g.add((holder, ORG.holds, post))
        node = extracted(URIRef(f"{report}/post/{len(seen) - 1}"), DG.PostAttestation, (p.start, p.end))
        g.add((node, DG.holder, holder))
        g.add((node, DG.post, post))
        if src.published:
            g.add((node, DCTERMS.date, Literal(src.published, datatype=XSD.date)))
    for i, r in enumerate(x.relations):
        node = extracted(URIRef(f"{report}/relation/{i}"), DG.Characterisation, r.span)
        for prop, party in zip((DG.firstParty, DG.secondParty), r.parties, strict=True):
            g.add((node, DG.party, entity(party)))
            g.add((node, prop, party.iri))
        g.add((node, DG.phrase, Literal(r.phrase)))
        if r.level is not None:
            coded(node, DG.level, r.level)
        if r.stated_by is not None:
            g.add((node, DG.statedBy, entity(r.stated_by)))
        if src.published:
            g.add((node, DCTERMS.date, Literal(src.published, datatype=XSD.date)))
    for init in x.initiatives:
        node = extracted(ID[f"initiative/{slug(init.name)}"], DG.Initiative, init.span)
        g.add((node, RDFS.label, Literal(init.name)))
        coded(node, DG.initiativeKind, IKIND[init.kind])
        if init.initiator is not None:
            g.add((node, DG.initiator, entity(init.initiator)))
        if init.adopted_by is not None:
            g.add((node, DG.adoptedBy, entity(init.adopted_by)))
        if init.manner:
            g.add((node, DG.manner, Literal(init.manner)))
    for i, q in enumerate(x.quotes):
        node = extracted(URIRef(f"{report}/quotation/{i}"), DG.Quotation, q.span)
        g.add((node, SCHEMA.text, Literal(q.text)))
        if q.speaker is not None:
            g.add((node, DG.speaker, entity(q.speaker)))
    return g


def _evidence(g: Triples, report: URIRef, text: str, span: tuple[int, int]) -> URIRef:
    start, end = span
    node = URIRef(f"{report}/span/{start}-{end}")
    if (node, OA.hasSource, report) in g:  # a span several facts share: described once
        return node
    sel = URIRef(f"{node}/selector")
    g.add((node, RDF.type, OA.SpecificResource))
    g.add((node, OA.hasSource, report))
    g.add((node, OA.hasSelector, sel))
    g.add((sel, RDF.type, OA.TextQuoteSelector))
    g.add((sel, RDF.type, OA.TextPositionSelector))
    g.add((sel, OA.exact, Literal(text[start:end])))
    # xsd:integer rather than oa's xsd:nonNegativeInteger: Oxigraph stores derived integer
    # types as xsd:integer, and the stored graph must equal the one produced (shapes check >= 0)
    g.add((sel, OA.start, Literal(start, datatype=XSD.integer)))
    g.add((sel, OA.end, Literal(end, datatype=XSD.integer)))
    return node
