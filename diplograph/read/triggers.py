"""What a trigger word names: the grammar's data (``ingest/grammar/communications.yaml``)
loaded once, the kind of event a word is in its phrase, and whether the event is news (not
planned, hoped for or recalled)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from diplograph.read.lemmas import may_trigger
from diplograph.read.lexicon import load_yaml
from diplograph.read.roles import _PASS
from diplograph.resources import data_dir

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJ = ("dobj", "obj", "attr")
WRITTEN = ("letter", "message", "telegram")
CONVEYED = ("congratulate", "condole")
"""Acts that reach their addressee by a message even where the report names no medium."""
MEDIA_NOUNS = frozenset({"letter", "message", "cable", "telegram"})  # the medium, not what it carries


@dataclass(frozen=True)
class Grammar:
    nouns: dict[str, list[str]]  # lemma -> the kinds it may name, in the order of the data
    verbs: dict[str, list[str]]  # lemma, or "lemma particle" ("call on") -> kinds
    needs: dict[str, frozenset[str]]  # kind -> words one of which its trigger's phrase needs
    cued: dict[str, frozenset[str]]  # kind -> verbs that need none of them in a report that names the kind
    passive: dict[str, frozenset[str]]  # kind -> verbs that are it in the passive with a "by" agent
    free: dict[str, frozenset[str]]  # kind -> verbs that are it without the needed words
    qualified: dict[str, str]  # "modifier noun" -> the kind it names ("courtesy call" -> meeting)
    cues: frozenset[str]  # the words that name it
    media: frozenset[str]  # prepositions whose phrase names a verb's medium ("in a cable")
    bare: frozenset[str]  # nouns that need none of them as a carrier's object ("received a call")
    direct: frozenset[str]
    carry_to: frozenset[str]
    hosts: frozenset[str]  # carriers of a host ("hosted a meeting with Y"), among carry_to
    cohosted: frozenset[str]  # nouns of a gathering hosted together, not with a guest
    carry_from: frozenset[str]
    come_from: frozenset[str]  # verbs whose subject came "from" X ("a second call came from X")
    happen: frozenset[str]
    to_party: frozenset[str]
    from_party: frozenset[str]
    between: frozenset[str]
    agent: frozenset[str]
    not_news: frozenset[str]
    topical: frozenset[str]
    circumstance: frozenset[str]
    mutual: frozenset[str]  # carriers that go both ways ("exchanged messages")
    hand_over: frozenset[str]  # carriers a messenger hands over with ("handed over a letter from X")
    sent: frozenset[str]  # verbs of a message sent by its sender, not passed on ("also sent to X")
    presented: frozenset[str]  # nouns of what a guest presents: its receiver receives the guest
    accepts: frozenset[str]  # verbs by which a host takes what is presented, beside carry_from
    placed: frozenset[str]  # verbs that are a meeting only with the place named ("hosted X at Y")
    meals: frozenset[str]  # nouns of a meal, which stand for the place ("hosted X, who ..., to lunch")
    aside: dict[str, frozenset[str]]  # kind -> verbs that are it only beside a gathering ("on the sidelines of")
    asides: frozenset[str]  # the nouns of that place beside a gathering
    frames: frozenset[str]  # nouns an event noun stands in with "of" ("a round of talks")
    bearers: frozenset[str]  # nouns of one who carries a letter ("Y, bearer of a message from X")
    sequels: frozenset[str]  # verbs by which one contact follows another with its parties ("followed by talks")
    to_host_nouns: frozenset[str]  # written kinds that may come "from" X to the report's host
    visit_nouns: frozenset[str]  # visits (read by diplograph.read.visits)
    visit_verbs: frozenset[str]
    visit_to: frozenset[str]  # prepositions before the host ("a visit to Qatar")
    visit_in: frozenset[str]  # prepositions before where the visitor is ("arrived in Astana")
    words: frozenset[str] = frozenset()  # every word of a trigger's lemma or phrase: no other token is one


@cache
def grammar() -> Grammar:
    path = data_dir("ingest") / "grammar" / "communications.yaml"
    d: dict[str, Any] = load_yaml(path)
    nouns: dict[str, list[str]] = {}
    verbs: dict[str, list[str]] = {}
    for kind, t in d["triggers"].items():
        for w in t.get("nouns", []):
            nouns.setdefault(w, []).append(kind)
        for w in t.get("verbs", []):
            verbs.setdefault(w, []).append(kind)
    triggers = d["triggers"].values()
    phrases = [*nouns, *verbs, *(p for t in triggers for p in t.get("qualified", []))]
    phrases += [w for t in triggers for w in t.get("passive", [])]
    return Grammar(
        words=frozenset(w for p in phrases for w in p.split(" ")),
        nouns=nouns,
        verbs=verbs,
        needs={kind: frozenset(t.get("needs", [])) for kind, t in d["triggers"].items()},
        cued={kind: frozenset(t.get("cued", [])) for kind, t in d["triggers"].items()},
        passive={kind: frozenset(t.get("passive", [])) for kind, t in d["triggers"].items()},
        free={kind: frozenset(t.get("free", [])) for kind, t in d["triggers"].items()},
        qualified={phrase: kind for kind, t in d["triggers"].items() for phrase in t.get("qualified", [])},
        cues=frozenset(w for t in triggers for w in t.get("cues", [])),
        media=frozenset(d["media"]),
        bare=frozenset(w for t in triggers for w in t.get("bare", [])),
        direct=frozenset(w for t in triggers for w in t.get("direct", [])),
        carry_to=frozenset(d["carriers"]["to"]) | frozenset(d["carriers"].get("hosts", [])),
        hosts=frozenset(d["carriers"].get("hosts", [])),
        cohosted=frozenset(d["carriers"].get("cohosted", [])),
        carry_from=frozenset(d["carriers"]["from"]),
        come_from=frozenset(d["carriers"].get("come_from", [])),
        happen=frozenset(d["happen"]),
        to_party=frozenset(d["to_party"]),
        from_party=frozenset(d["from_party"]),
        between=frozenset(d["between"]),
        agent=frozenset(d["agent"]),
        not_news=frozenset(d["not_news"]),
        topical=frozenset(d["topical"]),
        circumstance=frozenset(d["circumstance"]),
        mutual=frozenset(d["carriers"]["mutual"]),
        hand_over=frozenset(d["carriers"]["hand_over"]),
        sent=frozenset(d["carriers"]["sent"]),
        presented=frozenset(d["carriers"]["presented"]),
        accepts=frozenset(d["carriers"]["accepts"]),
        placed=frozenset(w for t in triggers for w in t.get("placed", [])),
        meals=frozenset(w for t in triggers for w in t.get("meals", [])),
        aside={kind: frozenset(t.get("aside", [])) for kind, t in d["triggers"].items()},
        asides=frozenset(w for t in triggers for w in t.get("asides", [])),
        frames=frozenset(d["frames"]),
        bearers=frozenset(d["bearers"]),
        sequels=frozenset(d["sequels"]),
        to_host_nouns=frozenset(w for k in WRITTEN for w in d["triggers"][k].get("nouns", [])),
        visit_nouns=frozenset(d["visits"]["nouns"]),
        visit_verbs=frozenset(d["visits"]["verbs"]),
        visit_to=frozenset(d["visits"]["host"]),
        visit_in=frozenset(d["visits"]["place"]),
    )


def medium_verb(tok: Token, g: Grammar) -> Token | None:
    """The verb a written noun is the medium of ("in a cable", "by letter")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in g.media and tok.head.head.pos_ == "VERB":
        verb = tok.head.head
        while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":  # "proposed reviving X, in a letter"
            verb = verb.head
        return verb
    if tok.dep_ == "pobj" and tok.head.lower_ in g.media and tok.head.head.dep_ == "nsubj":
        return tok.head.head.head if tok.head.head.head.pos_ == "VERB" else None  # "X, in his message, wished"
    return None


