"""Quotations, characterisations of relationships and named initiatives in one sentence."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read.body_relations import named_pairs, with_body
from diplograph.read.facts import Extraction, Quote, Relation
from diplograph.read.lexicon import Entity, city, lexicon
from diplograph.read.predicates import predicated
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence, Source
from diplograph.read.wordlist import alternation
from diplograph.read.writers import latest_writer

if TYPE_CHECKING:
    from spacy.tokens import Span

    from diplograph.read.clauses import Ref


def _said_of(*heads: str, comma: bool = False) -> str:
    """The start of what is said of a relationship: its word, and between or with whom
    ("relations between X and Y", "ties with X")."""
    parties = r"(?: between [^.;\"]{1,60}?| with [^.;\"]{1,30}?)?"
    return rf"\b(?:{'|'.join(heads)})\b" + parties + (",? " if comma else " ")


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    q, r = lex.quotes, lex.relations
    qual = alternation(r["qualifiers"], case=False)
    adv = alternation(r["adverbs"], case=False)
    unit = rf"(?:{adv} )?{qual}"
    values = alternation(r["values"], case=False)
    return {
        "said": re.compile(r"\s*,?\s*(?:" + "|".join(map(re.escape, q["said"] + q["quoted_as"])) + r")\b"),
        # '"...," said X': the verb before its subject
        "said_by": re.compile(r"\s*,?\s*(?:" + "|".join(map(re.escape, q["said"])) + r") (?=[A-Z]|the )"),
        "by_message": re.compile(
            r"\b(?:the|this|his|her|in the|in his|in her) (?:" + "|".join(q["by_message"]) + r")\b", re.I
        ),
        # "multifaceted India-Qatar partnership": the two states' names may stand before the head
        "relation": re.compile(
            rf"{unit}(?:(?:,? and |, |-| )(?:{unit}|{alternation(r['companions'], case=False)}))*"
            rf"(?: [A-Z][\w]+[–-][A-Z][\w]+)? {alternation(r['heads'], case=False)}"
        ),
        "values": re.compile(
            r"\b(?:relations|ties|relationship|bonds?|links)(?: \w+){0,2}"
            r"(?: between [^.;\"]{1,60}?)?(?: (?:are|is|were|was))? "
            r"(?:of|based on|built on|rest(?:ing)? on|founded on) \"?"
            rf"((?:{unit} )?(?:{values})(?:(?:,| and|, and) (?:{values}))*)",  # "of genuine friendship"
            re.I,
        ),
        # "relations between X and Y were at their best level in decades", "have reached their best level"
        "level": re.compile(
            _said_of("relations", "ties", "relationship")
            + r"\"?(?:are|is|were|was|remain|remained|stand|stood|have|has|had|to be)"
            r"(?: now| already)?(?: reached)? \"?"
            r"((?:at )?(?:their|its|the) (?:very )?(?:best|highest|strongest) (?:level|point|stage)"
            r"(?: ever| (?:in|since|of) [^.,;\"]{1,40})?"
            r"|at (?:a|an|their|its) (?:new |all-time |historic |record )*(?:high|peak))",  # "at a historic high"
            re.I,
        ),
        # "the relationship had never been in better shape", "ties are stronger than ever"
        "ever": re.compile(
            _said_of("relations", "ties", "relationship", "friendship", "partnership")
            + r"\"?(?:are|is|were|was|remain|remains|remained|to be|has|have|had|as)(?: now| today)? \"?"
            rf"(never been (?:so|this|more) (?:{qual})|never been (?:in )?better(?: shape)?"
            r"|(?:stronger|closer|better|deeper|warmer|firmer) (?:today |now )?than (?:ever(?: before)?"
            r"|at any (?:other )?time(?: in (?:its|their) history)?))",
            re.I,
        ),
        # a quoted word for what the relationship is: "described ties between X and Y as 'steadily
        # improving'", "X and Y enjoy 'excellent and ever-growing' ties"
        "quoted": re.compile(
            _said_of("relations", "ties", "relationship", "partnership", comma=True)
            + r"(?:as|are|is|were|was|remain|remains|remained) \"([a-z][\w-]*(?:,? (?:and |but )?[\w-]+){0,7})[.,]?\""
            r"|\"([a-z][\w-]*(?:,? (?:and |but )?[\w-]+){0,5})\" (?:ties|relations|relationship|partnership|bonds)\b",
        ),
        "based": re.compile(r"\b(?:are|is|which are|that are) (based on (?:[\w-]+,? ){1,6}(?:and [\w-]+))", re.I),
        # said of the relationship: "described relations between X and Y as friendly and constructive",
        # "Czech-Moldovan relations are 'excellent and steadily deepening'"
        "predicate": re.compile(
            _said_of("relations", "ties", "relationship", comma=True)
            # (not "is as strong today as ...": a comparison, not what the relationship is)
            + r"(?:are|is|were|was|remain|remains|remained|as)(?<!is as)(?<!re as)(?<!as as) \"?"
            rf"({unit}(?:(?:,| and|, and) (?:(?:steadily|constantly|increasingly|still) )?(?:{qual}|[a-z]+ing)\b)*)",
            re.I,
        ),
    }


def quotes(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction) -> None:
    from diplograph.read.clauses import mention_at, subject

    rx = _rx()
    norm = src.norm
    for q0, q1 in s.quotes:
        start, end = q0, q1
        while end > start and norm[end - 1] in " ,.;:":
            end -= 1
        if len(norm[start:end].split()) < lexicon().quotes["min_words"]:
            continue
        if _TITLED.search(norm, max(s.start, q0 - 20), q0 - 1):
            continue  # "a statement titled '...'": a title, no one's words
        speaker: Entity | None = None
        after = mention_at(refs, norm, q1 + 1 + (1 if norm[q1 + 1 : q1 + 2] == "," else 0))
        said_by = rx["said_by"].match(norm, q1 + 1)
        by = mention_at(refs, norm, said_by.end(), skip_titles=True) if said_by else None
        if by and by[1]:
            after = by  # '"...," said Ambassador X'
        if after and (after is by or rx["said"].match(norm, after[0].end)) and after[1]:
            speaker = after[1][0] if after[1][0].kind == "person" else _sender(res)
        elif re.match(
            r"\s*,?\s*(?:the|this) (?:" + "|".join(lexicon().quotes["by_message"]) + ")", norm[q1 + 1 : q1 + 40], re.I
        ):
            speaker = latest_writer(out) or _sender(res)  # "..., the letter reads": who wrote it
        elif rx["by_message"].search(norm, s.start, q0) and not subject(refs, q0, s, people_only=True):
            speaker = latest_writer(out) or _sender(res)
        else:
            found = subject(refs, q0, s, people_only=True) or subject(refs, q0, s)
            speaker = found[0] if found and found[0].kind == "person" else _sender(res)
        if _MEDIUM_QUOTED.match(norm[q1 : q1 + 60]) and (writer := latest_writer(out)) is not None:
            speaker = writer  # "..., the Kremlin quoted the message as saying": the message's writer
        said = _words(norm[start:end])
        if any(said in _words(src.norm[q.span[0] : q.span[1]]) for q in out.quotes):
            continue  # words quoted again (a headline's after the body's): once
        # the body's words after a headline's: the fuller quotation, in place of the headline's
        out.quotes[:] = [q for q in out.quotes if _words(src.norm[q.span[0] : q.span[1]]) not in said]
        out.quotes.append(Quote(speaker, src.text[start:end], (start, end)))


_TITLED = re.compile(r"\b(?:titled|entitled|headlined|themed|under the (?:title|theme|motto|slogan)),? ?$")


def _words(quoted: str) -> str:
    """Quoted words compared as words: lower case, no punctuation, single spaces."""
    return " " + " ".join(re.findall(r"\w+", quoted.lower())) + " "


_MEDIUM_QUOTED = re.compile(
    r"\W*(?:the |an? )?[\w ]{0,30}? quoted (?:the|his|her|a) (?:message|letter|cable|telegram)\b"
)


def _sender(res: Resolver) -> Entity | None:
    return res.main[0][0] if res.main else None


def relations(
    src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction, sent: Span | None = None
) -> None:
    rx = _rx()
    lex = lexicon()
    strong = {w.lower() for w in lex.relations["strong_qualifiers"]}
    weak = {w.lower() for w in lex.relations["weak_heads"]}
    blockers = {w.lower() for w in lex.relations["blockers"]}
    neutral = {w.lower() for w in lex.relations.get("neutral", [])}
    text = src.norm[s.start : s.end]
    spans: list[tuple[int, int]] = []
    for m in rx["relation"].finditer(src.norm, s.start, s.end):
        words = set(re.findall(r"[\w-]+", m.group().lower()))
        head = m.group().split(" ")[-1]
        before = src.norm[max(0, m.start() - 40) : m.start()]
        named = head[0].isupper() and (
            re.match(r" (?:of )?[A-Z]", src.norm[m.end() : m.end() + 5])
            or re.search(r"[A-Z]\w+ (?:on|of|for) (?:the )?$", before)  # "a Joint Statement on Strategic Partnership"
        )
        blocked = words & blockers and not (
            words & strong and words & blockers <= neutral
        )  # "excellent bilateral ties"
        if blocked or (head.lower() in weak and not words & strong) or named:
            continue  # a capitalised head before a capitalised word is part of a name ("... Partnership Agreement")
        spans.append((m.start(), m.end()))
    for key in ("values", "based", "predicate", "level", "ever", "quoted"):
        for m in rx[key].finditer(src.norm, s.start, s.end):
            g = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i) is not None)
            if key == "values" and m.group(g)[:1].isupper():
                continue  # "grounded in the Treaty of Friendship": a name, not what the ties are of
            if not any(a <= m.start(g) < b for a, b in spans):
                spans.append((m.start(g), m.end(g)))
    for m in _described().finditer(src.norm, s.start, s.end):
        quoted = m.group("q").rstrip(" .,;!")
        if set(re.findall(r"[\w-]+", quoted.lower())) & set(lex.relations["heads"]):
            a = m.start("q")
            spans = [(x, y) for x, y in spans if not a <= x < a + len(quoted)] + [(a, a + len(quoted))]
    said = {(a, b): two for a, b, two in predicated(sent, refs, res, lambda at: _quoted_by(out, at))}
    for a, b in said:  # what a predicate says a state is, whole ("friends who share the same values")
        spans = [(x, y) for x, y in spans if not (a <= x and y <= b)]
        spans += [(a, b)] if not any(x < b and a < y for x, y in spans) else []
    for start, end in _merged(src.norm, spans):
        parties = (
            said.get((start, end))
            or with_body(src.norm, s, refs, start, end)
            or _parties(text, s, refs, res, start, out)
        )
        if parties is None:
            continue
        phrase = src.text[start:end]
        same = (frozenset(parties), phrase.lower())
        if any((frozenset(r.parties), r.phrase.lower()) == same for r in out.relations):
            continue
        level = next((c for label, c in lex.levels if label in phrase.lower()), None)
        stated = _quoted_by(out, start)
        out.relations.append(Relation(parties, phrase, level, stated, (start, end)))


@cache
def _described() -> re.Pattern[str]:
    """A state or a relationship described in quotation marks ("described Uzbekistan as 'a good
    neighbour and a reliable economic partner'", "describing the two countries as 'close friends
    and maritime neighbours'"): the quoted words whole, where they hold a relationship's head."""
    named = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}"
    things = (
        r"(?:the |their |our |bilateral )*"
        r"(?:two (?:countries|nations|states|peoples|sides)|relations|relationship|ties|links?|partnership)"
    )
    return re.compile(
        r"\b(?:describ\w*|call(?:s|ed|ing)|spoke of|speaks of|speaking of|referr\w* to|hail\w*|term(?:s|ed|ing)"
        rf"|characteri[sz]\w*) (?:{named}|{things}|each other)(?: as)? \"(?P<q>[^\"]{{3,140}}?)\""
    )


def _merged(norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans joined where they overlap, are listed together ("good friends and good partners") or
    one holds the other's values ("centuries-old bonds of friendship")."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] or re.fullmatch(r",? (?:and )?| of ", norm[out[-1][1] : start])):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _quoted_by(out: Extraction, at: int) -> Entity | None:
    return next((q.speaker for q in out.quotes if q.span[0] <= at < q.span[1]), None)


def _parties(
    text: str, s: Sentence, refs: list[Ref], res: Resolver, at: int, out: Extraction
) -> tuple[Entity, Entity] | None:
    """The two states: named as a pair ("Kazakh-Uzbek relations", "China-Kazakhstan"), the two
    states of the sentence, a quoted speaker's side and the other side, or the main contact's."""
    lex = lexicon()
    states: list[Entity] = []
    for m, ents in refs:
        for e in ents:
            if m.kind in ("state", "demonym", "pair", "realm") and e.kind == "state" and e not in states:
                states.append(e)
    for _, a_state, b_state in named_pairs(text):
        if a_state.kind == b_state.kind == "state" and a_state != b_state:
            return a_state, b_state
    capitals = _BETWEEN.search(text)  # "relations between Moscow and Havana"
    if capitals is not None:
        a, b = (lex.names.get(g) or city(g) for g in capitals.groups() if g is not None)
        if a and b and a.kind == b.kind == "state" and a != b:
            return a, b
    explicit = [e for m, ents in refs if m.kind != "pair" for e in ents if e in states]
    if len(set(explicit)) == 2:  # "relations between the two countries" beside "Japan's aid to Tajikistan"
        first, second = dict.fromkeys(explicit)
        return first, second
    # the contact this sentence tells ("X, in a message to Y, spoke of the warm relations between
    # the two countries"): its two sides' states
    here = next((c for c in out.communications if c.span == (s.start, s.end) and c.senders and c.recipients), None)
    if here is not None and (two := _states_of(res, here.senders[0], here.recipients[0])) is not None:
        return two
    # "the head of state dwelt with the Uruguayan diplomat on the ties between the two countries":
    # the states of the two people the sentence names, not of the latest contact
    people = [e for m, ents in refs if m.kind != "pair" for e in ents if e.kind == "person"]
    theirs = [c for c in dict.fromkeys(map(res.country_of, people)) if c is not None and c.kind == "state"]
    if len(theirs) == 2 and any(m.kind == "pair" for m, _ in refs):
        return theirs[0], theirs[1]
    if len(states) == 2:
        return states[0], states[1]
    # the states of the people and descriptions named ("Sierra Leone's President X ... his
    # Liberian counterpart ... the bonds of brotherhood")
    posts = [m.of for m, _ in refs if m.of is not None and m.of.kind == "state"]
    held = list(dict.fromkeys([*states, *posts]))
    if len(states) < 2 and len(held) == 2:
        return held[0], held[1]
    if len(states) == 1 and len(theirs) == 1 and theirs[0] != states[0]:
        return theirs[0], states[0]  # "X called the Netherlands 'a true friend'": X's state and the one named
    speaker = _quoted_by(out, at)
    if speaker is not None:
        own = res.country_of(speaker)
        # the other side of the speaker's contacts; the one this sentence names first ("The message
        # to X says: ...")
        named = {e for m, ents in refs for e in ents if e.kind == "person"}
        sides = [e for c in out.communications if speaker in c.senders for e in c.recipients]
        sides += [e for c in out.communications if speaker in c.recipients for e in c.senders]
        sides = sorted(sides, key=lambda e: e not in named)
        other = next((c for c in map(res.country_of, sides) if c is not None), None)
        if own and other and own != other:
            return own, other
    # the latest contact's two sides ("The call also dealt with the close fraternal relations between
    # the two countries"), else the report's main contact
    latest = next(
        (
            (c.senders, c.recipients)
            for c in reversed(out.communications)
            if c.senders and c.recipients and c.senders[0].kind == c.recipients[0].kind == "person"
        ),
        None,
    )
    for contact in [x for x in (latest, res.main) if x]:
        if (found := _states_of(res, contact[0][0], contact[1][0])) is not None:
            return found
    return None


def _states_of(res: Resolver, one: Entity, other: Entity) -> tuple[Entity, Entity] | None:
    """The states of a contact's two sides (:meth:`Resolver.side_of`: a side of no known state is
    the dateline's, where the other is another), where they are two."""
    a, b = res.side_of(one, [one, other]), res.side_of(other, [one, other])
    return (a, b) if a and b and a != b else None


_BETWEEN = re.compile(
    r"\bbetween ([A-Z][\w-]+(?: [A-Z][\w-]+)?) and ([A-Z][\w-]+(?: [A-Z][\w-]+)?)\b"
    # "Dakar and Kigali enjoy ... ties": two capitals as the subject
    r"|\b([A-Z][\w-]+(?: [A-Z][\w-]+)?) and ([A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:enjoy|share|have|maintain|are)\b"
)
