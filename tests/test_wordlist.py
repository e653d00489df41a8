"""The word-list regex (``diplograph.read.wordlist``): a trie that must find exactly what a
plain alternation of the words, longest first, finds."""

from __future__ import annotations

import random
import re

import pytest

from diplograph.read.wordlist import alternation


def _plain(words: list[str], case: bool) -> str:
    """The alternation written out word by word, longest first: the reference."""

    def one(w: str) -> str:
        if case:
            return re.escape(w)
        return " ".join(
            f"[{p[0].upper()}{p[0].lower()}]" + re.escape(p[1:]) if p[:1].isalpha() else re.escape(p)
            for p in w.split(" ")
        )

    return r"(?<![\w-])(?:" + "|".join(one(w) for w in sorted(set(words), key=len, reverse=True)) + r")(?![\w])"


def _words(rng: random.Random) -> list[str]:
    """Words sharing many prefixes, with spaces, hyphens, dots and brackets."""
    stems = ["South", "Sudan", "South Sudan", "Saint", "St.", "Korea", "Republic of Korea", "Rep", "(UN)", "a-b"]
    out = set(stems)
    for _ in range(40):
        out.add(" ".join(rng.choice([*stems, "of", "the", "Kitts", "Nevis", "s"]) for _ in range(rng.randint(1, 4))))
    return sorted(out)


@pytest.mark.parametrize("case", [True, False])
@pytest.mark.parametrize("seed", range(20))
def test_the_trie_finds_what_the_plain_alternation_finds(seed: int, case: bool) -> None:
    rng = random.Random(seed)
    words = _words(rng)
    # what follows decides whether a shorter word must be tried after a longer one failed
    trie = re.compile(alternation(words, case=case) + r"(?: (?P<next>[A-Z]\w+))?")
    plain = re.compile(_plain(words, case) + r"(?: (?P<next>[A-Z]\w+))?")
    pieces = [*words, "south sudan", "of", "Kitts-Nevis", "and", "Sudanese", "x", ",", "the Republic of Korea's"]
    for _ in range(200):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        got = [(m.span(), m.group("next")) for m in trie.finditer(text)]
        want = [(m.span(), m.group("next")) for m in plain.finditer(text)]
        assert got == want, text


def test_a_longer_word_is_tried_first_and_a_shorter_one_after_it_fails() -> None:
    pattern = re.compile(alternation(["South", "South Sudan", "South Sudanese"]) + r" (?P<rest>\w+)")
    assert pattern.match("South Sudan signed").group() == "South Sudan signed"  # type: ignore[union-attr]
    # "South Sudan" then needs a word after it; none follows, so "South" is read with "Sudan" after it
    assert pattern.match("South Sudan").group("rest") == "Sudan"  # type: ignore[union-attr]


def test_either_case_of_each_first_letter_and_no_other() -> None:
    pattern = re.compile(alternation(["Prime Minister", "President"], case=False))
    assert [m.group() for m in pattern.finditer("the prime Minister and PRESIDENT and president")] == [
        "prime Minister",
        "president",
    ]
    assert pattern.search("Prime Ministers") is None  # a whole word only


def test_mention_patterns_start_at_the_start_of_a_word() -> None:
    """ "neither leader", "another head of state": no "her leader" inside a word; "from outside
    China": no "de China"."""
    from diplograph.read.patterns import mention_patterns

    pat = mention_patterns()
    text = "Neither leader spoke; another head of state came from outside China."
    assert [m.group("desc") for m in pat["desc"].finditer(text)] == ["leader", "head of state"]
    assert all(m.start() == 0 or not text[m.start() - 1].isalnum() for m in pat["desc"].finditer(text))
    assert [m.group() for m in pat["name"].finditer(text)][-1] == "China"


def test_a_portfolio_post_starts_at_the_start_of_a_word() -> None:
    """ "the PRC, and Union Minister for Foreign Affairs X": not "RC, and Union Minister"."""
    from diplograph.read.portfolios import portfolio_posts

    text = "Greetings went to the PRC, and Union Minister for Foreign Affairs Jon Tari sent a message."
    assert [title for _, _, title, _ in portfolio_posts(text, [])] == ["Minister for Foreign Affairs"]
