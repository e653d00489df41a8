"""The words a pattern cannot match without: for a case-insensitive pattern, a few literal
strings one of which every match contains, read from its parse. A sentence holding none of
them is passed over without running the engine over it."""

from __future__ import annotations

import importlib
import re
import string
from functools import cache
from typing import Any

# the engine's own parse of a pattern and its op codes (CPython's, from 3.11 on)
_parser: Any = importlib.import_module("re._parser")
C: Any = importlib.import_module("re._constants")

Needles = frozenset[str]


def needles(pattern: re.Pattern[str]) -> Needles | None:
    """Lower-case strings one of which every match of ``pattern`` contains; None where the
    pattern offers none (a match may be made of classes and optional parts alone), or where
    the engine's parse is not what this reads (another Python): then every text is scanned."""
    try:
        return _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # a parse this does not know costs speed, never a match
        return None


def _sequence(items: list[tuple[Any, Any]]) -> Needles | None:
    """The best of what the items of a sequence need: a run of literal characters, or a
    group every match of which needs one of its strings; the longest shortest string wins."""
    found: list[Needles] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is C.LITERAL and isinstance(av, int) and chr(av).isascii():
            run += chr(av).lower()
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        if (need := _item(op, av)) is not None:
            found.append(need)
    return max(found, key=lambda n: (min(len(s) for s in n), -len(n)), default=None)


def _item(op: Any, av: Any) -> Needles | None:
    if op is C.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is C.BRANCH:
        parts = [_sequence(list(p)) for p in av[1]]
        if any(p is None for p in parts):
            return None
        return frozenset(s for p in parts if p is not None for s in p)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2]))
    return None


def folded(text: str) -> str:
    """``text`` as a case-insensitive pattern sees it, for looking for needles: lower case,
    and each other character the engine takes for an ASCII letter as that letter ("ſ", "K")."""
    if not text.isascii():
        text = "".join(_ascii_of(c) if not c.isascii() else c for c in text)
    return text.lower()


@cache
def _ascii_of(c: str) -> str:
    return next((a for a in string.ascii_lowercase if re.fullmatch(a, c, re.IGNORECASE)), c)


def holds(low: str, need: Needles | None) -> bool:
    """Whether folded text holds one of the needles (always, where there are none)."""
    return need is None or any(n in low for n in need)
