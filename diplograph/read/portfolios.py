"""Posts of any portfolio the title list does not name: a head word ("Minister", "Cabinet
Secretary"), "of" or "for", and the portfolio's capitalised words ("Minister for Disaster
Management", "Secretary of Economy"), with the state and the holder's name that may follow."""

from __future__ import annotations

import re
from functools import cache

from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.patterns import GIVEN_SHORT
from diplograph.read.wordlist import WORD_START, alternation

_WORD = r"[A-Z][\w'-]*[\w]"


@cache
def _pattern() -> re.Pattern[str]:
    lex = lexicon()
    heads = alternation(lex.portfolios)
    names = alternation(list(lex.names))
    dem = alternation(list(lex.demonyms))
    fields = alternation(sorted(lex.fields))
    # the portfolio's words, joined by "and" or "&", never a known name or a word that starts a title
    stop = alternation([*lex.names, *lex.titles, *lex.address])
    # (nor a given name shortened before the holder's name: "... Division Md. Shahriar Kader X")
    word = rf"(?:the )?(?!{stop})(?!(?:{'|'.join(GIVEN_SHORT)})\. ){_WORD}"
    return re.compile(
        WORD_START
        + rf"(?:(?P<poss>{names})(?:'s|(?<=s)')? |(?P<dem>{dem}) )?"  # "AU Commissioner for ...", "Kenya's Minister"
        rf"(?P<title>(?:(?:First|Deputy|Vice|Senior|Parliamentary) )*{heads} (?:of|for) "
        rf"{word}(?:(?: and| &|(?:(?<=Department)|(?<=Ministry)) of)? {word}){{0,5}}"  # "of the Department of X"
        # a list of portfolios: "Commissioner for Political Affairs, Peace and Security"
        rf"(?:(?:, {word}(?: {word}){{0,2}})+,? (?:and|&) {word}(?: {word})?(?: {fields})?)?"
        # portfolios before the head: "Foreign Affairs and International Trade Minister"
        rf"|(?P<fronted>{word}(?: {word}){{0,2}}(?:, {word}(?: {word}){{0,2}})*,? (?:and|&) {_WORD}(?: {_WORD}){{0,2}})"
        rf" (?:Deputy )?Minister\b"
        # a word and a field before the head: "Presidential Affairs Minister", "Foreign Affairs Secretary"
        rf"|(?!{dem} ){word} {fields} (?:Deputy )?(?:Minister|Secretary)\b)"
        rf"(?: of (?:the )?(?P<of>{names}))?"
    )


def _unfielded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names the recogniser found, without the portfolio words it took in at their start
    ("Expatriates Karim Nassar" after "Minister of ... and Egyptian")."""
    fields = lexicon().fields
    out = []
    for s, e in spans:
        while (m := re.match(r"(\S+) ", text[s:e])) and m.group(1) in fields:
            s += m.end()
        if text[s:e] not in fields:  # a field word alone ("... Diaspora Affairs"): no name at all
            out.append((s, e))
    return out


def portfolio_posts(text: str, recognised: list[tuple[int, int]]) -> list[tuple[int, int, str, Entity | None]]:
    """(start, end, title, state or body) of each portfolio post in ``text``; a title stops
    where the language layer found a person's name inside it ("Minister for Trade Ana Lima")."""
    lex = lexicon()
    out: list[tuple[int, int, str, Entity | None]] = []
    pat, pos = _pattern(), 0
    while (m := pat.search(text, pos)) is not None:
        pos = m.end()
        if m["fronted"] and not lex.fields & set(re.split(r"[ ,]+", m["fronted"])):
            # "Malawian and Zambian Minister": no portfolio; "X, and Panama's Minister of Public
            # Security": read again from the word after its start, for the post inside it
            pos = m.start() + 1
            continue
        a, b = m.start("title"), m.end("title")
        # a name the recogniser found at the end of the title, when no name follows after a comma
        named = re.match(r", [A-Z]", text[m.end() :])
        cut = None if named else min((s for s, e in _unfielded(text, recognised) if a < s < b <= e), default=None)
        cut = cut if cut is not None or named else _name_after_field(text, a, b)
        title = text[a:cut].rstrip() if cut is not None else m.group("title")
        end = a + len(title) if cut is not None else m.end()
        owner = m.group("of") if cut is None else None
        of = lex.names.get(owner or m.group("poss") or "") or lex.demonyms.get(m.group("dem") or "")
        out.append((m.start(), end, title, of))
    return out


@cache
def _plural() -> re.Pattern[str]:
    lex = lexicon()
    titles = alternation(lex.titles, case=False).removesuffix(r"(?![\w])")
    names = alternation(list(lex.names))
    state = rf"(?:the )?(?:{names})"
    return re.compile(
        rf"(?P<title>{titles})s of (?P<states>{state}(?:(?:, | and |, and ){state})+)(?:\s*[–—:-]\s*|, )"
        rf"(?P<names>{_WORD}(?:[ -]{_WORD})*(?:(?:, | and |, and ){_WORD}(?:[ -]{_WORD})*)+)"
    )


def plural_posts(text: str) -> list[tuple[int, int, str, str, Entity, int]]:
    """(start, end, name, title, state, where the title starts) for each holder of a plural
    title spelt out after a dash: "the Presidents of A, B and C – X, Y and Z" gives X President
    of A, and so on."""
    lex = lexicon()
    out: list[tuple[int, int, str, str, Entity, int]] = []
    for m in _plural().finditer(text):
        states = [lex.names[s.removeprefix("the ")] for s in re.split(r", and |, | and ", m.group("states"))]
        names = list(re.finditer(r"[^,]+?(?=, and |, | and |$)", m.group("names")))
        people = [(n.start(), n.group().strip().removeprefix("and ").strip()) for n in names]
        people = [(a, n) for a, n in people if n]
        if len(people) != len(states) or any(n in lex.names and lex.names[n].kind != "person" for _, n in people):
            continue  # not one name for each state ("the ambassadors of A, B, C and D"): no pairing to trust
        base = m.start("names")
        for (a, name), state in zip(people, states, strict=True):
            at = base + m.group("names").index(name, a)
            out.append((at, at + len(name), name, m.group("title"), state, m.start()))
    return out


def _name_after_field(text: str, a: int, b: int) -> int | None:
    """Where a name the recogniser missed starts inside a portfolio title: two to four
    capitalised words after its last field word ("Minister of International Trade Maninder
    Sidhu"), none of them a field word."""
    fields = lexicon().fields
    words = list(re.finditer(r"\S+", text[a:b]))
    last = max((i for i, w in enumerate(words) if w.group().rstrip(",") in fields), default=None)
    rest = words[last + 1 :] if last is not None else []
    if 2 <= len(rest) <= 4 and all(re.fullmatch(_WORD, w.group()) and w.group() not in fields for w in rest):
        return a + rest[0].start()
    return None