def within_contact(tok: Token, g: Grammar, *, purpose_only: bool = False) -> bool:
    """A word inside a clause that hangs on a call, meeting or talks (``purpose_only``: in what
    a contact verb was for: "met Y to finalise the calendar of meetings")."""
    below = tok
    for a in list(tok.ancestors)[:6]:
        kinds = g.nouns.get(a.lemma_.lower(), [])
        if a.pos_ == "NOUN" and not purpose_only and kinds and all(k not in WRITTEN for k in kinds):
            return True
        purpose = below.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
        if purpose and a.pos_ == "VERB" and any(k not in WRITTEN for k in g.verbs.get(a.lemma_.lower(), [])):
            return True  # "X spoke by phone with Y to convey her congratulations": what the call was for
        below = a
    return False


def within_medium(tok: Token) -> bool:
    """A word inside a relative clause on a letter, cable or message ("a cable ..., in which he
    expressed his congratulations"): what the medium says."""
    for a in list(tok.ancestors)[:6]:
        if a.dep_ == "relcl" and a.head.pos_ == "NOUN" and a.head.lemma_.lower() in MEDIA_NOUNS:
            return True
        # "a cable ... was received by X from Y, in which he ...": the parser hangs the clause on the verb
        which = any(c.dep_ == "prep" and any(o.lower_ == "which" for o in c.children) for c in a.children)
        if which and any(
            t.lemma_.lower() in MEDIA_NOUNS and t.pos_ == "NOUN" for t in a.doc[a.sent.start : a.left_edge.i]
        ):
            return True
    return False


