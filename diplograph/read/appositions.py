"""Posts told of a person in apposition or a clause after the name: "X, who is also Deputy
Prime Minister", "The Chairman of CARICOM, Dr. X, Prime Minister of Jamaica", "X, special envoy
of the President of Togo, Y", "X ... in his capacity as Chairperson-in-Office of the OSCE"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplograph.read.lexicon import Entity, lexicon

if TYPE_CHECKING:
    from diplograph.read.mentions import Mention


def _person(
    like: Mention,
    start: int,
    end: int,
    *,
    name: str | None,
    title: str | None,
    of: Entity | None,
    obj: bool,
    apposed: bool = False,
) -> Mention:
    """A person's mention over ``start``-``end`` (made as ``like`` is: the mention class is
    :class:`diplograph.read.mentions.Mention`, whose finder, :mod:`diplograph.read.sentence_mentions`,
    imports this module)."""
    return type(like)(start, end, "person", name=name, title=title, of=of, obj=obj, apposed=apposed)


_ALSO = re.compile(
    r",? who (?:is also|also serves as|serves as|is concurrently) (?:the )?(?:current |incumbent |sitting )?"
)
_CAPACITY = re.compile(
    r"\b(?:in (?:his|her|their) (?:capacity|role)|(?i:credentials|letters? of credence)) as (?:the )?(?:new )?$"
)
"""What puts the post after it on the one named before: "in his capacity as", "presented his
credentials as"."""


def posts_apposed(norm: str, found: list[Mention]) -> list[Mention]:
    """The mentions found, with the posts told of the person named before them as theirs: in a
    relative clause ("Sikorski, who is also Deputy Prime Minister", "X, who also serves as Cabinet
    Secretary for ..."), where written as a post is, capitalised (not "who serves as chairman of
    the Conference of ..."); in apposition after a post and a name; or "in his capacity as"."""
    out: list[Mention] = []
    for i, m in enumerate(found):
        prev = out[-1] if out else None
        if prev is not None and (split := _envoy_of_the_named(norm, prev, m)) is not None:
            out += split
            continue
        told = (
            prev is not None and prev.kind == "person" and prev.name and m.kind == "title" and norm[m.start].isupper()
        )
        if prev is not None and told and _ALSO.fullmatch(norm, prev.end, m.start):
            m = _person(m, m.start, m.end, name=prev.name, title=m.title, of=m.of, obj=True)
        elif prev is not None and told and _second_post(norm, prev, m, found[i + 1 : i + 2]):
            m = _person(m, m.start, m.end, name=prev.name, title=m.title, of=m.of, obj=True, apposed=True)
        elif m.kind == "title" and m.of is not None and _CAPACITY.search(norm, max(0, m.start - 40), m.start):
            # "X travelled to Y in his capacity as Chairperson-in-Office of the OSCE": X's post (or "X
            # presented his credentials as Permanent Representative of A to the Organisation")
            named = next((n for n in reversed(out) if n.kind == "person" and n.name and not n.obj), None)
            if named is not None:
                m = _person(m, m.start, m.end, name=named.name, title=m.title, of=m.of, obj=True, apposed=True)
        out.append(m)
    return out


_SERVED = re.compile(r" of (?:the )?(?=[A-Z])")


def _envoy_of_the_named(norm: str, prev: Mention, m: Mention) -> list[Mention] | None:
    """ "X, special envoy of the President of Togo, Faure Gnassingbé": in apposition to the one
    named before, the envoy is X and the name after it the President's, not a second envoy."""
    if prev.kind != "person" or not prev.name or m.kind != "person" or not m.name or not m.title:
        return None
    sent = m.title.partition(" of ")[0].lower()
    if norm[prev.end : m.start] != ", " or not any(sent.endswith(e.lower()) for e in lexicon().envoys):
        return None
    served = _SERVED.search(m.title)
    if served is None:
        return None
    envoy = m.title[: served.start()]
    head = m.start + len(envoy) + len(served.group())  # where the served title begins
    named_at = norm.rfind(m.name, head, m.end)
    if named_at < 0 or ", " not in norm[head:named_at]:  # "..., Captain Ibrahim Traoré": the name apposed
        return None
    return [
        _person(m, m.start, head, name=prev.name, title=envoy, of=m.of, obj=True, apposed=True),
        _person(m, head, m.end, name=m.name, title=m.title[served.end() :], of=m.of, obj=True),
    ]


def _second_post(norm: str, prev: Mention, m: Mention, following: list[Mention]) -> bool:
    """A second post in apposition after a titled name ("The Chairman of CARICOM, Dr. X, Prime
    Minister of Jamaica, has written"): the named person's too; not the title of the next one
    named in a list ("the President of A, X, Foreign Minister of B, Y")."""
    if prev.title is None or prev.apposed or m.of is None or norm[prev.end : m.start] != ", ":
        return False
    listed = any(n.kind == "person" and n.start <= m.end + 2 for n in following)
    return not listed and norm[m.end : m.end + 1] in (",", ".", ";")
