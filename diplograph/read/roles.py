"""Grammatical roles over the parse: the objects of a word's prepositions, the subject of a
verb (through conjoined verbs and relative pronouns), and the resolved mentions a phrase and
the phrases conjoined, apposed or listed with it stand for. Used by the grammar, the visit
reader and the act reader."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref, listed
from diplograph.read.lexicon import Entity, city
from diplograph.read.mentions import Mention
from diplograph.read.prepositions import joined_past_clause
from diplograph.read.subject_words import joined_subject, subject_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJ = ("nsubj", "csubj")
_PASS = ("nsubjpass", "csubjpass")
_OBJ = ("dobj", "obj")


def subjects(verb: Token, refs: list[Ref]) -> list[Entity]:
    """The subject of a verb, or of the verb it is conjoined to ("X arrived and met Y"); a
    relative pronoun stands for the name it follows ("Y, who held talks with X"); a name right
    before a verb the parser found no subject for ("To Lam met ..." read as "to Lam")."""
    subj = subject_token(verb)
    joined = subj is not None and verb.dep_ in ("conj", "advcl") and subj == joined_subject(verb)
    found = (entity(subj, refs) if joined else parties(subj, refs)) if subj is not None else []  # not its conjuncts
    if subj is None and verb.i > 0:
        found = next((e[:1] for m, e in refs if e and e[0].kind == "person" and m.end + 1 == verb.idx), [])
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
        group = [e for e in _listed_before(top, group, refs) if e not in group] + group
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
    subjs = [c for c in verb.children if c.dep_ in _SUBJ and c.i < verb.i]
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


def _preps_after(prep: Token) -> list[Token]:
    """The prepositions of the same word listed right after one ("from X, from Y, and from Z"),
    wherever the parser hung each (on X, on the verb, on an occasion before)."""
    out: list[Token] = []
    at = prep.right_edge.i + 1
    doc = prep.doc
    while at < len(doc):
        if doc[at].dep_ in ("punct", "cc") and doc[at].text in (",", "and", ";"):
            at += 1
        elif doc[at].lower_ == prep.lower_ and doc[at].dep_ in ("prep", "conj"):
            out.append(doc[at])
            at = max(doc[at].right_edge.i, at) + 1
        else:
            break
    return out


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
            return named
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
    out: list[Entity] = []
    # "X, the Minister, and his counterpart, Y": the parser may hang the conjunct on the apposition
    heads = [tok, *(a for a in tok.children if a.dep_ == "appos")]
    # "from X and Y, and from Z": the objects of a conjoined preposition too
    more = [o for p in tok.head.conjuncts if tok.dep_ == "pobj" for o in p.children if o.dep_ == "pobj"]
    if tok.dep_ == "pobj" and tok.head.pos_ == "ADP":  # "to X, after the storm hit A, and to Y"
        more += joined_past_clause(tok.head)
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":  # "from X, from Y": the parser hangs Y's on X
        froms = [q for p in (*tok.children, *_preps_after(tok.head)) if p.lower_ == "from" for q in (p, *p.conjuncts)]
        more += [o for p in dict.fromkeys(froms) for o in p.children if o.dep_ == "pobj" and o not in more]
    heads += more
    # "from X of A, B's Amir Y and Z": the parser hung Y on X as an apposition, the list's next
    listed = [a for a in heads[1:] if a.conjuncts and _named_person(a, refs)]
    # "Presidents X of A and Y of B": the parser joined Y to A
    owned = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    more += [c for o in owned if o.dep_ == "pobj" for c in o.conjuncts if _named_person(c, refs)]
    for t in dict.fromkeys([tok, *listed, *(c for h in heads for c in h.conjuncts), *more]):
        if t is not tok and _opens_clause(t, refs):
            break  # "to X, and Minister Y sent ...": Y is the subject the parser joined to X
        led = (
            _led_by(t, refs) if t is not tok and t.lemma_.lower() in _GROUPS else []
        )  # "X and the delegation led by Y"
        ents = led or entity(t, refs, head_only=head_only)
        if not ents and t is tok:  # "His Highness the Amir Sheikh X": the name in apposition
            ents = next((got for a in heads[1:] if (got := entity(a, refs, head_only=head_only))), [])
        if not ents and t is tok:  # "met with the President of the Chamber, X, at ...": the parser lost X
            ents = _name_after_post(t, refs)
        if ents and t is tok and tok.pos_ == "NOUN" and all(e.kind == "state" for e in ents):
            # "Myanmar's junta chief Senior General X": the one named right after the noun
            at = tok.idx + len(tok.text) + 1
            ents = next((es[:1] for m, es in refs if es and es[0].kind == "person" and m.start == at), ents)
        if ents and t is tok and all(e.kind in ("body", "state") for e in ents) and t.pos_ == "PROPN":
            # "the United Nations Special Coordinator for Lebanon, X": X, not the body of a post read
            named = [e for a in t.subtree if a.dep_ == "appos" for e in entity(a, refs, head_only=True)]
            named = [e for e in named if e.kind == "person"]
            ents = named[:1] or ents
        title = _title_over(t, refs) if t is not tok else None
        if title is not None and ents == [title.of] and any(e.kind == "person" for e in out):
            continue  # "X, general secretary of ... and president of China": a second post, not China
        for e in ents:
            if e not in out:
                out.append(e)
    if not out:  # "Several states, including A, B and C, ...": those named
        such = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("including", "like")), None)
        obj = next((o for o in such.children if o.dep_ == "pobj"), None) if such is not None else None
        out = parties(obj, refs) if obj is not None else []
    if out and all(e.kind == "person" for e in out):  # the list may go on past what the parser joined
        out += [e for e in _listed_after(tok, out[-1], refs) if e not in out]
    return out


def _named_person(tok: Token, refs: list[Ref]) -> bool:
    """A token that ends a person's name (not a bare title), where the mention ends with it or
    goes on past it ("Prime Minister X of Canada")."""
    end = tok.idx + len(tok.text)
    return any(
        m.kind == "person"
        and m.name
        and es
        and (m.end == end or (m.start <= tok.idx < m.end and m.name.endswith(tok.text)))
        for m, es in refs
    )


def _name_after_post(tok: Token, refs: list[Ref]) -> list[Entity]:
    """The person named right after a post that names no one (", X,"), however the parser hung X."""
    if _title_over(tok, refs) is None:
        return []
    last = tok.doc[tok.right_edge.i]
    end = last.idx + len(last.text)
    text = text_of(tok.doc)
    return next(
        (es[:1] for m, es in refs if es and es[0].kind == "person" and m.start > end and text[end : m.start] == ", "),
        [],
    )


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


def _opens_clause(t: Token, refs: list[Ref]) -> bool:
    """A conjunct the parser joined to a party that is the subject of the verb right after its
    name, a verb it found no subject for."""
    named = next((m for m, _ in refs if m.start <= t.idx < m.end), None)
    return _before_subjectless(t.doc, named.end if named is not None else t.idx + len(t.text))


def _before_subjectless(doc: Doc, end: int) -> bool:
    """The word after ``end`` is a joined verb the parser found no subject for."""
    last = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    verb = doc[last[-1].i + 1] if last is not None and len(last) and last[-1].i + 1 < len(doc) else None
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and verb.dep_ in ("conj", "advcl")
        and not any(c.dep_ in _SUBJ for c in verb.children)
    )


_LIST_GAP = re.compile(
    r"(?: of(?: the)? [A-Z][\w'-]*(?: [A-Z][\w'-]*)*)?(?:,| and|, and)(?: (?:the )?[A-Z][\w'-]*(?:'s)?)* "
)


def _listed_before(tok: Token, group: list[Entity], refs: list[Ref]) -> list[Entity]:
    """People listed right before the first of a group ("from King X of A, B's Amir Y and Z"),
    where the parser broke the list."""
    text = text_of(tok.doc)
    at = next((i for i, (m, es) in enumerate(refs) if es[:1] == group[:1] and m.start >= tok.left_edge.idx), None)
    before: list[Entity] = []
    while at:
        m, es = refs[at - 1]
        if not es or es[0].kind != "person" or not _LIST_GAP.fullmatch(text[m.end : refs[at][0].start]):
            break
        before.insert(0, es[0])
        at -= 1
    return before


def _listed_after(tok: Token, first: Entity, refs: list[Ref]) -> list[Entity]:
    """People listed after the one a phrase names ("to President of A X, President of B Y and
    Prime Minister of C Z"), which the parser may chain as appositions of each other."""
    here = next((m for m, ents in refs if ents[:1] == [first] and tok.left_edge.idx <= m.start <= tok.idx + 200), None)
    if here is None:
        return []
    found, _ = listed(refs, text_of(tok.doc), here.start, sentence_end(tok))
    out: list[Entity] = []
    for e in found:  # "to X, and Deputy Prime Minister Y sent ...": Y opens a clause of their own
        at = next((m for m, ents in refs if ents[:1] == [e] and m.start >= here.start), None)
        span = tok.doc.char_span(at.start, at.end, alignment_mode="expand") if at is not None else None
        # (an item after a semicolon, "A, Ambassador of B; C, Ambassador of D", is one of the list)
        item = at is not None and re.search(r";(?: and)? $", text_of(tok.doc)[max(0, at.start - 6) : at.start])
        subject = span is not None and span.root.dep_ in _SUBJ and not item
        if at is not None and (_before_subjectless(tok.doc, at.end) or subject):
            break
        out.append(e)
    return [e for e in out if e.kind == "person"]


def entity(tok: Token, refs: list[Ref], *, head_only: bool = False) -> list[Entity]:
    """The resolved mention a phrase stands for: the one over its head word, else the first
    within the phrase up to its modifiers, else the first person in the whole phrase ("the
    Speaker of the Assembly X"), not counting conjoined phrases."""
    doc = tok.doc
    cut = [c for c in tok.rights if c.dep_ in ("conj", "cc", "relcl", "acl", "punct", "appos", "prep")]
    conj = [c for c in tok.rights if c.dep_ in ("conj", "cc")]
    start = tok.left_edge.idx

    def end_of(stop: list[Token]) -> int:
        last = doc[stop[0].i - 1] if stop else doc[tok.right_edge.i]
        return max(last.idx + len(last.text), tok.idx + len(tok.text))

    near, whole = end_of(cut), end_of(conj)
    over = [(m, e) for m, e in refs if m.start <= tok.idx < m.end and e]
    inside = [(m, e) for m, e in refs if start <= m.start and m.end <= near and e]
    title = _title_over(tok, refs)  # "the Speaker of the Assembly X": X is further in
    people = [(m, e) for m, e in refs if start <= m.start and m.end <= whole and e and e[0].kind == "person"]
    pick = over or ([] if head_only else inside) or (people if title else [])
    if not pick:
        return [title.of] if title is not None and title.of is not None else []
    return pick[0][1]


def _title_over(tok: Token, refs: list[Ref]) -> Mention | None:
    return next((m for m, _ in refs if m.start <= tok.idx < m.end and m.kind == "title"), None)


def tokens(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of ``doc`` between two character offsets, as one span."""
    return doc.char_span(start, end, alignment_mode="expand")


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


def sentence_end(tok: Token) -> int:
    """The character offset where the token's sentence ends (the sentence bounds of a document
    are found once and kept with it: ``Token.sent`` walks them every time)."""
    doc = tok.doc
    ends: list[tuple[int, int]] | None = doc.user_data.get("diplograph_sentence_ends")
    if ends is None:
        ends = [(s.end, s.end_char) for s in doc.sents]
        doc.user_data["diplograph_sentence_ends"] = ends
    at = bisect.bisect_right([e for e, _ in ends], tok.i)
    return ends[at][1] if at < len(ends) else len(text_of(doc))


def text_of(doc: Doc) -> str:
    """The document's text, kept with it (``Doc.text`` joins every token each time)."""
    text: str | None = doc.user_data.get("diplograph_text")
    if text is None:
        text = doc.text
        doc.user_data["diplograph_text"] = text
    return text


def phrase_end(tok: Token) -> Token:
    """The last word of a phrase without the clauses hung on it ("a letter to X, in which he
    congratulated ..." ends at X)."""
    while True:
        kept = [c for c in tok.rights if c.dep_ not in ("relcl", "acl", "advcl", "punct", "conj", "cc", "appos")]
        if not kept:
            return tok
        tok = kept[-1]
