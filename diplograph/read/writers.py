"""The writer of a message reproduced in a report: the sender of the latest letter, message or
telegram, where a quotation opens after "The message reads:" or a salutation, or a letter
stands without quotation marks between its salutation and its valediction. Its "I" and "we"
are that writer's (:func:`diplograph.read.agents.agents_of`)."""

from __future__ import annotations

import re

from diplograph.read.facts import Extraction, Quote
from diplograph.read.lexicon import Entity
from diplograph.read.patterns import bare_surname
from diplograph.read.text import Source
from diplograph.read.triggers import WRITTEN

_INTRO = re.compile(
    r"\b(?:reads?|reading|says?|saying|said|wrote|writes|writing|states?|stated|stating"
    r"|text|message|letter|telegram|cable)(?:,? (?:in part|as follows|in full))?\W*$",
    re.I,
)


_ADDRESS = (
    r"(?:Dear|Your (?:Excellency|Majesty|(?:Royal )?Highness|Holiness|Eminence|Beatitude)|Excellency|Esteemed"
    r"|(?:Mr\.?|Madam|Madame|Mrs\.?|Ms\.?)(?: [A-Z][\w'-]+){1,3}(?=,| and dear\b))"
)
"""How a letter opens: "Dear ...", "Your Excellency", "Your Holiness", and a title of address
called out ("Mr President,", "Madam Minister, dear ...": not a quotation that begins "Mr Smith
has ...")."""

_SALUTATION = re.compile(r"\s*" + _ADDRESS + r"\b")
_SIGNED = re.compile(r",? (?:the |his |her )?(?:[\w-]+ ){0,4}(?:reads|wrote|writes)\b")


def latest_writer(out: Extraction) -> Entity | None:
    """The sender of the latest letter, message or cable the report named."""
    return next((c.senders[0] for c in reversed(out.communications) if c.kind in WRITTEN and c.senders), None)


def writer(src: Source, out: Extraction, pos: int) -> Entity | None:
    """Who writes a reproduced message that ``pos`` is inside: the sender of the latest
    letter, message or telegram, where the quotation opens after "The message reads:",
    "wrote:" and the like."""
    body = src.norm[src.body_start : pos]
    if body.count('"') % 2 == 0:
        return _unquoted_writer(src, out, pos)
    opening = src.body_start + body.rfind('"')
    closing = src.norm.find('"', pos)
    after = src.norm[closing + 1 : closing + 60] if closing >= 0 else ""
    if not (
        _INTRO.search(src.norm[max(src.body_start, opening - 60) : opening])
        or _SALUTATION.match(src.norm, opening + 1)  # "Dear President, ..."
        or _SIGNED.match(after)  # '...," the message reads.' / '," the President wrote.'
    ):
        return None
    written = [c for c in out.communications if c.kind in ("letter", "message", "telegram") and c.span[0] < opening]
    intro = _INTRO.search(src.norm[max(src.body_start, opening - 60) : opening])
    if intro is not None and intro.group().lower().startswith(("saying", "writing", "stating", "reading")):
        # "X sent a message, writing: '...'": that sentence's message ("X posted on X, writing:" is none)
        written = [c for c in written if c.span[0] <= opening < c.span[1]]
    return written[-1].senders[0] if written and written[-1].senders else None


_OPENS = re.compile(r"(?:^|\n)\s*" + _ADDRESS + r"\b[^\n\"]{0,80}[:,!]\s*\n")
"""A salutation on a line of its own: a letter reproduced without quotation marks opens."""

_CLOSES = re.compile(
    r"\n\s*(?:(?:With |Yours |Most )?(?:Fraternally|Sincerely|Respectfully|Faithfully|Cordially|best regards|"
    r"respect|highest (?:esteem|consideration)|warm regards|Regards)\b[^\n]{0,40}[,.]?|Yours)\s*\n",
    re.I,
)
"""A valediction on a line of its own: the reproduced letter ends."""

