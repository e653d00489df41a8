"""Who holds a post the text names without a name ("the President of Russia", "the Amir",
"the head of state", "His Majesty"), among the people a document has met so far."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from collections.abc import Set as AbstractSet
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read.lexicon import Entity, lexicon, organisation, tenures_of
from diplograph.read.mentions import Mention

if TYPE_CHECKING:
    from diplograph.read.resolve import Resolver


def _of_state(res: Resolver, person: str, state: Entity) -> bool:
    """Whether the report has so far made a person one of ``state``'s."""
    person_of = res.people[person].country if person in res.people else None
    return state.kind == "state" and person_of is not None and person_of == state.country


def one_post(a: str, b: str) -> bool:
    """Names (lower case) of one post that ``same_posts`` in ``ingest/titles.yaml`` lists together
    ("premier", "prime minister")."""
    return any({a, b} <= names for names in lexicon().same_posts)


def _as_held(title: str) -> set[str]:
    """A state's post and the titles the reference tenures may give it: "the Czech premier" its
    Prime Minister, "the Swiss Federal President" its President."""
    lex = lexicon()
    alike = {n for names in lex.same_posts if title in names for n in names}
    return {title, *alike, *([lex.tenure_titles[title]] if title in lex.tenure_titles else [])}


def by_post(res: Resolver, m: Mention) -> str | None:
    """The person a bare title stands for: one who holds it in the report, else the one person
    of its state, else who held it that day by the reference data, else the one holder of that
    title of no stated state (who is then of that state)."""
    title = (m.title or "").lower()
    if title == "chief" and m.of is not None:  # "the UN chief": the one the report names with a post of it
        return next((seen.person for seen in reversed(res.posts) if seen.of == m.of), None)
    if m.title and m.title in lexicon().references["name_styles"]:  # "the Sultan of Oman": the one named "Sultan X"
        styled = [i for i, p in res.people.items() if p.label.startswith(m.title + " ")]
        if len(styled) == 1:
            return styled[0]
    # "the Federal President" after "the President of the Swiss Confederation, X": X's post as held
    alias = lexicon().tenure_titles.get(title, title)
    holders = list(
        dict.fromkeys(
            seen.person
            for seen in res.posts
            if (
                (
                    (held := seen.title.lower().partition(" extraordinary")[0]) in (title, alias)
                    # ("the Federal President" is the President; no Deputy Director General the Director General)
                    or (held.endswith(" " + title) and not _DEPUTY.search(held[: -len(title)]))
                    or (m.of is not None and one_post(held, title))  # "the Czech premier": its prime minister
                )
                and (m.of is None or seen.of == m.of or (seen.of is None and _of_state(res, seen.person, m.of)))
            )
            or (seen.of is not None and _short_of(title, seen.title.lower(), seen.of.label))
            # "the Vietnamese deputy minister" for a Deputy Foreign Minister of Vietnam
            or (
                m.of is not None
                and " " in title
                and _within(title, seen.title.lower())
                and (seen.of == m.of or (seen.of is None and _of_state(res, seen.person, m.of)))
            )
            # "the Cuban President" for the "President of the Republic" of a report of no dateline
            or (
                seen.title.lower() == title + " of the republic"
                and (
                    (m.of is not None and seen.of == m.of)  # "his Brazilian counterpart" ... "the President of Brazil"
                    or (
                        seen.of is None
                        and (m.of is None or res.home in (None, m.of))  # not the dateline's own
                        and res.country_of(res.people[seen.person].entity) in (None, m.of)  # nor of another
                    )
                )
            )
        )
    )
    if any(title == w.lower() for w in lexicon().address):  # "the Secretary" for the Secretary of State named before
        holders = holders or list(
            dict.fromkeys(
                s.person for s in res.posts if _headed(title, s.title.lower()) and (m.of is None or s.of == m.of)
            )
        )
        # of a Secretary of State and a Prime Cabinet Secretary: the post it begins
        first = list(  # (of the state named, where one is: "the Jordanian minister")
            dict.fromkeys(
                s.person
                for s in res.posts
                if s.title.lower().startswith(title + " ") and (m.of is None or s.of == m.of)
            )
        )
        holders = first if len(first) == 1 else holders
    if not holders and " " in title:  # "the Deputy Minister" after "Deputy Minister for Foreign Affairs X"
        headed = list(
            dict.fromkeys(
                s.person
                for s in res.posts
                if s.title.lower().startswith((title + " for ", title + " of ")) and (m.of is None or s.of == m.of)
            )
        )
        holders = headed if len(headed) == 1 else holders
    if not holders and title in lexicon().ranks and (m.title or "")[:1].isupper():
        # "the Ambassador" of one named "Ambassador X" who holds another post (a rank; not "had no
        # ambassador"); "the Brazilian Ambassador", of Brazil's
        holders = [
            i
            for i, said in res.titled.items()
            if title in said and (m.of is None or res.country_of(res.people[i].entity) == m.of)
        ]
    if len(holders) > 1 and m.of is None:
        # "The President thanked the Commissioner" after President X and Commission President Y:
        # a body's president goes by the body's name ("the Commission President"), so X, even
        # where Y was once read as a bare "President Y" too
        bodies = [s for s in res.posts if s.of is not None and s.of.kind == "body"]
        of_state = {s.person for s in res.posts if s not in bodies}
        of_body = {s.person for s in bodies if _same(title, s.title.lower())}
        holders = [h for h in holders if h in of_state and h not in of_body] or holders
        # "The President" after President X and "Federal President" Y: X, who holds it as written
        holders = [h for h in holders if any(s.person == h and s.title.lower() == title for s in res.posts)] or holders
    if holders and res.day is not None:
        # "The Pope thanked ..." after "Pope Francis in 2015" and "the Holy Father Leo XIV": not
        # one whose tenure the reference data knows had ended that day; where each had, the one
        # the report names who held it that day
        titles = _as_held(title)
        ended = _held(None, titles, set(holders), m.of) - _held(res.day, titles, set(holders), m.of)
        now = [h for h in holders if h not in ended]
        on_day = _held(res.day, titles, res.people, m.of) if ended and not now else set()
        holders = now or (list(on_day) if len(on_day) == 1 else holders)
    lead = res.protagonist
    untitled = lead is not None and not any(s.person == lead for s in res.posts) and not res.titled.get(lead)
    if holders and lead and untitled and m.of is None and res.day and _held(res.day, {title}, {lead}, None):
        # "the prime minister thanked X" where X is the one the report titled so: the report's own
        # protagonist, who held it that day, though the report gave them no title
        holders = [*holders, lead]
    home = _of_home(res, holders)
    if res.home and not home and len(holders) > 1:  # the one of no stated state, beside those of others
        home = [h for h in holders if res.country_of(res.people[h].entity) is None]
    # the report's first subject holds it but is not known to be of the dateline's state (not
    # where the report's agency is of another state: its own leader abroad)
    abroad = (
        res.home is not None
        and res.protagonist in holders
        and res.country_of(res.people[res.protagonist].entity) != res.home
        and res.agency in (None, res.home)
    )
    if len(holders) > 1 and len(home) == 1 and (res.protagonist not in holders or abroad):
        # "X, Crown Prince and Prime Minister, sent similar cables to the Prime Minister", datelined
        # in Y's capital: the dateline's own (and where the report's first subject holds it, not
        # known to be Y's: the first sender of a round-up of messages to Y)
        return home[0]
    written = [w for w in reversed(res.writers) if w in holders]
    if len(holders) > 1 and m.in_medium and written:  # "In the message, the Prime Minister": its writer
        return written[0]
    if len(holders) > 1 and res.protagonist not in holders:
        # "the Amir" after the Amirs of Qatar and of Kuwait: the last named (the report's own
        # protagonist where they hold it: "the prime minister" of a readout)
        return max(holders, key=lambda p: res.recent.index(p) if p in res.recent else -1)
    if holders:
        return res.protagonist if res.protagonist in holders else holders[0]
    if envoy_title(title):
        return None  # an unnamed ambassador or envoy is not the state's known leader
    found = None
    if res.day is not None:
        # "the President of Russia": the one named in this report who held it that day; "The Prime
        # Minister said" after "says Anwar Ibrahim": of those named so far, the one who held it
        # (a title of one state alone, "the Taoiseach", is as good as one with its state given)
        named = res.people if m.of is not None or _one_state(title) else res.recent
        on_day = _held(res.day, _as_held(title) if m.of is not None else {title}, named, m.of)
        found = on_day.pop() if len(on_day) == 1 else None
    # else the one person of its state, unless the title is a leader's office and the report
    # names them by others ("the French president" is not the French foreign minister)
    found = found or (by_country(res, m.of) if m.of else None)
    named_as = {s.title.lower() for s in res.posts if s.person == found} | res.titled.get(found or "", set())
    leads = title in (*leading_posts(), *LEADERS) or any(post_key(h) in leading_posts() for h in named_as)
    if found is not None and leads and named_as and not any(_same(title, h) for h in named_as):
        found = None  # nor is "Indonesia's Foreign Minister" the Indonesian president
    if found is None and m.of is not None and m.of.kind == "state" and res.home in (None, m.of):
        # "the Iranian president" after "President X" of no stated state: X, if X alone fits (not
        # under another state's dateline, where "President X" is that state's)
        fits = {
            seen.person
            for seen in res.posts
            if seen.of is None
            and seen.title.lower() == title
            and res.people[seen.person].country is None
            # (nor one the reference data knows held a post of another state that day)
            and res.country_of(res.people[seen.person].entity) in (None, m.of)
        }
        if len(fits) == 1:
            found = fits.pop()
            res.people[found].country = m.of.country
    return found