def _one_among(tok: Token, g: Grammar) -> str | None:
    """ "Among the messages that arrived was one from X": "one" stands for the messages named."""
    if tok.lower_ != "one" or tok.dep_ not in ("attr", "nsubj") or "from" not in {c.lower_ for c in tok.children}:
        return None
    among = (o for c in tok.head.children if c.lower_ == "among" for o in c.children if o.dep_ == "pobj")
    kinds = [k for o in among for k in g.nouns.get(o.lemma_.lower(), []) if k in WRITTEN]
    return kinds[0] if kinds else None


def nounlike(tok: Token) -> bool:
    """A noun, or a word the tagger called a verb where it stands as an object ("received
    farewell courtesy calls")."""
    return tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "VERB" and tok.dep_ in ("dobj", "pobj"))


ARRIVE = frozenset({"arrive", "land"})
"""Verbs of a guest's arrival ("X arrived in Tashkent", "landed at the airport")."""


def kind_of(tok: Token, g: Grammar, *, cued: bool = False) -> str | None:
    """The first kind the trigger may name whose needed words stand in its phrase: "telephone
    talks" are a phone call, "talks" talks; a verb's needed word stands in one of its
    prepositional phrases ("spoke by phone"). Read once per token and kept with the parse."""
    lemma = tok.lemma_.lower()
    if not may_trigger(lemma, tok.lower_, g.words):
        return None  # no trigger's word (the great many tokens, answered at once)
    known: dict[tuple[int, bool], str | None] = tok.doc.user_data.setdefault("diplograph_kinds", {})
    key = (tok.i, cued)
    if key not in known:
        known[key] = _kind(tok, g, lemma, cued)
    return known[key]


