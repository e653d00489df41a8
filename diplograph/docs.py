"""HTML documentation of the ontology, generated from the Turtle (never committed)."""

from __future__ import annotations

import html
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from diplograph.namespace import DG
from diplograph.resources import data_dir


def _short(g: Graph, term: object) -> str:
    if not isinstance(term, URIRef):
        return ""
    try:
        prefix, _, name = g.compute_qname(term)
        return f"{prefix}:{name}"
    except ValueError:
        return str(term)


def _link(g: Graph, term: object) -> str:
    short = html.escape(_short(g, term))
    if isinstance(term, URIRef) and str(term).startswith(str(DG._NS)):
        return f'<a href="#{html.escape(str(term).split("#")[-1])}">{short}</a>'
    return f"<code>{short}</code>"


def render(g: Graph) -> str:
    """One page: classes, properties and concept schemes, each term with its label and comment."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>diplograph ontology</title>',
        "<style>body{font-family:sans-serif;max-width:60em;margin:auto}dt{font-weight:bold;margin-top:1em}"
        "code{background:#f4f4f4}</style></head><body>",
        "<h1>diplograph ontology</h1>",
        f"<p>{html.escape(str(g.value(URIRef(str(DG._NS).rstrip('#')), RDFS.comment) or ''))}</p>",
    ]
    sections = (
        ("Classes", OWL.Class, RDFS.subClassOf),
        ("Object properties", OWL.ObjectProperty, RDFS.range),
        ("Datatype properties", OWL.DatatypeProperty, RDFS.range),
    )
    for title, kind, rel in sections:
        terms = sorted((s for s in g.subjects(RDF.type, kind) if str(s).startswith(str(DG._NS))), key=str)
        out.append(f"<h2>{title}</h2><dl>")
        for t in terms:
            anchor = html.escape(str(t).split("#")[-1])
            more = ", ".join(_link(g, o) for o in sorted(g.objects(t, rel), key=str))
            domain = ", ".join(_link(g, o) for o in g.objects(t, RDFS.domain))
            out.append(
                f'<dt id="{anchor}">{html.escape(_short(g, t))} <small>({html.escape(str(g.value(t, RDFS.label)))})'
                f"</small></dt><dd>{html.escape(str(g.value(t, RDFS.comment) or ''))}"
                + (f"<br>{'subclass of' if kind == OWL.Class else 'range'}: {more}" if more else "")
                + (f"<br>domain: {domain}" if domain else "")
                + "</dd>"
            )
        out.append("</dl>")
    out.append("<h2>Concept schemes</h2>")
    for scheme in sorted(g.subjects(RDF.type, SKOS.ConceptScheme), key=str):
        concepts = sorted(g.subjects(SKOS.inScheme, scheme), key=lambda c: str(g.value(c, SKOS.notation)))
        out.append(f"<h3>{html.escape(str(g.value(scheme, RDFS.label)))}</h3><ul>")
        for c in concepts:
            maps = ", ".join(_short(g, o) for p in (SKOS.exactMatch, SKOS.closeMatch) for o in g.objects(c, p))
            out.append(
                f"<li><code>{html.escape(str(g.value(c, SKOS.notation)))}</code> "
                f"{html.escape(str(g.value(c, RDFS.comment) or ''))}"
                + (f" ({html.escape(maps)})" if maps else "")
                + "</li>"
            )
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def write(directory: Path) -> Path:
    g = Graph()
    root = data_dir("ontology")
    for ttl in [root / "diplograph.ttl", *sorted((root / "schemes").glob("*.ttl"))]:
        g.parse(ttl, format="turtle")
    g.bind("dg", DG._NS)
    directory.mkdir(parents=True, exist_ok=True)
    page = directory / "index.html"
    page.write_text(render(g), encoding="utf-8")
    return page
