"""Joining what the finders found into the mentions of a sentence: a title and the name after
it ("President of the Hellenic Republic H E X"), a chain of titles before one name, a
description before a name ("his Kazakh counterpart X"), a title in apposition after a name
("X, Prime Minister of Japan,"), and what each mention's place says of it (the object of a
verb, the agent of a passive, inside a quotation or a message)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read.lexicon import lexicon
from diplograph.read.patterns import mention_patterns
from diplograph.read.text import SIGNATORY

if TYPE_CHECKING:
    from diplograph.read.mentions import Mention


def joined(
    norm: str, found: list[Mention], quotes: Sequence[tuple[int, int]], pat: dict[str, re.Pattern[str]]
) -> list[Mention]:
    """The mentions of a sentence in order, one per stretch of text, joined where they name one
    person."""
    lex = lexicon()
    chosen: list[Mention] = []
    for mm in sorted(found, key=lambda x: (x.start, -(x.end - x.start), _rank(x))):
        if chosen and mm.start < chosen[-1].end:
            continue
        rest = norm[mm.end : mm.end + 2]
        mm.possessive = rest == "'s" or (rest[:1] == "'" and norm[mm.end - 1] == "s")
        mm.obj = bool(pat["objmark"].search(norm[max(0, mm.start - 30) : mm.start]))
        mm.obj = mm.obj and not _AGENT.search(norm, max(0, mm.start - 40), mm.start)  # "was received by X": X acts
        mm.in_quote = any(q0 <= mm.start < q1 for q0, q1 in quotes)
        mm.in_medium = bool(_IN_MEDIUM.search(norm, max(0, mm.start - 50), mm.start))
        prev = chosen[-1] if chosen else None
        desc = chosen[-2] if len(chosen) > 1 else None
        if (
            prev
            and desc
            and prev.kind == "state"
            and desc.kind == "description"
            and mm.kind == "person"
            and re.fullmatch(r" of (?:the )?", norm[desc.end : prev.start])
            and norm[prev.end : mm.start] == ", "
        ):
            # "the envoy of South Korea, X": X, of that state, as "the South Korean envoy, X"
            mm.of, mm.described = mm.of or prev.entity, desc.title
            mm.start, mm.obj = desc.start, desc.obj
            chosen[-2:] = [mm]
            continue
        if (
            prev
            and prev.kind == "description"
            and mm.kind == "person"
            and (
                re.fullmatch(r",? ", norm[prev.end : mm.start])
                # "his counterpart, the Minister of Foreign Affairs, Y" (not "In a message to his Chadian
                # counterpart, the Nigerian President, X, ...": the writer, of another state)
                or (norm[prev.end : mm.start] == ", the " and mm.title and mm.of in (None, prev.of))
            )
            and not _OPENING.search(norm[max(0, prev.start - 40) : prev.start])  # "Receiving the envoy, X ..."
        ):
            # "his Kazakh counterpart Kassym-Jomart Tokayev": the description names the person's country
            mm.of = mm.of or prev.of
            mm.described = prev.title
            mm.start, mm.obj = prev.start, prev.obj
            chosen[-1] = mm
            post = chosen[-2] if len(chosen) > 1 else None
            if post is not None and post.kind == "title" and not mm.title and norm[post.end : prev.start] == " and ":
                # "The President of the Republic and Head of State, X": the post is X's
                mm.title, mm.of, mm.chain = post.title, mm.of or post.of, post.chain
                mm.start, mm.obj = post.start, post.obj
                chosen[-2:] = [mm]
            continue
        if (
            prev
            and prev.kind == "title"
            and mm.kind == "person"
            and not mm.title
            and (
                (styled := _STYLED.fullmatch(norm, prev.end, mm.start))
                or (norm[prev.end : mm.start] == "\n" and _signed(norm, mm))  # "Prime Minister\nThe Hon X"
            )
            and (styled is None or styled["of"] is None or re.match(_STYLE, norm[styled.end() : mm.end]))
        ):
            # "President of the Hellenic Republic H E Konstantinos Tasoulas": the post, a style, the name
            of_the = (styled["of"] or "").rstrip() if styled is not None else ""
            mm.title, mm.of, mm.chain = (prev.title or "") + of_the, mm.of or prev.of, prev.chain
            mm.start, mm.obj = prev.start, prev.obj
            chosen.pop()
            prev = chosen[-1] if chosen else None  # "Prime Minister and Minister of ... H E X": both
        if (
            prev
            and prev.kind == "title"
            and mm.kind == "person"
            and mm.title
            and prev.title not in lex.address  # "The Secretary and Prime Cabinet Secretary X": two people
            and (
                re.fullmatch(r",? (?:and )?| [–—-] ", norm[prev.end : mm.start])
                or _body_and().fullmatch(norm, prev.end, mm.start)  # "... of Cuba Central Committee and President X"
            )
            and not _named_before(norm, prev)
            and not (
                norm.startswith(",", prev.end) and pat["dem"].match(norm, mm.start)
            )  # "The King, Indian President X"
            # "In the meeting with the ambassador of Japan, President X noted": the sentence's subject
            and not subject_after_lead(norm, mm.start, mm.end)
        ):
            # a chain of titles before one name: "Deputy Chairman ..., Minister of Foreign Affairs X"
            mm.chain = [*prev.chain, (prev.title or "", prev.of)]
            mm.start, mm.obj, mm.possessive = prev.start, prev.obj, mm.possessive
            chosen[-1] = mm
            continue
        if prev and prev.kind == "state" and prev.possessive and mm.kind == "description" and mm.of is None:
            if norm[prev.end : mm.start] in ("'s ", "' "):  # "Argentina's head of state": of Argentina
                mm.of, mm.start, mm.obj = prev.entity, prev.start, prev.obj
                chosen[-1] = mm
                continue
        if _apposed(norm, prev, mm):  # "Mr X, President of the Republic of Kazakhstan, ...": X's post
            assert prev is not None
            if prev.apposed:  # "X, Prime Minister and Minister of Foreign Affairs of Qatar": both X's
                prev.chain = [*prev.chain, (prev.title or "", prev.of)]
            prev.title, prev.of, prev.end, prev.apposed = mm.title, mm.of or prev.of, mm.end, True
            prev.former = mm.former
            continue
        if mm.kind == "person" and mm.title and mm.of is None and norm[max(0, mm.start - 4) : mm.start] == "its ":
            # "thanked Mexico, through its new ambassador, X": the state named last before
            mm.of = next((c.entity for c in reversed(chosen) if c.kind == "state" and mm.start - c.end <= 40), None)
        mm.bound = mm.kind == "pronoun" and _bound(norm, prev, mm)
        chosen.append(mm)
    return chosen


_STYLE = r"(?:H ?E|H ?H|H\.E\.|H\.H\.|HRH|H[ie][sr] (?:Royal )?(?:Highness|Majesty|Excellency)) "
_STYLED = re.compile(rf"(?P<of> of the (?:[A-Z][\w'-]+ ){{1,4}}?)?(?(of)(?:{_STYLE})?| {_STYLE})")
"""A style of address between a post and a name, as Gulf agencies print it ("Amir H H Sheikh X",
"Chairman of the Presidential Court His Highness Shaikh X")."""


@cache
def _body_and() -> re.Pattern[str]:
    """The rest of a body's name a title's "of" names, before "and" and the next title."""
    heads = "|".join(lexicon().references["thing_heads"])
    return re.compile(rf" (?:[A-Z][\w'-]+ ){{0,2}}(?:{heads}),? and ")


_LEAD = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:During|In|At|After|Following|Before|With"
    r"|[A-Z][a-z]+ing(?= (?:to|with|the|a|an|his|her|their|its)\b))\b[^,\n]*, $"
)
"""A sentence's opening phrase, up to its comma ("During the talks with the envoy of A, ",
"Talking to the ambassador of A, "; a participle only before its object or preposition, not a
city's name, "Nanjing")."""


