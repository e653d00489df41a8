"""A word's prepositional phrases as the parser gives them, by preposition: "a letter to Y"
gives "to" -> Y; and the objects the parser misplaces ("met with visiting X", "spoke with X to
brief him", "with the two discussing X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_OBJ = ("dobj", "obj")


def first_of(pp: dict[str, Token], words: frozenset[str]) -> Token | None:
    """The object of the first of a word's prepositions that is one of ``words``."""
    return next((t for w, t in pp.items() if w in words), None)


def _absolute(obj: Token) -> bool:
    """The object of "with" in an absolute phrase, "with the two (leaders) discussing X": the
    parser may take the participle for a modifier of X."""
    words = list(obj.subtree)
    for i, t in enumerate(words):
        if t.tag_ == "VBG" and i > 0 and t.lower_ != "visiting":  # "both visiting ministers": parties
            before = [w.lower_ for w in words[max(0, i - 2) : i]]
            if before[-1] in ("two", "both") or (len(before) == 2 and before[0] in ("two", "both")):
                return True
    return False


def preps(tok: Token) -> dict[str, Token]:
    """The objects of a word's prepositions, by preposition ("to" -> Y in "a letter to Y")."""
    out: dict[str, Token] = {}
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and c.lower_ == "with" and _absolute(obj):
                continue  # "..., with the two discussing defence cooperation": what went on, no party
            if obj is not None:
                had = out.get(c.lower_)
                if had is not None and (
                    (c.i > tok.i > had.i)  # "From the region, messages arrived from X": the one after it
                    or (had.ent_type_ in ("DATE", "TIME") and obj.ent_type_ not in ("DATE", "TIME"))
                ):  # "paid a courtesy call on Tuesday on X": X
                    out[c.lower_] = obj
                out.setdefault(c.lower_, obj)
            elif c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN"):
                out.setdefault("to", c)
            elif c.dep_ == "prep" and (obj := _stray_object(c)) is not None:
                out.setdefault(c.lower_, obj)
            elif (visiting := next((v for v in c.children if v.dep_ == "pcomp" and v.lower_ == "visiting"), None)) and (
                guest := visited(visiting)
            ):
                out.setdefault(c.lower_, guest)  # "met with visiting X": the parser reads "visiting X" as a verb
            elif c.dep_ == "prep" and (named := _gerund_subject(c)) is not None:
                out.setdefault(c.lower_, named)  # "wrote to X calling for ...": X read as the gerund's subject
        elif _to_misread(c):  # "a telegram to BiH Presidency member X": "to BiH" read as a verb's
            out.setdefault("to", next((o for o in c.children if o.dep_ == "dobj"), c))
            for w, o in preps(c).items():  # "... to X by Y": the phrases hung on the misread verb
                out.setdefault(w, o)
        elif c.dep_ == "advcl" and (with_ := next((m for m in c.children if m.dep_ == "mark"), None)) is not None:
            subj = next((s for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"), None)
            if with_.lower_ == "with" and subj is not None:  # "spoke with X to brief him": "with" read as a clause's
                out.setdefault("with", subj)
    return out


def joined_past_clause(prep: Token) -> list[Token]:
    """The objects of the same preposition again after a clause ("to X, after the storm hit
    Cuba, and to Y"): the parser joins the second preposition to the clause's verb, as no
    preposition can be joined; it must follow "and" within the sentence."""
    doc = prep.doc
    for t in doc[prep.right_edge.i + 1 : prep.sent.end]:
        if (
            t.lower_ == prep.lower_
            and t.dep_ == "conj"
            and t.pos_ == "ADP"
            and t.head.pos_ == "VERB"
            and prep.i < t.head.i < t.i
            and doc[t.i - 1].lower_ == "and"
        ):
            return [o for o in t.children if o.dep_ == "pobj"]
    return []


def _gerund_subject(prep: Token) -> Token | None:
    """The name the parser made the subject of a gerund hung on a preposition ("wrote to
    President X calling for a fund": "to [X calling]"): the preposition's object."""
    gerund = next((v for v in prep.children if v.dep_ == "pcomp" and v.tag_ == "VBG"), None)
    if gerund is None:
        return None
    return next((s for s in gerund.children if s.dep_ == "nsubj" and s.pos_ == "PROPN" and s.i < gerund.i), None)


def _to_misread(c: Token) -> bool:
    """A name after "to" the parser read as an infinitive ("to BiH Presidency member X")."""
    return (
        c.dep_ in ("acl", "advcl", "xcomp")
        and c.text[:1].isupper()
        and c.i > 0
        and c.doc[c.i - 1].lower_ == "to"
        and c.doc[c.i - 1].head.i == c.i
    )


def _stray_object(prep: Token) -> Token | None:
    """The object of a preposition the parser left without one: the name right after it, or,
    where an aside stands between ("received from, among others, President X"), the next name
    hung on the same head."""
    if prep.i + 1 >= len(prep.doc):
        return None
    if prep.doc[prep.i + 1].pos_ == "PROPN" and not list(prep.children):
        # "paid a courtesy call on Prime Minister Hon. X": a name right after it that the parser
        # hung elsewhere; the word its compounds lead to
        head = prep.doc[prep.i + 1]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head if head.pos_ == "PROPN" else None
    if prep.doc[prep.i + 1].text != ",":
        return None
    for t in prep.doc[prep.i + 1 : prep.i + 16]:
        if t.head == prep.head and t.pos_ == "PROPN" and t.dep_ not in ("prep", "punct", "cc"):
            return t
    return None


def visited(visiting: Token) -> Token | None:
    """The phrase "visiting" stands before ("received visiting President X"), however the parser
    hung it: as the participle's object, or as the noun it modifies; the participle is the
    phrase's first word."""
    for c in (*visiting.children, visiting.head):
        if (
            c.i > visiting.i
            and c.left_edge.i in (visiting.i, visiting.i + 1)
            and (c.dep_ in _OBJ or c == visiting.head)
        ):
            return c
    return None