def leader_of(res: Resolver, of: Entity) -> str | None:
    """ "The Egyptian leader": of the people named with a head of state's or government's post
    of that state, or of no state the report gives (and who is of no other), the last named."""
    leaders = [p.person for p in res.posts if post_key(p.title) in leading_posts() and p.of in (None, of)]
    # (a state's as the text or the reference data of the day gives it: "President X" of a dateline
    # abroad is of no state the text names, but the reference data may know whose X was)
    states = {i: res.country_of(res.people[i].entity) for i in leaders}
    for country in (of, None):  # of that state first, then of none known
        found = next((i for i in reversed(res.recent) if i in leaders and states[i] == country), None)
        if found is not None:
            return found
    # else one named who led that state that day by the reference data, though the text gave no post
    return next((i for i in reversed(res.recent) if _led(i, of, res.day)), None)


def _led(person: str, of: Entity, day: date | None) -> bool:
    return day is not None and any(
        t.on(day) and post_key(t.title) in leading_posts() and organisation(t.organisation) == of
        for t in tenures_of(person)
    )


def _of_home(res: Resolver, holders: Iterable[str]) -> list[str]:
    """Those of the holders who are of the report's dateline state."""
    if res.home is None:
        return []
    return [h for h in holders if res.country_of(res.people[h].entity) == res.home]


