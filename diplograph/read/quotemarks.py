"""Quotation marks: single ones read as double where a paragraph quotes with single marks
only, so that the rest of the reader knows one quotation mark."""

from __future__ import annotations

import re

_OPENS = re.compile(r"(?:^|(?<=[\s(\[-]))'(?=[^\W_])")
_CLOSES = re.compile(r"(?<=[^\s'])'(?=[\s.,;:!?)\]-]|$)")


def single_as_double(norm: str) -> str:
    """The text with single quotation marks as double ones, in the paragraphs that quote with
    single marks only ('Warsaw is now Europe's front line,' he said): the rest of the reader
    knows one quotation mark. An apostrophe inside a word ("Europe's") opens and closes none;
    a plural's ("the countries' ties") closes a quotation only where no later mark can."""
    chars = list(norm)
    pos = 0
    for para in norm.split("\n"):
        if '"' not in para and "'" in para:
            at = 0
            while (o := _OPENS.search(para, at)) is not None:
                closes = [c.start() for c in _CLOSES.finditer(para, o.end())]
                nxt = _OPENS.search(para, o.end())
                before = [c for c in closes if nxt is None or c < nxt.start()] or closes[:1]
                if not before:
                    break
                c = next((c for c in before if para[c - 1] != "s"), before[-1])
                chars[pos + o.start()] = chars[pos + c] = '"'
                at = c + 1
        pos += len(para) + 1
    return "".join(chars)
