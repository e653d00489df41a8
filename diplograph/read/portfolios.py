"""Posts of any portfolio the title list does not name: a head word ("Minister", "Cabinet
Secretary"), "of" or "for", and the portfolio's capitalised words ("Minister for Disaster
Management", "Secretary of Economy"), with the state and the holder's name that may follow."""

from __future__ import annotations

import re
from functools import cache

from diplograph.read.lexicon import Entity, alternation, lexicon

_WORD = r"[A-Z][\w'-]*[\w]"


@cache
def _pattern() -> re.Pattern[str]:
    lex = lexicon()
    heads = alternation(lex.portfolios)
    names = alternation(list(lex.names))
    dem = alternation(list(lex.demonyms))
    # the portfolio's words, joined by "and" or "&", never a known name or a word that starts a title
    stop = alternation([*lex.names, *lex.titles, *lex.address])
    word = rf"(?:the )?(?!{stop}){_WORD}"
    return re.compile(
        rf"(?:(?P<poss>{names})'s |(?P<dem>{dem}) )?"
        rf"(?P<title>(?:(?:First|Deputy|Vice|Senior) )*{heads} (?:of|for) {word}(?:(?: and| &)? {word}){{0,5}})"
        rf"(?: of (?:the )?(?P<of>{names}))?"
    )


def portfolio_posts(text: str, recognised: list[tuple[int, int]]) -> list[tuple[int, int, str, Entity | None]]:
    """(start, end, title, state or body) of each portfolio post in ``text``; a title stops
    where the language layer found a person's name inside it ("Minister for Trade Ana Lima")."""
    lex = lexicon()
    out: list[tuple[int, int, str, Entity | None]] = []
    for m in _pattern().finditer(text):
        a, b = m.start("title"), m.end("title")
        cut = min((s for s, _ in recognised if a < s < b), default=None)
        title = text[a:cut].rstrip() if cut is not None else m.group("title")
        end = a + len(title) if cut is not None else m.end()
        owner = m.group("of") if cut is None else None
        of = lex.names.get(owner or m.group("poss") or "") or lex.demonyms.get(m.group("dem") or "")
        out.append((m.start(), end, title, of))
    return out