def head_of_state(res: Resolver, of: Entity | None = None, *, government: bool = False) -> str | None:
    """ "The head of state": the person last named who holds a head of state's post, where
    the report names one and another person spoke before ("the Prime Minister handed the
    head of state a letter"); with ``government``, "the head of government" (a prime
    minister's, a premier's, a chancellor's)."""
    heads = {t.lower() for t in (lexicon().heads_of_government if government else lexicon().heads_of_state)}
    holders = {p.person for p in res.posts if post_key(p.title) in heads and of in (None, p.of)}
    if of is not None and not holders:  # "the Peruvian head of government" after "Prime Minister X" of no state
        holders = {
            p.person
            for p in res.posts
            if post_key(p.title) in heads and p.of is None and res.country_of(res.people[p.person].entity) in (None, of)
        }
    own = _of_home(res, holders)
    if of is None and res.agency not in (None, res.home):  # a state agency's report datelined abroad
        own = [h for h in holders if res.country_of(res.people[h].entity) == res.agency] or own
    if of is None and len(own) == 1 and len(holders) > 1:
        return own[0]  # the dateline's own, as its agency calls them ("the Head of State" in Astana)
    if of is None and (res.protagonist in holders or res.protagonist is None):
        return res.protagonist  # the report's own head of state, as a readout calls them
    found = next((i for i in reversed(res.recent) if i in holders), None)
    if found is None and of is not None and res.day is not None:  # "Argentina's head of state": who was, that day
        held = _held(res.day, heads, res.people, of)
        found = held.pop() if len(held) == 1 else None
    return found


