"""Addressees an act's topic names: whom its object belongs to, or the state it is given to
("Kazakhstan's proposals", "the leadership of Prime Minister X", "provide Japan with"), the
state a principle is about ("the one-China principle"), and a people wished something besides
the recipient ("wish you good health, and the people of Chile peace") or with greetings passed
on ("conveyed the greetings of King X and his wishes of further progress and prosperity for the
Kuwaiti people")."""

from __future__ import annotations

import re

from diplograph.read.clauses import Ref
from diplograph.read.facts import Act, Extraction
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence, Source
from diplograph.read.topics import communication_of


def owner_in_topic(norm: str, refs: list[Ref], span: tuple[int, int], own: Entity | None) -> Entity | None:
    """A state the topic's object belongs to or is given to: "Kazakhstan's proposals", "the
    initiatives of Uzbekistan", "the efforts of the Tajik side", "provide Japan with"."""
    for m, ents in refs:
        if not ents or not span[0] <= m.start < span[1] or ents[0] == own:
            continue
        lead = len(norm[span[0] : m.start].split()) <= 2  # among the topic's first words
        if ents[0].kind in ("person", "body") and m.possessive and lead:  # "X's initiative", "the AU's": theirs
            return ents[0]
        if ents[0].kind == "person" and _OF_PERSON.fullmatch(norm, span[0], m.start):
            if not _DEATH.search(norm, span[0], m.start):  # (not "the passing of X": whom it is for is alive)
                return ents[0]  # "the leadership of Prime Minister X": X's
        if ents[0].kind != "state":
            continue
        if m.kind == "demonym":  # "the contribution of the Indian community": India's
            # (and "granted ... by the Moroccan Agency for International Cooperation": its state's)
            if lead or re.search(r"\b(?:of|by) the\s+$", norm[max(0, m.start - 8) : m.start]):
                if norm[m.end : m.end + 1] != "-" and norm[m.start - 1 : m.start] != "-":
                    return ents[0]
            continue
        before = norm[max(0, m.start - 12) : m.start]
        side = m.kind == "state" and norm[m.start : m.end].lower().startswith("the ")  # "the Government of X"
        # "provide Japan with", "stood ready to support Papua New Guinea in ...": the state given to
        if m.possessive or side or re.search(r"\b(?:of|of the|provide|to|assist|help|in|support|back)\s+$", before):
            return ents[0]
        if lead and re.search(r"\bsupport for\s+$", before):  # "reaffirmed support for Ukraine": Ukraine
            return ents[0]
        if _DONE_BY.search(norm, max(0, m.start - 24), m.start):
            return ents[0]  # "the reforms undertaken by Uzbekistan", "the achievements made by the UAE": theirs
        if _RELATIVE_BEFORE.search(norm, max(0, m.start - 30), m.start) and _RELATIVE_VERB.match(norm, m.end):
            return ents[0]  # "the role that Angola has played", "any assistance Mexico may require": its
    return None


_OF_PERSON = re.compile(r"\s*(?:the )?(?:\w+ ){0,2}?\w+ of (?:the )?")
"""A topic's first words before the person its object belongs to: "the wise leadership of"."""
_DEATH = re.compile(r"\b(?:passing|death|demise|loss|funeral|memory|assassination|killing)\b")

_DONE_BY = re.compile(
    r"\b(?:undertaken|made|taken|carried out|implemented|pursued|led|proposed|launched|initiated|put forward"
    r"|championed|advanced|attained|achieved|realised|realized|recorded|registered|played|provided|extended"
    r"|offered|shown|given|hosted) by (?:the )?$"
)
# a state that is the subject of a relative clause on the topic's noun: "that Angola has played",
# "which the DPRK extends", "(that) Mexico may require"
_RELATIVE_BEFORE = re.compile(r"(?:\b(?:that|which)|\b(?:assistance|help|support|aid)) (?:the )?$")
_RELATIVE_VERB = re.compile(
    r"'? (?:may|might|will|would|can|could|has|have|had|is|was|needs|needed|requires|required|extends|extended"
    r"|provides|provided|plays|played|gives|gave|shows|showed|offers|offered|achieved|attained)\b"
)


def principle_of(topic: str) -> Entity | None:
    """The state a principle named by it is about: "the one-China principle", "the One-China
    policy" (support for it is addressed to China)."""
    one = re.match(r"(?:\w+ ){0,3}?the [Oo]ne-(China)\b", topic)
    return lexicon().names.get(one.group(1)) if one is not None else None


_AND_PEOPLE = re.compile(
    r",? and (?:to )?(?:the |your )?(?:(?:entire|brotherly|friendly|fraternal) )*(?:people|citizens) of (?:the )?"
    r"(?P<state>[A-Z][\w'-]*(?: (?:and |of (?:the )?)?[A-Z][\w'-]*)*) "
)
_AND_STATE = re.compile(
    r",? and (?P<state>[A-Z][\w'-]*(?: (?:and |of (?:the )?)?[A-Z][\w'-]*)*) "
    r"(?=[a-z])(?!(?:was|were|is|are|has|have|had|will|would|could|should|to|and|in|on|at|for|of)\b)"
)
"""The state itself wished something after the recipient ("wished the President good health and
Egypt further stability")."""


