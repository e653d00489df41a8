"""IRIs: our vocabulary as a closed namespace, and the minting of data IRIs.

>>> str(DG.Letter)
'https://w3id.org/diplograph/ontology#Letter'
>>> state_iri("kz")
rdflib.term.URIRef('https://w3id.org/diplograph/id/state/KZ')
>>> slug("Kassym-Jomart  Tokayev")
'kassym-jomart-tokayev'
"""

from __future__ import annotations

import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/diplograph/"
ID = Namespace(BASE + "id/")
ACT = Namespace(BASE + "act/")
KIND = Namespace(BASE + "kind/")
IKIND = Namespace(BASE + "initiative-kind/")
RLEVEL = Namespace(BASE + "relation-level/")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")


class DG(DefinedNamespace):
    """The diplograph ontology; a test keeps this list equal to ontology/diplograph.ttl."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")
    _extras = ["from"]  # noqa: RUF012 - a Python keyword: reach it as DG["from"]

    Report: URIRef
    documentId: URIRef
    text: URIRef
    sha256: URIRef
    IngestRun: URIRef
    Extracted: URIRef
    evidence: URIRef
    Person: URIRef
    State: URIRef
    Body: URIRef
    iso3166: URIRef
    demonym: URIRef
    city: URIRef
    country: URIRef
    surname: URIRef
    title: URIRef
    PostAttestation: URIRef
    Tenure: URIRef
    until: URIRef
    holder: URIRef
    post: URIRef
    Communication: URIRef
    Letter: URIRef
    Message: URIRef
    Telegram: URIRef
    PhoneCall: URIRef
    Meeting: URIRef
    Talks: URIRef
    Visit: URIRef
    kind: URIRef
    Act: URIRef
    actType: URIRef
    agent: URIRef
    addressee: URIRef
    topic: URIRef
    inCommunication: URIRef
    Initiative: URIRef
    initiativeKind: URIRef
    initiator: URIRef
    adoptedBy: URIRef
    manner: URIRef
    Characterisation: URIRef
    party: URIRef
    firstParty: URIRef
    secondParty: URIRef
    phrase: URIRef
    level: URIRef
    statedBy: URIRef
    Quotation: URIRef
    speaker: URIRef
    # concept schemes
    ActTypes: URIRef
    CommunicationKinds: URIRef
    InitiativeKinds: URIRef
    RelationLevels: URIRef
    CAMEO: URIRef
    PLOVER: URIRef


KIND_CLASS = {
    "letter": DG.Letter,
    "message": DG.Message,
    "telegram": DG.Telegram,
    "phone_call": DG.PhoneCall,
    "meeting": DG.Meeting,
    "talks": DG.Talks,
    "visit": DG.Visit,
}


_LETTERS = str.maketrans(
    {"Þ": "Th", "þ": "th", "Ð": "D", "ð": "d", "Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Æ": "Ae", "æ": "ae"}
    | {"Œ": "Oe", "œ": "oe", "ß": "ss", "Ł": "L", "ł": "l", "ı": "i", "Ħ": "H", "ħ": "h"}
)
"""Letters that have no ASCII base under Unicode decomposition, spelt as English prints them."""


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: the normalised form used in IRIs.

    >>> slug("Þorgerður Katrín Gunnarsdóttir"), slug("Lars Løkke Rasmussen")
    ('thorgerdur-katrin-gunnarsdottir', 'lars-lokke-rasmussen')
    """
    folded = unicodedata.normalize("NFKD", text.translate(_LETTERS)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


def state_iri(code: str) -> URIRef:
    return ID[f"state/{code.upper()}"]


def person_iri(name: str) -> URIRef:
    return ID[f"person/{slug(name)}"]


def body_iri(name: str) -> URIRef:
    return ID[f"body/{slug(name)}"]


def graph_iri(doc_id: str) -> URIRef:
    """The named graph of a document: keyed by its id so a changed text replaces it."""
    return ID[f"graph/{slug(doc_id)}"]


def doc_iri(sha: str) -> URIRef:
    return ID[f"report/{sha[:16]}"]