def royal(res: Resolver, iri: str) -> bool:
    """A monarch or a member of a ruling house: by post (King, Emir, Crown Prince, ...) or
    by the style of the name ("Sheikh", "Prince")."""
    titles = {p.title.lower() for p in res.posts if p.person == iri}
    styled = any(f.split(" ")[0] in lexicon().references["name_styles"] for f in res.people[iri].forms)
    return styled or bool(titles & _monarchs())


_MAJESTIES = frozenset({"king", "queen", "sultan", "emperor", "empress"})
"""Posts styled "His Majesty" ("His Highness" is an amir's, a crown prince's, a grand duke's)."""


def majestic(res: Resolver, iri: str) -> bool:
    """Whether a monarch of the report is styled "Majesty": by a post of those, or a name the
    report gives them with such a style ("Sultan Haji Hassanal Bolkiah")."""
    if any(f.split(" ")[0].lower() in _MAJESTIES for f in res.people[iri].forms):
        return True
    return any(post_key(p.title) in _MAJESTIES or p.title.lower() in _MAJESTIES for p in res.posts if p.person == iri)


def foreign_minister(res: Resolver, of: Entity) -> str | None:
    """The one person the report names as ``of``'s foreign minister ("the head of Malian
    diplomacy"), by the posts it gives."""
    # (of that state, else of none the report gives: "Minister of Foreign Affairs, Regional
    # Cooperation and Burkinabe Abroad, X" in a report datelined nowhere)
    of_it = [p for p in res.posts if (p.of or res.people[p.person].country) in (of, of.country)]
    found = {p.person for p in of_it if peer_key(p.title) == "foreign minister"}
    if not found:
        of_it = [p for p in res.posts if not (p.of or res.people[p.person].country)]
        found = {p.person for p in of_it if peer_key(p.title) == "foreign minister"}
    if len(found) > 1:  # (one also given a leader's post: "his Rwandan counterpart, President X" misread)
        found = {i for i in found if all(peer_key(p.title) == "foreign minister" for p in of_it if p.person == i)}
    return found.pop() if len(found) == 1 else None


def by_country(res: Resolver, of: Entity | None, *, latest: bool = False) -> str | None:
    """The one person of a state; with ``latest``, of several, the last named so far."""
    if of is None:
        return None
    found = [iri for iri, p in res.people.items() if p.country and p.country == of.country]
    if len(found) > 1 and latest:  # "the Mongolian leader": of those named so far, the last
        found = [i for i in reversed(res.recent) if i in found][:1]
    return found[0] if len(found) == 1 else None


@cache
def _one_state(title: str) -> bool:
    """Whether the reference data knows ``title`` (lower case) of one state alone ("taoiseach"),
    not of a body ("chairperson" is the AU Commission's there, and any body's in the news)."""
    held = {t.organisation for t in lexicon().tenures if t.title.lower() == title}
    return len(held) == 1 and "/state/" in str(next(iter(held)))