_AND_FOR_PEOPLE = re.compile(
    r",? and for (?P<what>(?:the )?[^,;]{3,60}? of the (?:(?:entire|brotherly|friendly|fraternal) )*"
    r"(?:people of (?:the )?(?P<state>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)|(?P<dem>[A-Z][\w'-]*) people))$"
)


def and_the_people(topic: str, theirs: Entity | None = None) -> tuple[str, Entity, str] | None:
    """A wish for the recipient and another for a people, in one clause ("wish you good health,
    and the people of Chile peace and well-being", "..., and the Libyan people peace", "my best
    wishes for your good health, and for the prosperity of the people of Ghana"): the first
    topic, the people's state, and what is wished them. ``theirs`` is the recipient's state, for
    a people named only as theirs ("wished the President good health and the friendly country
    and its people further progress")."""
    lex = lexicon()
    if theirs is not None and (m := _AND_THEIR_COUNTRY.search(topic)) is not None and m.start() > 0:
        return topic[: m.start()].strip(), theirs, topic[m.end() :].strip()
    if (m := _AND_FOR_PEOPLE.search(topic)) is not None:
        state = lex.names.get(m.group("state")) if m.group("state") else lex.demonyms.get(m.group("dem"))
        if state is not None and state.kind == "state" and m.start() > 0:
            return topic[: m.start()].strip(), state, m.group("what")
    m = (
        _AND_PEOPLE.search(topic)
        or _AND_DEMONYM_PEOPLE.search(topic)
        or _AND_ALL_OF_THEM.search(topic)
        or _AND_STATE.search(topic)
    )
    state = (lex.names.get(m.group("state")) or lex.demonyms.get(m.group("state"))) if m else None
    if m is None or state is None or state.kind != "state" or not topic[m.end() :].strip():
        return None
    return topic[: m.start()].strip(), state, topic[m.end() :].strip()


_AND_THEIR_COUNTRY = re.compile(
    r",? and (?:to )?(?:the|his|her|your|its|their) (?:(?:entire|brotherly|friendly|fraternal|sisterly) )*"
    r"(?:country|nation|people|peoples)(?: and (?:its|their|his|her|your) (?:people|peoples|government))? "
    r"(?=[a-z])(?!(?:of|who|that|which|to|in|on|for|at|with|and|was|were|is|are|has|have|had|will)\b)"
)
"""The recipient's own state or people, not named ("and the friendly country and its people ...")."""


_AND_DEMONYM_PEOPLE = re.compile(
    r",? and (?:to )?(?:the )?(?:(?:entire|brotherly|friendly|fraternal) )*(?P<state>[A-Z][\w'-]*) (?:people|nation) "
)


_AND_ALL_OF_THEM = re.compile(r", and (?:to )?all (?P<state>[A-Z][\w'-]*)s ")
"""A people by its demonym in the plural ("..., and to all Ukrainians a just and lasting peace")."""


_AND_OF_PEOPLE = re.compile(
    r"(?:, and |,? and (?:of|for) )(?P<what>[^,;.]{3,80}?) to (?:the )?(?:(?:government|leadership) and )?"
    r"(?:(?:entire|brotherly|friendly|fraternal|sisterly) )*(?:(?:people|peoples) of (?:the )?"
    r"(?:(?:friendly|brotherly|fraternal|sisterly) )*(?P<state>[A-Z][\w'-]*(?: (?:of )?[A-Z][\w'-]*)*)"
    r"|(?P<dem>[A-Z][\w'-]*) people\b)"  # "..., and peace to the friendly Polish people"
)


def and_of_the_people(norm: str, start: int, end: int) -> tuple[str, Entity] | None:
    """A second wish the clause goes on to ("best wishes of good health to the President, and of
    steady progress and prosperity to the government and people of the friendly Republic of
    Peru", "..., and peace and prosperity to the friendly Polish people"): what is wished, and the
    people's state."""
    m = _AND_OF_PEOPLE.search(norm, start, end)
    if m is None:
        return None
    lex = lexicon()
    state = lex.names.get(m.group("state")) if m.group("state") else lex.demonyms.get(m.group("dem"))
    if state is None or state.kind != "state":
        return None
    return m.group("what").strip(), state


_PASSED_WISHES = re.compile(
    r"\bgreetings of (?P<who>(?:[A-Z][\w'-]*|of|bin|al)(?: (?:[A-Z][\w'-]*|of|bin|al|the))*)"
    r" and (?:his|her) (?:(?:best|warm|warmest|sincere|good) )*wishes (?:of|for) (?P<what>[^.;]{3,80}?)"
    r" (?:for|to) the (?:(?:brotherly|friendly|fraternal) )*(?P<dem>[A-Z][\w-]*) people\b"
)


def passed_wishes(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction) -> list[Act]:
    """Wishes passed on with someone's greetings ("conveyed the greetings of King X and his wishes
    of further progress and prosperity for the Kuwaiti people"): X's wish to that people's state."""
    found: list[Act] = []
    for m in _PASSED_WISHES.finditer(src.norm, s.start, s.end):
        who = next((es[0] for r, es in refs if r.start == m.start("who") or r.start <= m.start("who") < r.end), None)
        state = lexicon().demonyms.get(m.group("dem"))
        if who is None or who.kind != "person" or state is None:
            continue
        comm = communication_of(who, res, out)  # the contact it came by, as for every other act
        found.append(Act("wish", who, state, m.group("what"), (s.start, s.end), (m.start(), m.end()), comm))
    return found
