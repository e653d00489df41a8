"""What a mention without a name stands for, from what a document's
:class:`~diplograph.read.resolve.Resolver` has met so far: a description ("his counterpart",
"his guest", "the envoy", "the Kazakh leader"), a ruler's style ("His Majesty"), a group ("the
three leaders") and a pair ("the two presidents", "the two countries")."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read.holders import (
    by_country,
    foreign_minister,
    head_of_state,
    leader_of,
    leading_posts,
    majestic,
    peer_key,
    post_key,
    reigning,
    royal,
)
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.mentions import Mention

if TYPE_CHECKING:
    from diplograph.read.resolve import Resolver


def description(res: Resolver, m: Mention) -> tuple[list[Entity], bool]:
    """The person a description stands for (or a state's, where none of its people fits), and
    whether that reading is final: the subject's party of a state, whose post the text does
    not say, is read without becoming the one the report is about."""
    # "the Egyptian leader", "his Nigerien brother" (a fellow head of state, as reports call one)
    leader = m.of is not None and m.of.kind == "state" and (m.title or "").lower().endswith(("leader", "brother"))
    iri = leader_of(res, m.of) if leader and m.of is not None else None
    if m.of is not None and (m.title or "").lower().endswith("diplomacy"):
        iri = foreign_minister(res, m.of)  # "the head of Malian diplomacy" (else the Malian named last)
    elif (m.of is not None and (m.title or "").lower().startswith("head of")) or _monarch(m):
        # "the Chinese head of state", "the Saudi monarch": not its foreign minister named last
        iri = iri or head_of_state(res, m.of)
    if iri is None and m.of is not None and (m.title or "").lower() == "envoy":
        # "the Togolese envoy": of that state's people, the one the text calls its envoy
        sent = {p.person for p in res.posts if "envoy" in p.title.lower() and p.of == m.of}
        iri = next(iter(sent)) if len(sent) == 1 else None
    iri = iri or (by_country(res, m.of, latest=True) if m.of else None)
    anchor = res.subject_here or (res.recent[-1] if res.recent else None)
    counterpart = m.of is not None and (m.title or "").lower() == "counterpart"
    if counterpart and iri is None and m.of is not None:
        # the one peer of no known state ("President X ... his Liberian counterpart")
        unknown = [i for i, p in res.people.items() if p.country is None and peers(res, i, res.subject_here)]
        unknown = [i for i in unknown if i != res.subject_here]
        iri = unknown[0] if len(unknown) == 1 else None
    if counterpart and iri is not None and iri == anchor:
        # "the envoy handed over to him a letter from his Rwandan counterpart": no one's own
        # counterpart, but that of one the subject met: the one of that state in the same post
        sides = [{str(e.iri) for e in a + b} for a, b in res.contacts]
        met = set().union(*(p for p in sides if anchor in p)) - {anchor}
        mine = [i for i, p in res.people.items() if res.country_of(p.entity) == m.of and i != anchor]
        mine = [i for i in mine if any(peers(res, i, o) or titled_peer(res, i, o) for o in met)]
        if len(mine) == 1:
            return [res.people[mine[0]].entity], False  # (whose post the report gives elsewhere)
    if iri and m.of and (m.title or "").lower() == "counterpart" and not peers(res, iri, anchor):
        # of that state's people, one who holds the subject's post; else the state ("his
        # Vanuatu counterpart" of a minister, where only its prime minister is named)
        alike = [  # (of the state by the reference data too: "special envoy of President X")
            i
            for i, p in res.people.items()
            if res.country_of(p.entity) == m.of
            and (peers(res, i, res.subject_here) or titled_peer(res, i, res.subject_here))
        ]  # (or titled so later: "held talks with his Kazakh counterpart ... Kazakh Prime Minister X")
        other = other_side(res, res.subject_here)  # else the subject's party of that state
        if not alike and other is not None and res.people[other].country in (None, m.of.country):
            return [res.people[other].entity], True  # (whose post the text does not say)
        if len(alike) != 1:
            return [m.of], True
        iri = alike[0]
    if iri is None and m.of is None and (m.title or "").lower().startswith("head of"):
        # in a round-up of messages to one head of state, "the head of our state" is its receiver
        # (a state's head of state, "the Chinese head of state", was sought above)
        iri = round_up_person(res) or head_of_state(res)
    if iri is None and not m.of and (m.title or "").lower() == "counterpart":
        iri = other_side(res, res.subject_here)  # "X thanked his counterpart": X's in the latest contact
        receiver = round_up_person(res)
        if iri is None and receiver not in (None, res.subject_here):
            iri = receiver  # in a round-up, "X congratulated his counterpart": its receiver
        if iri is None and res.subject_here:  # no contact yet: the last other person named
            iri = next((i for i in reversed(res.recent) if i != res.subject_here), None)
    if iri is None and (m.title or "").lower() in ("diplomat", "envoy"):  # "The diplomat thanked"
        envoys = res.envoys()  # the envoy named last, else the visitor ("Receiving the envoy, X ...")
        iri = next((i for i in reversed(res.recent) if i in envoys), None)
        iri = iri or (str(res.guest.iri) if res.guest is not None and not m.of else None)
        audience = res.audience if res.audience is not None and str(res.audience.iri) in res.people else None
        if iri is None and not m.of and audience is not None:  # else whom the latest meeting received
            iri = str(audience.iri)  # ("X received Y ... The envoy delivered a message")
    # "his guest", "The visitor, who arrived on Monday, ...": the visitor of the latest visit,
    # else whom the latest contact received
    received = res.contacts[-1][1][0] if res.contacts else None
    visitor = (m.title or "").lower().endswith(("guest", "visitor")) and not m.of
    visitor = visitor or (m.title or "").lower().startswith("visiting ")  # "the visiting leader"
    guest = (res.guest or received) if visitor else None
    if iri is None and guest is not None and str(guest.iri) != res.subject_here:
        iri = str(guest.iri)  # "held talks with his guest": the visitor
    if iri is None and not m.of:
        iri = res.protagonist or res.salient
        if iri and (m.title or "").lower() == "head of state" and _minister(res, iri):
            iri = None  # "the Head of State" is not the minister the report opened with
    out = [res.people[iri].entity] if iri else []
    if iri and (m.title or "").lower() == "counterpart":
        res.counterpart_post(iri, m)
    return out, False


def _monarch(m: Mention) -> bool:
    """ "the Saudi monarch": a description of a state's monarch."""
    return m.of is not None and (m.title or "").lower().endswith("monarch")


def styled(res: Resolver, m: Mention) -> list[Entity]:
    """ "His Majesty", "His Highness": the monarch last named of that style."""
    # of that style: "His Majesty" a king's or sultan's, "His Highness" an amir's or a prince's
    monarchs = [i for i in reversed(res.recent) if royal(res, i)]
    majesty = "Majesty" in (m.name or "") or m.name in ("Sovereign", "Monarch")  # a reigning monarch's
    # in a round-up, the monarch it says received the messages ("His Majesty's birthday")
    receiver = str(res.receiver.iri) if res.receiver is not None else None
    monarchs = [receiver, *monarchs] if receiver in monarchs else monarchs
    # else the report's own protagonist of that style ("His Highness the Amir X received
    # calls from A, B and C, who congratulated His Highness"), not the last caller named
    if res.protagonist in monarchs and majestic(res, res.protagonist) == majesty and receiver is None:
        monarchs = [res.protagonist, *monarchs]
    iri = next((i for i in monarchs if majestic(res, i) == majesty), monarchs[0] if monarchs else None)
    iri = iri or (reigning(res) if majesty else None)  # before the monarch is named: the dateline's
    return [res.people[iri].entity] if iri else []


def kin(res: Resolver) -> list[Entity]:
    """ "the neighbouring country", "the city-state": the other state named last, neither the
    report's own nor the sentence's subject's; else the state of the last person named who is
    of another state ("X of Singapore ... thanked the city-state")."""
    who = res.people.get(res.subject_here or "")
    own = res.country_of(who.entity) if who is not None else None
    seen = [e for _, e in reversed(res.states_seen) if e not in (res.home, own)]
    if not seen:
        ofs = (res.country_of(res.people[i].entity) for i in reversed(res.recent) if i in res.people)
        seen = [c for c in ofs if c is not None and c not in (res.home, own)]
    return seen[:1]


def group(res: Resolver, m: Mention) -> list[Entity]:
    """ "The three leaders": the last so many named before, not this sentence's."""
    n = _COUNT[(m.name or "").lower().split(" ")[1]]
    before = [i for i in res.recent_before if i not in res.here]
    # "similar cables to the three UAE leaders": those a contact had, else the last so many named
    out = next((g for g in reversed(res.groups) if len(g) == n), [])
    out = out or ([res.people[i].entity for i in before[-n:]] if len(before) >= n else [])
    return out


def pair(res: Resolver, m: Mention) -> list[Entity]:
    """ "The two countries", "the two leaders", "both sides": the parties of the latest contact
    of two, as people or as their states."""
    name = (m.name or "").lower()
    if not (res.pair or res.main) and name in _state_pairs():
        # before any contact, "the two countries" are the first two states the report has named
        seen = list(dict.fromkeys(e for _, e in res.states_seen))
        return seen[:2] if len(seen) >= 2 else []
    if not (res.pair or res.main or (len(res.recent) >= 2 and _two(m.name))):
        return []
    people = name in [*lexicon().references["pair_people"], "the two", "both"]
    sides = pair_titled(res, name, res.pair) or subjects_contact(res) or res.pair
    sides = sides or res.main
    # before any contact, "the two leaders" are the last two people the report has named,
    # of those who lead a state where two do (not the spokesman who told of their call)
    led = {p.person for p in res.posts if p.title.lower() in leading_posts()}
    aides = {p.person for p in res.posts if p.person not in led}  # posts, none of them a state's head
    leading = [i for i in res.recent if i not in aides]
    last = leading[-2:] if people and len(leading) >= 2 else res.recent[-2:]
    both = [sides[0][0], sides[1][0]] if sides else [res.people[i].entity for i in last]
    plain = people and not {"two", "both"} & set(name.split())
    if plain and sides and len(sides[1]) > 1 and all(e.kind == "person" for e in sides[1]):
        both = [sides[0][0], *sides[1]]  # "the leaders" X called one by one: all of them
    if people:  # "the two leaders" of a contact with a state: the leader of it the report names
        both = [_leader_named(res, e) or e if e.kind == "state" else e for e in both]
    return both if people else [c for c in (res.side_of(e, both) for e in both) if c]


def _leader_named(res: Resolver, state: Entity) -> Entity | None:
    """The head of state or government of ``state`` the report names, if any."""
    iri = leader_of(res, state)
    found = res.people[iri].entity if iri is not None else None
    return found if found is not None and res.country_of(found) == state else None


def pair_titled(
    res: Resolver, phrase: str, latest: tuple[list[Entity], list[Entity]] | None
) -> tuple[list[Entity], list[Entity]] | None:
    """ "The two presidents": the latest one-to-one contact of two people holding posts so
    called, not a contact of their ministers in between."""
    # every word of the phrase in the post: "the two foreign ministers" are not a prime minister
    *rest, last = [w for w in phrase.split(" ") if w not in ("the", "two", "both")] or [""]
    words = {*rest, last.removesuffix("s")}
    held = {p.person for p in res.posts if words <= set(p.title.lower().replace(",", "").split(" "))}
    if phrase.endswith("heads of state"):  # "the two Heads of State": two holding such posts
        heads = {t.lower() for t in lexicon().heads_of_state}
        held, rest = {p.person for p in res.posts if p.title.lower() in heads}, ["heads"]
    if phrase.endswith(("heads of diplomacy", "chief diplomats", "top diplomats")):
        # two foreign ministers (a "Minister of State for Foreign Affairs" heads one too)
        held, rest = {p.person for p in res.posts if _heads_diplomacy(p.title)}, ["ministers"]
    for first, second in [*([latest] if latest else []), *reversed(res.contacts)]:
        if str(first[0].iri) in held and str(second[0].iri) in held:
            return first, second
    named = [i for i in reversed(res.recent) if i in held][:2]  # no contact of theirs yet: the last two named
    if len(named) == 2 and rest:
        return [res.people[named[1]].entity], [res.people[named[0]].entity]
    return None


def _heads_diplomacy(title: str) -> bool:
    """A foreign minister's post, whatever its style: not a deputy's."""
    low = title.lower()
    return peer_key(title) == "foreign minister" or (
        "foreign affairs" in low and re.search(r"\b(?:deputy|vice|assistant|under)\b", low) is None
    )


def subjects_contact(res: Resolver) -> tuple[list[Entity], list[Entity]] | None:
    """The latest one-to-one contact of the sentence's subject, where the latest contact of
    the report is not theirs ("received five envoys ... The new ambassador of A stressed the
    relations between the two countries": A's audience)."""
    if res.subject_here is None or (res.pair and res.subject_here in {str(e.iri) for e in res.pair[0] + res.pair[1]}):
        return None
    return next((c for c in reversed(res.contacts) if res.subject_here in (str(c[0][0].iri), str(c[1][0].iri))), None)


def round_up_person(res: Resolver) -> str | None:
    """The person a round-up of messages says received them, if it names one."""
    return str(res.receiver.iri) if res.receiver is not None and res.receiver.kind == "person" else None


def other_side(res: Resolver, who: str | None) -> str | None:
    """The other party of the latest one-to-one contact of two people ``who`` took part in."""
    for first, second in reversed(res.contacts):
        a, b = str(first[0].iri), str(second[0].iri)
        if who in (a, b):
            return b if who == a else a
    return None


def titled_peer(res: Resolver, one: str, other: str | None) -> bool:
    """Whether a title the report gives ``one`` anywhere is a post ``other`` holds by now."""
    theirs = {peer_key(t) for t in res.titled.get(one, ())}
    return bool(theirs & {peer_key(p.title) for p in res.posts if p.person == other})


def peers(res: Resolver, one: str, other: str | None) -> bool:
    """Whether two people are known to be counterparts: they hold the same post (foreign
    ministers however their ministries are called)."""
    mine = {peer_key(p.title) for p in res.posts if p.person == one}
    return bool(mine & {peer_key(p.title) for p in res.posts if p.person == other})


def _two(phrase: str | None) -> bool:
    """ "the two leaders", "both presidents": a phrase that says there are two."""
    return bool({"two", "both"} & set((phrase or "").lower().split(" ")))


_COUNT = {"three": 3, "four": 4, "five": 5}


@cache
def _state_pairs() -> frozenset[str]:
    return frozenset(p.lower() for p in lexicon().references["pair_states"])


def _minister(res: Resolver, iri: str) -> bool:
    """Someone the report names by posts alone that lead no state (a minister, an envoy)."""
    titles = {post_key(t) for t in res.titled.get(iri, set())}
    return bool(titles) and not titles & leading_posts()


def body_again(res: Resolver, word: str) -> list[Entity]:
    """ "The Organisation", "the League": the body named last with that word in one of its
    names ("Organisation" and "Organization" alike), none where no such body was named."""
    want = {word, word.replace("sation", "zation"), word.replace("zation", "sation")}
    for body in reversed(res.bodies_seen):
        if want & _body_words().get(str(body.iri), set()):
            return [body]
    return []


@cache
def _body_words() -> dict[str, set[str]]:
    """Each body's IRI -> the words of its names."""
    out: dict[str, set[str]] = {}
    for name, e in lexicon().names.items():
        if e.kind == "body":
            out.setdefault(str(e.iri), set()).update(name.split(" "))
    return out
