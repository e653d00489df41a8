"""Who and what a sentence names, as mentions, and those of them that do not depend on the
people the document has met so far, read once per sentence (:func:`fixed`): titled people,
known names, states, demonyms, bodies, honorifics, pronouns and pair phrases ("the two
countries"). :func:`diplograph.read.sentence_mentions.find` adds the rest and joins them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from diplograph.read.joins import subject_after_lead
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.patterns import (
    clean_name,
    known_person,
    lower_titles,
    mention_patterns,
    second_of_plural,
)
from diplograph.read.portfolios import plural_posts, portfolio_posts


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # person | title | description | state | demonym | body | pronoun | pair | royal
    entity: Entity | None = None
    name: str | None = None  # a person's name as written
    title: str | None = None  # a post title as it stands in the text
    of: Entity | None = None  # the post's state or body
    possessive: bool = False
    obj: bool = False  # preceded by a preposition: not a clause subject
    in_quote: bool = False
    chain: list[tuple[str, Entity | None]] = field(default_factory=list)  # more titles before the name
    described: str | None = None  # a description standing before the name ("counterpart")
    recognised: bool = False  # found by the language layer's entity recogniser only
    apposed: bool = False  # its title stood after the name, in apposition
    voice: bool = False  # "I" in a quotation: the speaker the sentence names (diplograph.read.voices)
    former: bool = False  # "former Prime Minister X", "the then Foreign Minister": a post not held now
    in_medium: bool = False  # "In the message, the Prime Minister ...": its writer, most likely
    bound: bool = False  # "X received him": an object pronoun right after its verb's subject, not X
    indefinite: bool = False  # "a pope", "an ambassador": a title that stands for no one in particular


@dataclass
class Person:
    """A person of one document: canonical IRI, fullest name used, surname, country."""

    entity: Entity
    forms: set[str] = field(default_factory=set)
    country: str | None = None

    @property
    def label(self) -> str:
        """The fullest name the document used; a title style or a rank before the reference name
        is left out ("Sultan Haitham bin Tarik": Haitham bin Tarik; "Senior General Min Aung
        Hlaing": Min Aung Hlaing)."""
        own, styles = self.entity.label, _label_styles()
        forms = {own if f.endswith(" " + own) and f[: -len(own) - 1] in styles else f for f in self.forms}
        return max(forms, key=lambda f: (len(f), f)) if forms else self.entity.label


def copied(m: Mention) -> Mention:
    """A copy of a mention read once per sentence, for one pass to change: what
    ``dataclasses.replace(m)`` gives (the same field values), without its checks."""
    out = object.__new__(Mention)
    out.__dict__.update(m.__dict__)
    return out


@cache
def _label_styles() -> frozenset[str]:
    return frozenset([*lexicon().references["title_styles"], *lexicon().honorifics])


_INDEFINITE = re.compile(r"(?:\n|(?<!,)(?<!, also)(?<!, is) )[Aa]n? $")
"""Before a title that stands for no one in particular ("a pope"), not one told of the person
before it ("Wang, also a member of the Political Bureau ...")."""

_CHIEF = re.compile(r"(?<=[Tt]he )([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}) (?:chief|head)\b(?! of)")
"""A body's head by its name alone: "the UN chief", "the WHO head"."""

_FORMER = re.compile(
    r"\b(?:[Ff]ormer|[Tt]hen|[Ll]ate|[Ee]x)[ -]$|\b(?:previously|formerly|once|had) served as (?:the )?$"
)
"""Words before a title that put the post in the past ("former", "who previously served as")."""


def _former(norm: str, at: int) -> bool:
    """Whether the words just before ``at`` put the post there in the past."""
    return bool(_FORMER.search(norm, max(0, at - 40), at))


@lru_cache(maxsize=4096)
def fixed(
    norm: str, start: int, end: int, recognised: tuple[tuple[int, int], ...]
) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """The mentions of a sentence that do not depend on the people met so far (titles, known
    names, demonyms, honorifics, recognised people): read once, copied for each pass."""
    lex = lexicon()
    pat = mention_patterns()
    text = norm[start:end]
    found: list[Mention] = []
    for a, b in recognised:
        if norm[max(0, a - 3) : a] == "in " and not norm.startswith("'", b):
            continue  # "the Consul General of Indonesia in Kota Kinabalu, X": a place the recogniser took
        if start <= a and b <= end:
            found.append(Mention(a, b, "person", name=norm[a:b], recognised=True))
    pos = 0
    while m := pat["title"].search(text, pos):
        pos = m.end()
        said = m.group("title")
        plural = said.endswith("s") and said[:-1].lower() in lower_titles()  # "Presidents X and Y"
        said = said[:-1] if plural else said
        if said in lex.abbreviations and re.search(r"\d[:.]\d\d\s*$", text[: m.start("title")]):
            continue  # "4:58 PM EDT": a time of day, not a Prime Minister
        title = (
            lex.abbreviations.get(said, said)
            + m.group("inst")
            + (m.group("prov") or m.group("area") or m.group("served") or "")
        )
        of_ent = None
        for grp in ("of1", "of2"):
            if m.group(grp):
                ent = lex.names[m.group(grp)]
                if ent.kind == "body" and ent.country and grp == "of1":
                    title = (
                        f"{title} of the {m.group(grp)}"
                        if f"of the {m.group(grp)}" in m.group()
                        else f"{title} of {m.group(grp)}"
                    )
                    of_ent = of_ent or _state_of(ent)
                else:
                    of_ent = ent
        if m.group("paren"):  # "... of the Republic of China (Taiwan), X": the state in brackets
            of_ent = lex.names[m.group("paren")]
        if m.group("poss") and lex.names[m.group("poss")].kind != "person":  # "Ghana's Foreign Minister"
            of_ent = of_ent or lex.names[m.group("poss")]
        if m.group("pre"):
            pre = m.group("pre")
            body = lex.names.get(pre)
            if body is not None and body.kind == "body" and body.country and pre not in lex.demonyms:
                title, of_ent = f"{pre} {title}", of_ent or _state_of(body)  # "Lok Sabha Speaker X": of India
            of_ent = of_ent or lex.demonyms.get(pre) or lex.names.get(pre)
        dm = pat["dem"].search(title)
        if of_ent is None and dm:  # "National Leader of the Turkmen people": the demonym names the state
            of_ent = lex.demonyms[dm.group()]
        if of_ent is None and m.group("of3") and lex.names[m.group("of3")].kind == "state":
            of_ent = lex.names[m.group("of3")]  # "Foreign Minister Ana Lima of Portugal"
        at = m.start()
        served = pat["serving"].search(text, max(0, at - 80), at) if m.group("name") else None
        if served is not None:  # "Director of the Office of His Majesty the King X": X is the director
            at, title = served.start(), text[served.start() : m.start("name")].rstrip(" ,")
        name = clean_name(m.group("name"), titled=True) if m.group("name") else ""
        name = "" if name in lex.institutions else name  # "the PM House", "the PM Office": a place
        # "..., Regional Integration and ...", "..., International Trade and Worship, X": the post's
        name = "" if _of_a_field(name, m.group("name") or "") else name
        if name in lex.names and lex.names[name].kind != "person":
            name = ""  # "Minister of Foreign Affairs, European Union and Cooperation": a body, no one's name
        if name and subject_after_lead(text, m.start("name"), m.start("name") + len(name)):
            name = ""  # "During his meeting with the Vietnamese ambassador, X proposed ...": X is no ambassador
        mend = m.end() if name == (m.group("name") or "") else m.start("name") + len(name)
        if name and known_person(f"{said} {name}"):  # "Amir Khan Muttaqi": a known name, no Amir's post
            found.append(Mention(start + m.start("title"), start + mend, "person", name=f"{said} {name}"))
            pos = mend
            continue
        if not name:
            mend = m.end("of2") if m.group("of2") else m.end("of1") if m.group("of1") else m.end("inst")
            mend = max(mend, m.end("prov"), m.end("area"), m.end("served"))  # and the area or portfolio it serves
        pos = mend if mend > m.start() else m.start() + 1  # what the name did not keep is read again
        found.append(
            Mention(
                start + at,
                start + mend,
                "person" if name else "title",
                name=name or None,
                title=title,
                of=of_ent,
                former=_former(norm, start + m.start()),
            )
        )
        second = second_of_plural(text, mend, pat) if plural and name else None
        if second is not None:  # "... and Y of B": the second holder of the plural title
            (a, b), of2 = second
            found.append(Mention(start + a, start + b, "person", name=text[a:b], title=title, of=of2))
    for a, b, name, title, state, at in plural_posts(text):  # "the Presidents of A and B – X and Y"
        former = _former(norm, start + at)  # "the then foreign ministers"
        found.append(Mention(start + a, start + b, "person", name=name, title=title, of=state, former=former))
    inside = [(a - start, b - start) for a, b in recognised if start <= a and b <= end]
    for a, b, title, of in portfolio_posts(text, inside):
        named = pat["after_title"].match(text, b)
        name = clean_name(named.group("name"), titled=True) if named else ""
        name = "" if _of_a_field(name) else name  # "Minister of State, Petroleum Resources (Oil), X"
        known = pat["names"].match(name)
        if known is not None and lex.names[known.group()].kind != "person":
            continue  # "Secretary of the Supreme National Security Council X": the post runs on into a body's name
        if name and named is not None:
            b = named.start("name") + len(name)
        over = [m for m in found if m.title and m.start < start + b and start + a < m.end]
        if any((m.name and m.start <= start + a) or m.end - m.start >= b - a for m in over):
            continue  # a listed post, or a longer title, already stands there (not "Trade Minister X" in it)
        found = [m for m in found if m not in over]  # "Minister of the Environment" of "... and Climate Change"
        former = _former(norm, start + a)  # "a former Undersecretary for ..."
        kind = "person" if name else "title"
        found.append(Mention(start + a, start + b, kind, name=name or None, title=title, of=of, former=former))
    for m in pat["city"].finditer(text):  # "Ankara's initiative", "thanked Baghdad": the government
        city = m.group("city") or m.group("city2")
        found.append(Mention(start + m.start(), start + m.end(), "state", entity=lex.cities[city], name=city))
    for m in pat["ruler"].finditer(text):  # "the Sultan of Oman"
        if lex.names[m.group("of")].kind == "state":
            style, b = m.group().split(" ")[0], m.end()
            named = pat["after_title"].match(text, b)  # "the Sultan of Oman, Haitham bin Tarik": the ruler named
            name = clean_name(named.group("name"), titled=True) if named else ""
            name = name if name and (name not in lex.names or lex.names[name].kind == "person") else ""
            b = named.start("name") + len(name) if named and name else b
            of = lex.names[m.group("of")]
            found.append(
                Mention(
                    start + m.start(), start + b, "person" if name else "title", name=name or None, title=style, of=of
                )
            )
    for m in _CHIEF.finditer(text):  # "the UN chief": whoever the report names heading that body
        body = lex.names.get(m.group(1))
        if body is not None and body.kind == "body":
            found.append(Mention(start + m.start(), start + m.end(), "title", title="chief", of=body))
    for m in pat["head"].finditer(text):  # "the Secretary", "the Ghanaian Minister": the post's head word alone
        if not any(f.start <= start + m.start() < f.end for f in found):
            said = m.group("hdem") or m.group("ldem") or ""
            of = lex.demonyms.get(said) or lex.names.get(said)
            head = m.group("head") or (m.group("lhead") or m.group("bare")).capitalize()
            found.append(Mention(start + m.start(), start + m.end(), "title", title=head, of=of))
    for m in pat["desc"].finditer(text):
        if (
            m.group("desc")[:1].isupper()
            and re.match(r" (?-i:[A-Z])[a-z]", text[m.end() : m.end() + 3])
            and re.search(r"(?-i:[A-Z])[a-z]+ $", text[max(0, m.start() - 20) : m.start()])
        ):
            continue  # a word inside a place's name ("at Denden Guest House"), not "the guest"
        dem = m.group("dpre") or next(
            (v for k, v in m.groupdict().items() if v and k.startswith(("ddem", "dstate"))), None
        )
        of = (lex.demonyms.get(dem) or lex.names.get(dem)) if dem else None
        # "his Kazakh colleague", "his Chilean peer": his counterpart
        desc = "counterpart" if m.group("desc").lower() in ("colleague", "peer") else m.group("desc")
        found.append(Mention(start + m.start(), start + m.end(), "description", of=of, title=desc))
    for m in pat["collective"].finditer(text):  # "the Uzbek side", "the fraternal people of Belarus"
        side_name = m.group("cname") or m.group("lname") or m.group("cstate") or ""
        side = lex.demonyms.get(m.group("cdem") or "") or lex.names.get(side_name)
        if side is not None and side.kind == "state":
            found.append(Mention(start + m.start(), start + m.end(), "state", entity=side, name=m.group("cdem")))
    for m in pat["names"].finditer(text):
        ent = lex.names[m.group()]
        kind = "person" if ent.kind == "person" else ent.kind
        if kind == "state" and _PROVINCE.match(text, m.end()):
            continue  # "the Governor of Niger State": a state of a federation, no country
        found.append(
            Mention(start + m.start(), start + m.end(), kind, entity=ent, name=m.group() if kind == "person" else None)
        )
    for m in pat["dem"].finditer(text):
        found.append(
            Mention(start + m.start(), start + m.end(), "demonym", entity=lex.demonyms[m.group()], name=m.group())
        )
    after: list[Mention] = []  # read after the names met so far, as their order decides ties
    for m in pat["honorific"].finditer(text):  # "Mr Kassym-Jomart Tokaïev": a person, whatever the recogniser said
        name = clean_name(m.group("name"))
        a, b = start + m.start(), start + m.start("name") + len(name)
        if name and not any(f.title and f.start <= a and b <= f.end for f in found):  # not "Samdech Thipadei", a post
            after.append(Mention(a, b, "person", name=name))
    for m in pat["group"].finditer(text):  # "the three leaders"
        after.append(Mention(start + m.start(), start + m.end(), "group", name=m.group()))
    for key in ("pronoun", "pair"):
        for m in pat[key].finditer(text):
            if key == "pair" and text.startswith(" of ", m.end()):
                continue  # "the Presidents of A and B": named after, not the pair met before
            after.append(Mention(start + m.start(), start + m.end(), key, name=m.group()))
    # a post named by no one in particular, however it was found ("a pope", "an ambassador")
    found = [
        replace(m, indefinite=True)
        if m.kind == "title" and _INDEFINITE.search(norm, max(0, m.start - 12), m.start)
        else m
        for m in found
    ]
    return tuple(found), tuple(after)


_PROVINCE = re.compile(r" State\b(?! of\b)")
"""What follows a country's name where the name is a federation's state's ("Niger State")."""


def _of_a_field(*runs: str) -> bool:
    """Whether a word of these runs after a post names a portfolio's field ("Affairs",
    "Resources"): the post's words, not a holder's name."""
    return any(w in lexicon().fields for run in runs for w in run.split(" "))


def _state_of(body: Entity) -> Entity | None:
    lex = lexicon()
    return lex.states.get(body.country or "")