def subject_after_lead(text: str, at: int, end: int) -> bool:
    """The name at ``text[at:end]`` after the comma that closes its sentence's opening phrase,
    a verb right after it: the subject of the sentence, not the apposition of a title in that
    phrase ("Talking to the ambassador of A, X praised ...", also with X's post apposed: "In his
    message to the Secretary General, X, Chief Adviser of B, congratulated him")."""
    styled = mention_patterns()["styles_end"].search(text[max(0, at - 60) : at])
    at = at - len(styled.group()) if styled is not None else at  # "..., H.E. Professor X"
    return _LEAD.search(text, max(0, at - 200), at) is not None and _VERB_AFTER.match(text[end : end + 200]) is not None


_VERB_AFTER = re.compile(
    r"(?:, (?:the )?[A-Z][^,.;:]{0,150},)? (?!of\b|and\b)(?:[a-z]+(?:ed|s)|said|told|met|held|spoke|sent|gave|made)\b"
)
"""A verb right after a name (and its post apposed), in the past or present tense."""

_OPENING = re.compile(r"(?:^|[\n.!?]\s+)[A-Z][a-z]+ing $")
"""A participle opening its sentence: what follows it up to the comma is its object, no apposition."""

_AGENT = re.compile(r"\b(?:was|were|been) (?:\w+ly )?\w+(?:ed|en) by (?:the )?$")
"""The agent of a passive, who does what the clause tells ("The message was received by X")."""

