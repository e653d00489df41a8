"""Finding who and what a sentence names: the mentions of :func:`diplograph.read.mentions.fixed`
with the names of people the document has met so far (a surname or a name used alone: "Ms
Paetongtarn", "Prabowo"; "Prime Minister Friday" after "Godwin Friday"), a name right after a
description ("his Brazilian counterpart Lula"), and "His Majesty", "the Kingdom" or "the
neighbouring country" standing alone; joined into one mention per stretch of text, with a
spouse joined to a head of state left out."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from diplograph.read import appositions
from diplograph.read.dates import WEEKDAYS
from diplograph.read.joins import joined
from diplograph.read.lexicon import BODY_WORDS, lexicon
from diplograph.read.mentions import Mention, copied, fixed
from diplograph.read.patterns import (
    bare_surname,
    clean_name,
    family_first,
    mention_patterns,
    not_names,
    opening,
    title_words,
)
from diplograph.read.wordlist import alternation


def find(
    norm: str,
    start: int,
    end: int,
    quotes: tuple[tuple[int, int], ...],
    people: Mapping[str, object],
    recognised: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    """Mentions in ``norm[start:end]``, longest first where they overlap, in text order.
    ``recognised`` are the spans of people the language layer found (:func:`person_spans`)."""
    lex = lexicon()
    pat = mention_patterns()
    text = norm[start:end]
    before, after = fixed(norm, start, end, tuple(recognised))
    found = [copied(m) for m in before]
    # a word of the name of someone named in full before: the surname, or a name used alone
    # ("Ms Paetongtarn", "Prabowo"); not particles, styles or lineage words
    styles = not_names()
    met = {bare_surname(w) for k in people if " " in k for w in k.split(" ") if len(w) > 2 and w.lower() not in styles}
    met |= {p for k in people if " " in k for p in k.split(" ")[-1].split("-")[1:] if len(p) > 2}  # "Vela-Simons"
    met |= {f for k in people if (f := family_first(k))}  # "Li" after "Li Qiang"
    # "Minister Motegi" after "MOTEGI Toshimitsu": a family name in capitals, as Japan's ministry writes it
    met |= {w.capitalize() for k in people for w in k.split(" ")[:1] if len(w) > 2 and w.isupper()}
    for m in pat["name"].finditer(text):  # surnames and full names met earlier in the document
        run, at = m.group(), start + m.start()
        lead = pat["address"].match(run)
        if lead:  # "Minister Iwaya": a word of address before a surname, not a post of its own
            run, at = run[lead.end() :], at + lead.end()
        cut = opening(run)  # "On Thursday Fico": Fico
        run, at = run[cut:], at + cut
        owner = re.match(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})'s ", run)  # "Hungary's Szalai": Szalai
        if owner and owner.group(1) in lex.names and lex.names[owner.group(1)].kind == "state":
            run, at = run[owner.end() :], at + owner.end()
        cand = clean_name(run, titled=any(run.startswith(k + " ") or run == k for k in people))
        if not cand:
            continue
        toks = cand.split(" ")
        for i in range(len(toks)):
            form = " ".join(toks[i:])
            if form in people or (len(toks) - i == 1 and (form in lex.surnames or bare_surname(form) in met)):
                s0 = at + len(" ".join(toks[:i])) + (1 if i else 0)
                found.append(Mention(s0, s0 + len(form), "person", name=form))
                break
    found += [copied(m) for m in after]
    found = [_weekday_surname(norm, m, met) for m in found]
    found = [_surname_not_state(norm, m, met) for m in found]
    found += _named_after_description(norm, found)
    # "His Majesty" standing alone: the report's monarch (resolved by the resolver)
    found += [Mention(start + r.start(), start + r.end(), "royal", name=r.group()) for r in _ROYAL.finditer(text)]
    # "the Kingdom", "the Sultanate": the state of that form the report names (resolved by the resolver)
    found += [Mention(start + r.start(), start + r.end(), "realm", name=r.group(1)) for r in _REALM.finditer(text)]
    # "the Organisation", "the League": the body of that word the report named last
    found += [Mention(start + r.start(), start + r.end(), "realm", name=r.group(1)) for r in _BODY_AGAIN.finditer(text)]
    # "thanked the neighbouring country for ...": the other state named last
    found += [Mention(start + r.start(), start + r.end(), "realm", name="country") for r in _kin().finditer(text)]
    return appositions.posts_apposed(norm, _without_spouses(norm, joined(norm, found, quotes, pat)))


_BEFORE_STATE = re.compile(r"\b(?:of|to|in|into|with|and|from|for|between|by|visit|visiting|against|on) $")


_WEEKDAY = re.compile(rf" ?({'|'.join(d.capitalize() for d in WEEKDAYS)})\b(?! (?:morning|afternoon|evening|night))")


def _weekday_surname(norm: str, m: Mention, met: set[str]) -> Mention:
    """ "Prime Minister Friday" after "Godwin Friday": the surname of one named in full, not a
    day; a title right before it, nothing else, makes it a name."""
    day = _WEEKDAY.match(norm, m.end) if m.kind == "title" and not m.name else None
    if day is None or day.group(1) not in met:
        return m
    return Mention(m.start, day.end(), "person", name=day.group(1), title=m.title, of=m.of)


def _surname_not_state(norm: str, m: Mention, met: set[str]) -> Mention:
    """A state's name that is the surname of someone named in full before, not after a word
    that leads to a place ("Montenegro spoke of Brazil" after "Prime Minister Luis
    Montenegro"; not "a visit to Montenegro"): that person."""
    said = norm[m.start : m.end]
    if m.kind != "state" or said not in met or _BEFORE_STATE.search(norm, max(0, m.start - 12), m.start):
        return m
    return Mention(m.start, m.end, "person", name=said)


_SPOUSE = re.compile(r"(?:Mrs\.?|Madame|Mme\.?|First Lady) [A-Z]")


def _without_spouses(norm: str, found: list[Mention]) -> list[Mention]:
    """A head of state's spouse joined to them ("President X, and Mrs Y", "Mr X, President
    of A, and Mrs Z") is no party to what the couple does."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "person"
            and (prev.title or norm.startswith("Mr", prev.start))
            and m.kind == "person"
            and not m.title
            and re.fullmatch(r",? and ", norm[prev.end : m.start])
            and _SPOUSE.match(norm, m.start)
        ):
            continue
        out.append(m)
    return out


_ROYAL = re.compile(
    r"\b(?:His|Her) (?:Royal )?(?:Majesty|Highness)\b(?!,? (?:the )?[A-Z])"
    r"|(?<=\bthe )(?:Sovereign|Monarch)\b(?! of\b)"  # "the Sovereign writes in this message"
)
_OFFICERS = (
    r"chief|head|president|chair\w*|secretary|spokes\w+|officials?|delegations?|envoys?|representatives?"
    r"|staff|members?|leaders?"
)
_AUXILIARIES = r"has|have|had|is|was|are|were|will|would|can|could|should|must|may"
_REALM = re.compile(r"\b(?<=the )(Kingdom|Sultanate|Principality|Grand Duchy)\b(?! of\b)")
# not a word of a longer name ("the Union Cabinet"), nor one before its officer ("the Commission
# chief"), nor a subject before its auxiliary ("noted that the Organization has become", where
# the parser may join the speaker's next verb to that clause)
_BODY_AGAIN = re.compile(rf"\b(?<=the )({'|'.join(BODY_WORDS)})\b(?! of\b| [A-Z]| (?:{_OFFICERS}|{_AUXILIARIES})\b)")


@cache
def _kin() -> re.Pattern[str]:
    """A state referred back to by what it is ("the neighbouring country", "the Gulf state",
    "the city-state"): ``state_epithets`` and friends in ``ingest/references.yaml``."""
    refs = lexicon().references
    words = alternation(refs["state_epithets"], case=True)
    heads = alternation(refs["state_epithet_heads"], case=True)
    whole = alternation(refs["state_epithet_phrases"], case=True)
    return re.compile(rf"(?<=\bthe )(?:(?:{words}) (?:{heads})|{whole})(?![\w-])")


_NAME_RUN = re.compile(r",? ([A-Z][\w'-]+(?: (?:[A-Z][\w'-]+|da|de|dos|bin|al|van|von))*)")


def _named_after_description(norm: str, found: list[Mention]) -> list[Mention]:
    """ "his Brazilian counterpart Lula": a name right after a description is a person's,
    however short, where nothing else was found there."""
    out = []
    lex = lexicon()
    for m in found:
        if m.kind != "description":
            continue
        run = _NAME_RUN.match(norm, m.end)
        if run is None or any(o.start <= run.start(1) < o.end for o in found):
            continue
        name = clean_name(run.group(1))
        if name and name == run.group(1) and name not in lex.names and name.split(" ")[0] not in title_words():
            out.append(Mention(run.start(1), run.start(1) + len(name), "person", name=name))
    return out