_ENDED = re.compile(r"\b(?:highest|high|utmost) (?:consideration|esteem)\b[^\n]{0,20}(?=\n)")
"""The formula a letter's last paragraph ends on ("... the assurances of my highest
consideration."), with no valediction after it: the reproduced letter ends there."""


def _unquoted_writer(src: Source, out: Extraction, pos: int) -> Entity | None:
    """The writer of a letter reproduced without quotation marks ("We reproduce the full text
    below:", "Dear Comrade X:", ..., "Fraternally,"), where ``pos`` lies between its salutation
    and its valediction: the sender of the latest letter, message or telegram read before it."""
    opened = next(reversed(list(_OPENS.finditer(src.norm, src.body_start, pos))), None)
    if opened is None or _CLOSES.search(src.norm, opened.end() - 1, pos) or _ENDED.search(src.norm, opened.end(), pos):
        return None
    written = [
        c for c in out.communications if c.kind in ("letter", "message", "telegram") and c.span[0] < opened.start()
    ]
    if written:
        return written[-1].senders[0] if written[-1].senders else None
    return _named_writer(src, out, opened.start())


_WROTE = re.compile(r"\b([A-Z][\w'-]+),? (?:wrote|writes|said|says|stated)(?: (?:in part|as follows|in full))?:\s*$")
"""The line that brings a letter in, naming its writer ("..., Dr Boko wrote:")."""


def _named_writer(src: Source, out: Extraction, at: int) -> Entity | None:
    """Where the report told of no letter before the one reproduced at ``at`` (only that its
    writer congratulated someone), the one the line before it names as writing, among those who
    acted in the report so far."""
    said = _WROTE.search(src.norm, max(src.body_start, at - 200), at)
    if said is None:
        return None
    acted = [a.agent for a in out.acts if a.span[0] < at and a.agent.kind == "person"]
    surname = bare_surname(said.group(1))  # ("Dr al-Sisi wrote:" of Abdel-Fattah El-Sisi)
    return next((e for e in reversed(acted) if bare_surname(e.label.split(" ")[-1]) == surname), None)


_PARAGRAPH = re.compile(r"[^\n]+")


def letter_quotes(src: Source, out: Extraction) -> None:
    """A message reproduced whole across paragraphs, its quotation mark opening the first and
    closing the last ('"Your Excellency, ... \\n ... President of Serbia"'): one quotation, its
    writer's; likewise a letter reproduced without quotation marks, from its salutation on.
    (Quotations within one paragraph are read sentence by sentence.)"""
    opening: int | None = None
    for para in _PARAGRAPH.finditer(src.norm, src.body_start, src.body_end):
        line = para.group().strip()
        odd = line.count('"') % 2 == 1
        if opening is None:
            if odd and line.startswith('"'):
                opening = para.start() + para.group().index('"') + 1
            continue
        if not odd:
            continue  # a paragraph of the message (its own quotations paired)
        if line.endswith('"'):
            closing = para.start() + para.group().rindex('"')
            _quoted(src, out, writer(src, out, opening), opening, closing)
        opening = None  # (a mark that closes nothing here: no message reproduced)
    for opened in _OPENS.finditer(src.norm, src.body_start, src.body_end):
        # a letter reproduced without quotation marks: its words from its salutation to its
        # valediction (or the report's end); not a salutation inside a quoted letter
        closed = _CLOSES.search(src.norm, opened.end() - 1, src.body_end)
        start, end = opened.start(), closed.start() if closed is not None else src.body_end
        ended = _ENDED.search(src.norm, opened.end(), end)
        end = ended.end() if ended is not None else end
        if src.norm.count('"', src.body_start, start) % 2 == 0 and '"' not in src.norm[start:end]:
            _quoted(src, out, _unquoted_writer(src, out, opened.end()), start, end)


def _quoted(src: Source, out: Extraction, who: Entity | None, start: int, end: int) -> None:
    """The writer's words between ``start`` and ``end``, white space at either end left out."""
    raw = src.text[start:end]
    start += len(raw) - len(raw.lstrip())
    text = raw.strip()
    if who is not None and text:
        out.quotes.append(Quote(who, text, (start, start + len(text))))
