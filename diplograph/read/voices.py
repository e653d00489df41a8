"""The first person of a quotation whose speaker the sentence names: a leader's post quoted
from social media or a statement in their own words ('"I had a productive call with X today,"
Y wrote on X'; 'Y said: "I thanked him for ..."'). "I", "me", "my" in it are Y, so the
grammar reads the contacts and acts the speaker reports of themselves.

A reproduced letter is read apart (:func:`diplograph.read.writers.writer`): its "I" is the
sender of the letter the report named before it.
"""

from __future__ import annotations

import re
from functools import cache

from diplograph.read.clauses import Ref
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.mentions import Mention
from diplograph.read.sentence_mentions import find
from diplograph.read.text import Sentence, signatory


@cache
def speech_verbs() -> str:
    """The verbs of saying (``said`` in ``ingest/quotes.yaml``) as one regex group."""
    return "(?:" + "|".join(map(re.escape, sorted(lexicon().quotes["said"], key=len, reverse=True))) + ")"


@cache
def _attribution() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The speaker after the closing mark ('," Ukrainian President X wrote on X.') and before
    the opening one ('X wrote on his Telegram channel: "'), by the verbs of saying the quotation
    reader uses (``said`` in ``ingest/quotes.yaml``)."""
    speech = speech_verbs()
    after = re.compile(r"[\s,]*(?P<who>.{1,120}?)\s" + speech + r"\b")
    before = re.compile(r"\b" + speech + r"\b[^\"]{0,60}?[:,]\s*$")
    return after, before


_FIRST = re.compile(r"\b(?:I|me|my|myself)\b")


def first_person(norm: str, s: Sentence, refs: list[Ref]) -> list[Ref]:
    """``refs`` with a mention of the speaker for each first-person word of a quotation whose
    speaker the sentence names, in text order."""
    added: list[Ref] = []
    for q0, q1 in s.quotes:
        who = _speaker(norm, s, refs, q0, q1)
        if who is None:
            continue
        for m in _FIRST.finditer(norm, q0, q1):
            if not any(r.start <= m.start() < r.end for r, _ in refs):
                added.append((Mention(m.start(), m.end(), "person", name=who.label, in_quote=True, voice=True), [who]))
    return sorted([*refs, *added], key=lambda r: r[0].start) if added else refs


def _speaker(norm: str, s: Sentence, refs: list[Ref], q0: int, q1: int) -> Entity | None:
    """The person named as saying or writing the quotation, after it or before it."""
    after_rx, before_rx = _attribution()
    after = after_rx.match(norm, q1 + 1, s.end)
    if after is not None:
        for m, ents in refs:
            if after.start("who") <= m.start < after.end("who") and ents and ents[0].kind == "person":
                return ents[0]
    if before_rx.search(norm, s.start, q0 - 1):
        people = [ents[0] for m, ents in refs if m.end <= q0 and ents and ents[0].kind == "person" and not m.obj]
        if people:
            return people[0]
    return None


def voiced(q: tuple[int, int], refs: list[Ref]) -> bool:
    """A quotation in the first person of a named speaker: its contacts are news."""
    return any(m.voice and q[0] <= m.start < q[1] for m, _ in refs)


_SAYS_I = re.compile(r"(?:(?:Today|This morning|This week|Yesterday|Earlier today),?\s+)?I\s")
"""A sentence told in the first person: "I spoke ...", "Today I welcomed ..."."""


def release_author(norm: str, body: int, sents: list[Sentence], recognised: list[tuple[int, int]]) -> Mention | None:
    """The author of a release written in the first person ("Today I welcomed ..."): the person
    named on a line of their own above its first sentence, as releases put their minister
    ("Prime Minister / The Hon X MP"). None where the report tells no "I" outside quotations."""
    told = any(
        _SAYS_I.match(norm, s.start, s.end)
        and not any(q0 <= s.start < q1 for q0, q1 in s.quotes)
        and norm.count('"', body, s.start) % 2 == 0  # not a paragraph of a letter quoted over several
        for s in sents
    )
    first = next((s for s in sents if not signatory(norm, s)), None)
    if not told or first is None:
        return None
    at, above = body, ""
    titles = {t.lower() for t in lexicon().titles}
    for line in norm[body : first.start].splitlines(keepends=True):
        a, b = at, at + len(line.rstrip())
        at += len(line)
        if b - a < 5 or line.rstrip().endswith(".") or len(line.split()) > 8:
            continue
        named = [m for m in find(norm, a, b, (), {}, recognised) if m.kind == "person" and m.name]
        if named and named[0].end - named[0].start >= (b - a) / 2:
            if not named[0].title and above.lower() in titles:  # "Prime Minister" on the line above
                named[0].title = above
            return named[0]
        above = line.strip()
    return None


def author_voice(norm: str, s: Sentence, refs: list[Ref], author: Entity) -> list[Ref]:
    """``refs`` with a mention of the release's author for each first-person word outside the
    sentence's quotations."""
    added: list[Ref] = []
    for m in _FIRST.finditer(norm, s.start, s.end):
        if any(q0 <= m.start() < q1 for q0, q1 in s.quotes) or any(r.start <= m.start() < r.end for r, _ in refs):
            continue
        added.append((Mention(m.start(), m.end(), "person", name=author.label, voice=True), [author]))
    return sorted([*refs, *added], key=lambda r: r[0].start) if added else refs
