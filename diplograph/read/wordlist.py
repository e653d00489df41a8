"""Word lists as regular expressions: one alternation of many literal words, compiled as a
trie so the engine reads each position once instead of trying every word in turn."""

from __future__ import annotations

import re

Units = tuple[str, ...]
Trie = dict[str, "Trie"]  # one piece -> the rest; "" marks the end of a word


WORD_START = r"(?<![\w])"
"""Said first in a pattern that only matches from a word's start: the engine passes over the
inside of words at once instead of trying every position."""


def alternation(words: list[str] | set[str], *, case: bool = True) -> str:
    """A regex alternation of literal words, longest first, each on word boundaries.

    The words are merged into a trie: where several words match at one place they are tried
    longest first, as an alternation sorted by length would try them, but the engine follows
    one branch per character instead of testing each word. ``case=False`` lets the first
    letter of each word be of either case ("Prime Minister" also as "prime minister")."""
    return r"(?<![\w-])(?:" + _trie([_units(w, case) for w in set(words)]) + r")(?![\w])"


def _units(word: str, case: bool) -> Units:
    """The word as a sequence of regex pieces, one per character."""
    if case:
        return tuple(re.escape(c) for c in word)
    out: list[str] = []
    for i, part in enumerate(word.split(" ")):
        if i:
            out.append(" ")
        for j, c in enumerate(part):
            out.append(f"[{c.upper()}{c.lower()}]" if j == 0 and c.isalpha() else re.escape(c))
    return tuple(out)


def _trie(words: list[Units]) -> str:
    root: Trie = {}
    for units in words:
        node = root
        for u in units:
            node = node.setdefault(u, {})
        node[""] = {}  # a word ends here
    return _emit(root)


def _emit(node: Trie) -> str:
    """The regex of a trie node: its branches (at most one can match the next character),
    optional where a word also ends here, so the longer words are tried first."""
    parts: list[str] = []
    while True:  # a chain of single branches is written out without groups
        branches = sorted(k for k in node if k)
        if len(branches) != 1 or "" in node:
            break
        parts.append(branches[0])
        node = node[branches[0]]
    if not branches:
        return "".join(parts)
    body = "|".join(b + _emit(node[b]) for b in branches)
    group = f"(?:{body})" if len(branches) > 1 or "" in node else body
    return "".join(parts) + (group + "?" if "" in node else group)