_BOUND = re.compile(
    r" (?:(?:also|then|later|had|has|have|[a-z]+ly) )*[a-z]+ "  # "X also received him"
    r"(?=(?:him|her)(?:[,.;:]| (?:at|in|on|to|for|with|and|during|as)\b))"
)


def _bound(norm: str, prev: Mention | None, pronoun: Mention) -> bool:
    """An object pronoun right after one verb whose subject is the mention before it ("when
    X received him at the ministry"): someone other than X."""
    if prev is None or prev.possessive or prev.obj or prev.kind not in ("person", "title", "description"):
        return False
    verb = _BOUND.match(norm, prev.end)
    return verb is not None and verb.end() == pronoun.start


_IN_MEDIUM = re.compile(
    r"\bIn (?:the|his|her|this|that|its) (?:[a-z]+ ){0,2}(?:message|letter|cable|telegram)s?, (?:the )?$"
)


def _named_before(norm: str, title: Mention) -> bool:
    """ "The Secretary General and Prime Minister X" after "NATO Secretary General Y": the
    title points back to Y, and X holds only the second."""
    said = norm[title.start : title.end]  # as written: not "the President of Angola" after "the Rwandan President, X"
    return norm[max(0, title.start - 4) : title.start] in ("The ", "the ") and bool(
        title.title and re.search(rf"\b{re.escape(said)},? [A-Z]", norm[: title.start])
    )


def _apposed(norm: str, prev: Mention | None, mm: Mention) -> bool:
    """A title alone in apposition after a name that has none: "X, Prime Minister of Japan, ",
    "received X as Ambassador of Japan"."""
    if prev is None or prev.kind != "person" or mm.kind != "title" or prev.possessive:
        return False
    rank = (prev.title or "").lower() in lexicon().ranks and prev.of is None  # "Ambassador X, Secretary General of Y"
    if prev.title and not rank and not (prev.apposed and norm[prev.end : mm.start] in (" and ", ", ")):
        return False
    if norm[prev.end : mm.start] == "\n" and _signed(norm, prev):
        return re.match(r"[ \t]*(?:\n|$)", norm[mm.end : mm.end + 2]) is not None  # "Hon X\nPrime Minister"
    # "X, the newly appointed Ambassador of Japan to Oman, ...", "Dame X, GCMG, OBE, Governor-General"
    return bool(_apposed_gap().fullmatch(norm[prev.end : mm.start])) and bool(
        # (its body's acronym in brackets may follow: "Secretary-General of the Gulf Cooperation Council (GCC), ")
        re.match(
            r"[ \t]*(?:\([A-Z][\w.&-]{1,12}\)[ \t]*)?(?:[,.;:)]|and\b|(?:to|at) (?:the )?[A-Z]|$)",
            norm[mm.end : mm.end + 28],
        )
        # or the line's end, on a line the name opens ("Senator the Hon X, Minister for Foreign Affairs")
        or (norm.startswith("\n", mm.end) and norm.rfind("\n", 0, prev.start) + 1 == prev.start)
    )


@cache
def _apposed_gap() -> re.Pattern[str]:
    """What may stand between a name and its title in apposition: a comma, letters after the
    name (``post_nominals`` in ``ingest/references.yaml``), "the", "newly appointed"."""
    letters = "|".join(map(re.escape, lexicon().references["post_nominals"]))
    return re.compile(
        rf"(?:,? (?:{letters})\b)*, (?:the )?(?:new |newly[ -]appointed |newly[ -]accredited |outgoing |incoming )?"
        r"| and | as (?:the )?"
    )


def _signed(norm: str, m: Mention) -> bool:
    """A name on a line of a release's signatory ("The Hon X MP", "Hon X")."""
    return SIGNATORY.match(norm, norm.rfind("\n", 0, m.start) + 1) is not None


def _rank(m: Mention) -> int:
    rank = {"person": 0, "title": 1, "state": 2, "body": 3, "description": 4, "demonym": 5}.get(m.kind, 6)
    return rank + 10 if m.recognised else rank
