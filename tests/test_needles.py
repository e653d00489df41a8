"""The needles of a pattern (``diplograph.read.needles``): literal strings one of which every
match contains, so a sentence without any of them can be passed over. A needle that a match
lacks would lose an act, so the tests look for matches without one."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from diplograph.read.lexicon import lexicon
from diplograph.read.needles import folded, holds, needles

ROOT = Path(__file__).resolve().parent.parent


def _n(pattern: str) -> frozenset[str] | None:
    return needles(re.compile(pattern, re.IGNORECASE))


def test_a_literal_run_and_the_alternatives_every_match_passes_through() -> None:
    assert _n(r"invit(?:ed|es)") == {"invite"}  # the engine takes the shared "e" out of the group
    assert _n(r"(?:very |warmest )*(?:greetings|wishes) (?:to|for)") == {"greetings", "wishes"}
    assert _n(r"(?:sent|conveyed) (?:his )?condolences") == {"condolences"}  # the longest wins
    assert _n(r"(?:thanks){1,2}") == {"thanks"}  # a part repeated at least once is needed


def test_nothing_where_a_match_may_do_without_every_literal() -> None:
    assert _n(r"(?:warm)?[A-Z]\w+") is None  # an optional part is never needed
    assert _n(r"(?:thanks|)\w") is None  # an empty alternative needs nothing
    assert _n(r"[A-Z][a-z]+") is None  # classes only
    assert _n(r"(?=support)\w+") is None  # what a lookahead asks is not read as a needle


def test_folded_text_is_what_a_case_insensitive_pattern_sees() -> None:
    assert folded("SUPPORT for") == "support for"
    # characters the engine takes for ASCII letters under IGNORECASE
    assert folded("ſupport") == "support"
    assert folded("\u212aing") == "king"
    assert re.search("support", "ſupport", re.IGNORECASE)  # the reason
    assert folded("Ana Lima’s café") == "ana lima’s café"  # other characters as they are
    assert holds("anything", None)
    assert not holds("warm words", frozenset({"support"}))


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "cases").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "diplograph" / "samples").glob("*.txt"))]
    return texts


def _patterns() -> list[tuple[str, re.Pattern[str], frozenset[str] | None]]:
    """Every pattern ingest passes over by its needles: the act verbs, the recalled contacts."""
    lex = lexicon()
    return [(p.act, p.verb, p.needles) for p in lex.acts] + [("recalled", r, n) for r, n in lex.recalled]


@pytest.mark.parametrize("index", range(len(_patterns())))
def test_every_match_of_a_pattern_holds_one_of_its_needles(index: int) -> None:
    label, verb, need = _patterns()[index]
    rng = random.Random(index)
    texts = _texts()
    # the same texts in other cases, and with letters the engine folds to ASCII ones
    texts += [t.upper() for t in texts[:20]] + [t.replace("s", "ſ").replace("k", "\u212a") for t in texts[:20]]
    texts += ["".join(c.upper() if rng.random() < 0.5 else c for c in t) for t in texts[:20]]
    for text in texts:
        for line in text.splitlines():  # (some patterns are anchored at a sentence's start)
            for m in verb.finditer(line):
                assert holds(folded(m.group()), need), (label, m.group())