def _kind(tok: Token, g: Grammar, lemma: str, cued: bool) -> str | None:
    if (among := _one_among(tok, g)) is not None:
        return among
    if nounlike(tok):
        kinds = g.nouns.get(lemma) or g.nouns.get(tok.lower_, [])
        if not kinds and tok.tag_ == "NNPS" and tok.lower_.endswith("s"):  # "granted separate Audiences"
            kinds = g.nouns.get(tok.lower_[:-1], [])
        qualified = [g.qualified[f"{c.lower_} {lemma}"] for c in tok.children if f"{c.lower_} {lemma}" in g.qualified]
        qualified += [g.qualified[q] for q in (presented_as(tok),) if q in g.qualified]  # "letters of credence"
        if qualified:  # "a courtesy call": a meeting, whatever "call" alone would be
            return qualified[0]
        words = list(tok.subtree)
        carried = tok.dep_ in OBJ and tok.head.lemma_.lower() in g.carry_to | g.carry_from
        if carried and tok.head.lemma_.lower() in g.carry_from and "message" in g.nouns.get(lemma, []):
            # "received greetings by phone from X": the carrier's medium names the greetings' kind
            words += [w for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "by" for w in c.subtree]
        came = (
            tok.dep_ == "nsubj"
            and tok.head.lemma_.lower() in g.come_from
            and any(c.lower_ == "from" for c in tok.head.children)
        )
        bare = lemma in g.bare and (carried or came)  # "received a call from X", "a second call came from X"
    elif tok.pos_ == "VERB":
        if _names_as(tok):
            return None  # "called the two countries close neighbours": it names, it does not phone
        # "called on X": a particle, or a preposition right after the verb
        particle = next(
            (c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == tok.i + 1)), ""
        )
        kinds = g.verbs.get(f"{lemma} {particle}") or g.verbs.get(lemma, [])
        if particle == "on" and _urged(tok):
            return None  # "called on the Commission to complete its review": urged, no visit
        if particle == "for" and lemma == "call":
            return None  # "called for the partnership to be given new momentum": urged, no call
        here = [tok, *(c for c in tok.children if c.dep_ in OBJ)]  # the parser may hang the place on the guest
        # or on what the guest came for ("hosted X for dinner at Y Palace")
        here += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children]
        here += [o for c in tok.children if c.dep_ == "agent" for o in c.children]  # "was hosted by X at Y"
        # or on the guest's arrival: "hosted his counterpart, X, who arrived in Ankara on Monday"
        guests = [a for o in here[1:] for a in (o, *o.children) if a is o or a.dep_ == "appos"]
        here += [r for o in guests for r in o.children if r.dep_ == "relcl" and r.lemma_.lower() in ARRIVE]
        where = any(c.lower_ == "where" for c in tok.children)  # "flew to Doha, where he was welcomed by X"
        if (
            lemma in g.placed
            and not where
            and not any(t.lemma_.lower() in g.meals for t in tok.subtree)
            and not any(
                c.dep_ == "prep" and c.lower_ in ("at", "to", "in") and any(_named_place(o) for o in c.children)
                for h in here
                for c in h.children
            )
        ):
            return None  # "welcomed the decision", "hosted the summit": no meeting without the place
        media = [c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in g.media]
        media += _medium_on_object(tok, g)
        # (not a word that only qualifies a written medium: "in a video message" is no call)
        words = [tok, *(w for c in media for w in c.subtree if w.head.lemma_.lower() not in MEDIA_NOUNS)]
        if particle and f"{lemma} {particle}" in g.verbs:  # "picked up the phone to X": the object names it
            words += [c for c in tok.children if c.dep_ == "dobj"]
        bare = False
    else:
        return None
    for kind in kinds:
        if lemma in g.aside[kind] and not any(
            o.lemma_.lower() in g.asides or o.lower_ in g.asides
            for c in tok.children
            if c.dep_ == "prep"
            for o in c.children
            if o.dep_ == "pobj"
        ):
            continue  # "spoke with X" alone: no meeting (a call, where the report names one)
        need = g.needs[kind]
        if not need or bare or any(w.lower_ in need or w.lemma_.lower() in need for w in words):
            return kind
        if tok.pos_ == "VERB" and lemma in g.free.get(kind, ()):
            return kind
        if (cued or _uncued_ok(tok)) and tok.pos_ == "VERB" and lemma in g.cued.get(kind, ()):
            return kind
        if cued and tok.pos_ == "NOUN" and lemma in g.cued.get(kind, ()) and lemma not in g.verbs:
            return kind  # "In his conversation with Y, X ...", in a report of calls
    if (
        tok.pos_ == "VERB"
        and any(c.dep_ in _PASS for c in tok.children)
        and any(t.lower_ == "by" for t in tok.subtree if t.i > tok.i)
    ):
        return next((k for k, verbs in g.passive.items() if lemma in verbs), None)
    return None


