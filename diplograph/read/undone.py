"""Acts a report names without their being done: planned ("expect to sign", "will sign") or
undone ("has yet to congratulate", "did not thank", "declined to")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplograph.read.dates import recalled_relative
from diplograph.read.triggers import MEDIA_NOUNS, grammar

if TYPE_CHECKING:
    from spacy.tokens import Token

    from diplograph.read.lexicon import ActPattern
    from diplograph.read.text import Source


def to_come(verb: Token) -> bool:
    """A verb with a future's or a wish's auxiliary ("will sign", "would convey")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() in grammar().not_news for c in verb.children)


def planned(verb: Token) -> bool:
    """A verb in the infinitive under a verb of plans, or with a future's auxiliary ("expect to
    sign", "will sign")."""
    g = grammar()
    if to_come(verb):
        return True
    if verb.tag_ == "VBD":
        return False  # "agreed to hold events ... and signed an agreement": a past deed, however hung
    up = verb
    while up.dep_ in ("xcomp", "conj") and up.head != up:
        under = up.dep_ == "xcomp"  # "expect to sign"; not "agreed to ... and signed", a deed of its own
        up = up.head
        if (under and up.lemma_.lower() in g.not_news) or any(
            c.dep_ == "aux" and c.lemma_.lower() in g.not_news for c in up.children
        ):
            return True
    return False


_UNDONE = re.compile(
    r"\b(?:(?:has|have|is|are|was|were) yet to|(?:did|does|do|has|have|had) not|didn't|hasn't|haven't|never"
    r"|declined to|refused to|failed to)(?: [a-z]+ly)? $"
)


def undone(norm: str, start: int, end: int) -> bool:
    """Words just before an act's verb that say it was not done."""
    return _UNDONE.search(norm, start, end) is not None


_NOT_SIGNED = re.compile(r"(?:in the presence of|the books? of condolences?)\b", re.I)
_OTHERS_GREETINGS = re.compile(r"\bgreetings of (?!the )")


def not_an_act(
    src: Source,
    sentence_start: int,
    pat: ActPattern,
    span: tuple[int, int],
    verb: Token | None,
    done_to: Token | None,
    topic: str | None,
) -> bool:
    """An act phrase read whole that is no act of the kind: recalled, planned, another's, or
    words of the kind in another sense."""
    norm, (start, end) = src.norm, span
    if pat.act == "wish" and norm[start:end].lstrip(", ").startswith("and "):
        if _OTHERS_GREETINGS.search(norm, sentence_start, start):
            return True  # "conveyed the greetings of X to Y and his wishes of ...": X's, read as such
    if verb is not None and recalled_relative(src, verb):
        return True  # "the pact that X and Y signed in Canberra last October": recalled, not reported
    if pat.act == "sign" and verb is not None and planned(verb):
        return True  # "both governments expect to sign new agreements": not signed yet
    if pat.act == "sign" and done_to is not None and done_to.lemma_.lower() in MEDIA_NOUNS:
        return True  # "The letter was signed by the President": a letter's signature, no agreement
    if pat.act == "sign" and topic is not None and _NOT_SIGNED.match(topic):
        return True  # "were signed in the presence of the two leaders by X": no leader's act; a condolence book
    if pat.act == "praise" and topic is not None and topic.lower().startswith("our "):
        return True  # "I highly value our dialogue": the relationship, not praise of the other side
    return pat.act == "wish" and topic is not None and topic.startswith("to ")  # "wishes to be a partner"