def _held(day: date | None, titles: AbstractSet[str], named: Container[str], of: Entity | None) -> set[str]:
    """Those of ``named`` who held one of ``titles`` (lower case) on ``day`` by the reference
    tenures (at any time, where ``day`` is None), of ``of`` where it is given."""
    return {
        str(t.holder)
        for t in lexicon().tenures
        if t.title.lower() in titles
        and (of is None or t.organisation == of.iri)
        and str(t.holder) in named
        and (day is None or t.on(day))
    }


def reigning(res: Resolver) -> str | None:
    """The one person the report names who reigned that day by the reference data, over its
    dateline's state where it has one ("His Majesty expressed condolences ..." before the King
    is named)."""
    if res.day is None:
        return None
    held = _held(res.day, set(_MAJESTIES), res.people, res.home)
    return held.pop() if len(held) == 1 else None


@cache
def _monarchs() -> frozenset[str]:
    """The heads of state's titles that a ruling house holds (not "President"), and "Crown Prince"."""
    return frozenset(t.lower() for t in lexicon().heads_of_state) - {"president", "supreme leader"} | {"crown prince"}


def _headed(head: str, held: str) -> bool:
    """ "secretary" heads "secretary of state"; "minister" heads "foreign minister"."""
    words = held.split(" of ")[0].split(" for ")[0].split(" ")
    return head in words and "deputy" not in words and "vice" not in words


def _within(title: str, held: str) -> bool:
    """Every word of a title in a longer post that ends as it does ("deputy minister" of
    "deputy foreign minister")."""
    words, post = title.split(" "), held.split(" ")
    return words[-1] == post[-1] and set(words) <= set(post)


def _short_of(title: str, held: str, of: str) -> bool:
    """ "the President of the Commission" for a President of the European Commission."""
    post, _, body = title.replace(" the ", " ").partition(" of ")
    return bool(body) and post == held and (" " + of.lower()).endswith(" " + body)


LEADERS = ("head of state", "head of government")
"""A state's leaders as a report describes them, by no office's name ("the Ethiopian head of
government")."""


@cache
def leading_posts() -> frozenset[str]:
    """Posts of a state's leaders: heads of state and of government."""
    return frozenset(t.lower() for t in [*lexicon().heads_of_state, *lexicon().heads_of_government])


def _same(title: str, held: str) -> bool:
    """ "president" for "President", "Vice President" no, "President of the Republic" yes;
    "premier" for "Prime Minister"."""
    return held == title or held.startswith(title + " of ") or one_post(held, title)


def post_key(title: str) -> str:
    """A post as one holder at a time holds it, in lower case: "President of the Republic" is
    the President."""
    return title.lower().removesuffix(" of the republic")


_DEPUTY = re.compile(r"\b(?:deputy|vice|assistant|state secretary|of state|under)\b")


def peer_key(title: str) -> str:
    """A post as counterparts share it: as :func:`post_key`, and "Minister for Foreign Affairs",
    "Foreign Minister" and "Minister of Foreign Affairs, Regional Cooperation and Burkinabe
    Abroad" are one post, and so are a head of government's ("Premier", "Prime Minister")."""
    low = title.lower()
    if re.search(r"\bforeign (?:affairs|minister|secretary)\b", low) and not _DEPUTY.search(low):
        return "foreign minister"
    key = post_key(title)
    return "head of government" if key in _heads_of_government() else key


@cache
def _heads_of_government() -> frozenset[str]:
    return frozenset(t.lower() for t in lexicon().heads_of_government)


def envoy_title(title: str) -> bool:
    """A title of someone a state sends (``envoys`` in ``ingest/titles.yaml``)."""
    return any(title.lower().startswith(e.lower()) for e in lexicon().envoys)