def presents(noun: Token, g: Grammar) -> bool:
    """A noun for what a guest presents to a host ("credentials", "letters of credence")."""
    return noun.lemma_.lower() in g.presented or presented_as(noun) in g.presented


def presented_as(noun: Token) -> str:
    """A noun with the word of its "of" phrase ("letter of credence"), for phrases the grammar
    names so; "" where it has none."""
    of = next((o for c in noun.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
    if of is None:
        return ""
    lemma = noun.lemma_.lower()
    if noun.tag_ == "NNPS" and lemma == noun.lower_ and lemma.endswith("s"):
        lemma = lemma[:-1]  # "the Letters of Credence": capitals the parser left in the plural
    return f"{lemma} of {of.lower_}"


def _medium_on_object(verb: Token, g: Grammar) -> list[Token]:
    """A medium the parser hung on the verb's object or its last conjunct ("discussed trade and
    the war in Ukraine in a phone call", "congratulated X on his election in a letter"): only a
    phrase whose object is itself an event noun ("in video production" is none), or the
    medium after "by" ("discussed the initiative by phone")."""
    objs = [c for c in verb.children if c.dep_ in OBJ]
    objs += [c for o in objs for c in o.conjuncts]
    media = {w for need in g.needs.values() for w in need}
    return [
        c
        for o in objs
        for c in o.children
        if c.dep_ == "prep"
        and c.lower_ in g.media
        and any(
            p.dep_ == "pobj" and (p.lemma_.lower() in g.nouns or (c.lower_ == "by" and p.lower_ in media))
            for p in c.children
        )
    ]


def _names_as(verb: Token) -> bool:
    """A verb with an object and what it is called ("called the two countries 'close
    neighbours'"), not a name the parser cut in two ("met Foreign Minister X")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    quoted = (  # (the parser may hang the quoted words on the object: "called the two countries \"allies\"")
        b for a in objs[:1] for b in a.children if b.dep_ == "appos" and b.left_edge.i > 0 and b.i > a.i
    )
    if any(b.doc[b.left_edge.i - 1].text == '"' for b in quoted):
        return True
    return any(
        b.pos_ in ("NOUN", "ADJ")
        # (or a quotation or an article opens it: "calling Japan \"a true friend\"")
        and (b.left_edge.i > a.right_edge.i + 1 or (b.dep_ == "oprd" and b.left_edge.tag_ in ("``", "''", "DT")))
        # not a date's apposition between commas ("telephoned X on Tuesday, the eve of ...")
        and not any(t.text == "," for t in verb.doc[a.right_edge.i + 1 : b.left_edge.i])
        for a, b in itertools.pairwise(objs)
    )


def _urged(verb: Token) -> bool:
    """A verb with its particle that takes an infinitive after its object ("called on X to act")."""
    objs = [o for c in verb.children if c.dep_ in ("prep", "prt") for o in c.children if o.dep_ == "pobj"]
    return any(
        c.dep_ in ("xcomp", "ccomp", "acl", "relcl") and any(a.tag_ == "TO" for a in c.children)
        for h in (verb, *objs)
        for c in h.children
    )


def _uncued_ok(tok: Token) -> bool:
    """ "X spoke with Y" or "X and Y spoke" with no place named: a call, as readouts write them."""
    placed = any(c.dep_ == "prep" and c.lower_ in ("in", "at", "during", "on") for c in tok.children)
    other = any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in tok.children)
    pair = any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" and any(d.dep_ == "conj" and d.pos_ == "PROPN" for d in c.children)
        for c in tok.children
    )
    aside = tok.tag_ == "VBG" and tok.dep_ == "advcl"  # "Speaking to the ambassador, X said": what was said
    return not placed and not aside and (other or pair)


def _named_place(obj: Token) -> bool:
    """A place with a name: "at Y Palace", "at the Capitol building", "to Parliament House"."""
    return obj.pos_ == "PROPN" or (
        obj.dep_ == "pobj" and any(c.pos_ == "PROPN" and c.dep_ == "compound" for c in obj.children)
    )
