"""Grammatical roles over the parse: the objects of a word's prepositions, the subject of a
verb (through conjoined verbs and relative pronouns), and the resolved mentions a phrase and
the phrases conjoined, apposed or listed with it stand for, a delegation by who leads it or is
in it. Used by the grammar, the visit reader and the act reader. The mention over one phrase
is read in :mod:`diplograph.read.spans`, people listed past what the parser joined in
:mod:`diplograph.read.lists`, a preposition said again after "and" in
:mod:`diplograph.read.said_again`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref
from diplograph.read.lexicon import Entity, city
from diplograph.read.lists import (
    SUBJ,
    among_them,
    dashed_first,
    listed_after,
    listed_before,
    listed_names,
    named_person,
    opens_clause,
    preps_after,
)
from diplograph.read.prepositions import joined_past_clause
from diplograph.read.spans import entity, name_after_post, text_of, title_over
from diplograph.read.subject_words import joined_subject, lost_subject, past_lead_object, subject_token

if TYPE_CHECKING:
    from spacy.tokens import Token

_PASS = ("nsubjpass", "csubjpass")
_OBJ = ("dobj", "obj")


def subjects(verb: Token, refs: list[Ref]) -> list[Entity]:
    """The subject of a verb, or of the verb it is conjoined to ("X arrived and met Y"); a
    relative pronoun stands for the name it follows ("Y, who held talks with X"); a name right
    before a verb the parser found no subject for ("To Lam met ..." read as "to Lam")."""
    subj = subject_token(verb)
    subj = past_lead_object(verb, subj, refs) if subj is not None else None
    joined = subj is not None and verb.dep_ in ("conj", "advcl") and subj == joined_subject(verb)
    found = (entity(subj, refs) if joined else parties(subj, refs)) if subj is not None else []  # not its conjuncts
    if subj is None and verb.i > 0:
        text = text_of(verb.doc)
        found = next(
            (
                e[:1]
                for m, e in refs
                if e and e[0].kind == "person" and m.end < verb.idx and lost_subject(verb, (m.start, m.end), text)
            ),
            [],
        )
    if subj is None and not found:  # "To Lam, for his part, highlighted ...": the name read as "to Lam"
        first = verb.sent[0]
        found = next(
            (
                e[:1]
                for m, e in refs
                if e and e[0].kind == "person" and m.start == first.idx and first.dep_ == "prep" and m.end < verb.idx
            ),
            [],
        )
    if found and subj is not None and _group_relative(verb, subj):
        # "calls from X, Y and Z, who congratulated him": each of them, not the last alone
        top = subj
        while top.dep_ in ("conj", "appos") and top.head.pos_ == "PROPN":
            top = top.head
        group = parties(top, refs)
        group = [e for e in listed_before(top, group, refs) if e not in group] + group
        found = group if len(group) > len(found) and all(e.kind == "person" for e in group) else found
    if len(found) == 1:  # "X and Y signed": the parser often keeps only the last of a pair
        at = next(  # the subject's own mention, not an earlier one of the same ("... I," the king wrote)
            (
                i
                for i, (m, e) in enumerate(refs)
                if e[:1] == found and not m.obj and (subj is None or m.start <= subj.idx < m.end)
            ),
            None,
        )
        if at and refs[at - 1][1] and refs[at - 1][1][0].kind == found[0].kind:
            between = text_of(verb.doc)[refs[at - 1][0].end : refs[at][0].start]
            if between == " and ":
                found = refs[at - 1][1][:1] + found
        # or the first, where the second hangs inside the first's post ("Minister of A X and Y held")
        nxt = refs[at + 1] if at is not None and at + 1 < len(refs) else None
        if at is not None and len(found) == 1 and nxt is not None and nxt[1] and nxt[1][0].kind == found[0].kind:
            text = text_of(verb.doc)
            if text[refs[at][0].end : nxt[0].start] == " and " and text[nxt[0].end : verb.idx].strip() == "":
                found = found + nxt[1][:1]
    return _split_pair(verb, refs, found)


def _split_pair(verb: Token, refs: list[Ref], found: list[Entity]) -> list[Entity]:
    """ "X of A, a former secretary at B, and his counterpart Y signed": the parser made X and Y
    two subjects of the verb, the "and" hung inside X's apposition; both, X first."""
    subjs = [c for c in verb.children if c.dep_ in SUBJ and c.i < verb.i]
    if len(found) != 1 or len(subjs) != 2:
        return found
    a, b = subjs
    joined = any(t.dep_ == "cc" and t.lower_ == "and" and t.head in a.subtree for t in verb.doc[a.i : b.i])
    first = entity(a, refs)[:1] if joined else []
    return first + found if first and first != found and first[0].kind == found[0].kind else found


def _group_relative(verb: Token, antecedent: Token) -> bool:
    """A relative clause set off by a comma after the last of a list ("X, Y and Z, who ...")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "..., who congratulated him and wished ..."
        verb = verb.head
    who = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"), None)
    return (
        who is not None
        and verb.dep_ == "relcl"
        and verb.head.i == antecedent.i
        and who.i > 0
        and verb.doc[who.i - 1].text == ","
    )


def parties_of(tok: Token | None, refs: list[Ref]) -> list[Entity]:
    """Who the object of a party's preposition stands for; a state's city alone stands for
    its government ("messages of sympathy to Tehran")."""
    if tok is None:
        return []
    prep = tok.head
    if (
        prep.dep_ == "prep"
        and prep.text.istitle()
        and any(m.kind == "person" and m.start < prep.idx < m.end for m, _ in refs)
    ):
        return []  # "... Central Committee To Lam": a word of a name, no preposition
    found = parties(tok, refs)
    if not found and tok.tag_ == "NNP" and not any(c.dep_ == "conj" for c in tok.children):
        place = city(tok.text)
        return [place] if place is not None and tok.left_edge.i == tok.i else []
    return found


def with_whom(verb: Token, refs: list[Ref]) -> list[Entity]:
    """The party a "with" of the verb names, before it or after ("With Safadi he signed a
    memorandum", "signed with Jordan an accord on water")."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    return parties_of(next((o for o in prep.children if o.dep_ == "pobj"), None), refs) if prep is not None else []


_GROUPS = frozenset({"delegation", "team", "mission"})
LEAD_VERBS = frozenset({"lead", "head"})
"""Verbs of who leads a side or delegation ("the delegation led by X", "headed by Y")."""
_RELATIVES = frozenset({"ally", "partner", "neighbour", "neighbor", "friend", "country", "nation", "member"})
"""States told by what they are to another state named as their owner ("Taiwan's allies"), none
of them named (not "the leaders of the two countries")."""
_LEADERS = frozenset(
    {
        "leader",
        "head",
        "president",
        "government",
        "king",
        "monarch",
        "authority",
        "ministry",
        "delegation",
        "ambassador",
        "envoy",
        "counterpart",
        "colleague",
    }
)
_PEERS = frozenset({"counterpart", "colleague"})


def parties(tok: Token | None, refs: list[Ref], *, head_only: bool = False) -> list[Entity]:
    """Who a phrase and the phrases conjoined to it stand for."""
    if tok is None:
        return []
    plural = tok.lemma_.lower() in _LEADERS and tok.tag_ in ("NNS", "NNPS")
    plural = plural or (tok.pos_ == "PROPN" and tok.lower_.endswith("s") and tok.lower_[:-1] in _LEADERS)
    if plural and not head_only:  # (a sentence opening on "Ambassadors of A and B": a name to the parser)
        # "the leaders of Egypt, Jordan and Morocco": each state; the people where they are named
        named = [e for a in tok.children if a.dep_ in ("appos", "conj") for e in parties(a, refs) if e.kind == "person"]
        if len(named) >= 2:
            return dashed_first(tok, refs) + named
        # (not "his counterparts of A, X, and of B, Y": the people, not their states)
        of = (
            None
            if tok.lemma_.lower() in _PEERS
            else next((o for c in tok.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
        )
        if of is not None and of.lemma_.lower() in ("state", "government"):  # "the heads of state of A and B"
            of = next((o for c in of.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), of)
        if of is not None and of.lemma_.lower() in _RELATIVES and any(c.dep_ == "poss" for c in of.children):
            return []  # "the leaders of Taiwan's diplomatic allies": of states not named, not of Taiwan
        got = parties_of(of, refs)
        people = [e for e in got if e.kind == "person"]  # "..., X and Y," listed after the states
        if len(people) >= 2:
            return people
        states = [e for e in got if e.kind == "state"]
        if states:
            return states
    if tok.lemma_.lower() in _GROUPS:  # "the delegation led by X": X; "and the delegation led by Y": Y too
        found = [e for t in (tok, *tok.conjuncts) if t.lemma_.lower() in _GROUPS for e in _led_by(t, refs)]
        if found:
            return found
    if tok.tag_ == "NNS" and tok.pos_ == "NOUN" and not head_only:
        # "the ministers - X of A, Y of B and Z of C - met": the parser chains the list's names as
        # appositions and conjuncts of each other in any order; each of them (the list first: most
        # plurals have none, and the noun's own reading below is not done twice for them)
        named = listed_names(tok, refs)
        if len(named) >= 2 and not entity(tok, refs):
            return dashed_first(tok, refs) + named
    out: list[Entity] = []
    # "X, the Minister, and his counterpart, Y": the parser may hang the conjunct on the apposition
    heads = [tok, *(a for a in tok.children if a.dep_ == "appos")]
    # "from X and Y, and from Z": the objects of a conjoined preposition too
    more = [o for p in tok.head.conjuncts if tok.dep_ == "pobj" for o in p.children if o.dep_ == "pobj"]
    if tok.dep_ == "pobj" and tok.head.pos_ == "ADP":  # "to X, after the storm hit A, and to Y"
        more += joined_past_clause(tok.head)
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":  # "from X, from Y": the parser hangs Y's on X
        froms = [q for p in (*tok.children, *preps_after(tok.head)) if p.lower_ == "from" for q in (p, *p.conjuncts)]
        more += [o for p in dict.fromkeys(froms) for o in p.children if o.dep_ == "pobj" and o not in more]
    heads += more
    # "from X of A, B's Amir Y and Z": the parser hung Y on X as an apposition, the list's next
    listed = [a for a in heads[1:] if a.conjuncts and named_person(a, refs)]
    # "Presidents X of A and Y of B": the parser joined Y to A
    owned = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    more += [c for o in owned if o.dep_ == "pobj" for c in o.conjuncts if named_person(c, refs)]
    for t in dict.fromkeys([tok, *listed, *(c for h in heads for c in h.conjuncts), *more]):
        if t is not tok and opens_clause(t, refs):
            break  # "to X, and Minister Y sent ...": Y is the subject the parser joined to X
        led = (
            _led_by(t, refs) if t is not tok and t.lemma_.lower() in _GROUPS else []
        )  # "X and the delegation led by Y"
        ents = led or entity(t, refs, head_only=head_only)
        if not ents and t is tok:  # "His Highness the Amir Sheikh X": the name in apposition
            ents = next((got for a in heads[1:] if (got := entity(a, refs, head_only=head_only))), [])
        if not ents and t is tok:  # "met with the President of the Chamber, X, at ...": the parser lost X
            ents = name_after_post(t, refs)
        if ents and t is tok and tok.pos_ == "NOUN" and all(e.kind == "state" for e in ents):
            # "Myanmar's junta chief Senior General X": the one named right after the noun
            at = tok.idx + len(tok.text) + 1
            ents = next((es[:1] for m, es in refs if es and es[0].kind == "person" and m.start == at), ents)
        if ents and t is tok and all(e.kind in ("body", "state") for e in ents) and t.pos_ == "PROPN":
            # "the United Nations Special Coordinator for Lebanon, X": X, not the body of a post read
            named = [e for a in t.subtree if a.dep_ == "appos" for e in entity(a, refs, head_only=True)]
            named = [e for e in named if e.kind == "person"]
            ents = named[:1] or ents
        title = title_over(t, refs) if t is not tok else None
        if title is not None and ents == [title.of] and any(e.kind == "person" for e in out):
            continue  # "X, general secretary of ... and president of China": a second post, not China
        for e in ents:
            if e not in out:
                out.append(e)
    if not out:  # "Several states, including A, B and C, ...": those named
        such = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("including", "like")), None)
        obj = next((o for o in such.children if o.dep_ == "pobj"), None) if such is not None else None
        if obj is not None:
            out = parties(obj, refs)
        elif (among := among_them(tok)) is not None:  # "several counterparts, among them A and B"
            out = parties(among, refs)
            out = out if len(out) >= 2 else []  # (not "five ambassadors, among them the US envoy")
    if out and all(e.kind == "person" for e in out):  # the list may go on past what the parser joined
        out += [e for e in listed_after(tok, out[-1], refs) if e not in out]
    return out


def _led_by(group: Token, refs: list[Ref]) -> list[Entity]:
    # "a delegation from the UAE led by X": the parser may hang "led" on the state
    whose = [o for p in group.children if p.dep_ == "prep" and p.lower_ in ("from", "of") for o in p.children]
    acls = [
        c for t in (group, *whose) for c in t.children if c.dep_ == "acl" and (t is group or c.lemma_ in LEAD_VERBS)
    ]
    led = next((a for c in acls for a in c.children if a.dep_ == "agent"), None)
    if led is None:
        return _made_up_of(group, refs)
    return parties_of(next((o for o in led.children if o.dep_ == "pobj"), None), refs)


_MADE_OF = frozenset({"make", "compose", "consist", "comprise"})


def _made_up_of(group: Token, refs: list[Ref]) -> list[Entity]:
    """The members a delegation is said to be made of, right after it ("a delegation of the
    Federal Council made up of X, Y and Z"), however the parser hung the participle."""
    at = group.right_edge.i + 1
    made = group.doc[at] if at < len(group.doc) else None
    if made is None or made.lemma_.lower() not in _MADE_OF or made.pos_ != "VERB":
        return []
    of = next((c for c in made.children if c.lower_ == "of"), None)
    obj = of.children if of is not None else made.children
    first = next((o for o in obj if o.dep_ in ("pobj", "dobj")), None)
    return [e for e in parties(first, refs) if e.kind == "person"]


def by_agents(verb: Token, refs: list[Ref]) -> list[Entity]:
    """The agent of a passive: the first "by" phrase that names someone ("was congratulated by
    telephone by X" skips "by telephone")."""
    # the verb's own "by" phrases, then one the parser hung on its object ("congratulated on his
    # victory by X")
    own = [c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"]
    hung = [c for p in verb.children if p.dep_ == "prep" for o in p.children for c in o.children if c.lower_ == "by"]
    for c in [*own, *hung]:
        if c.dep_ in ("agent", "prep") and c.lower_ == "by":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            found = parties_of(obj, refs)
            if found:
                return found
    return []


def passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _PASS), None)
