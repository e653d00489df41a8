"""Where a report speaks from: the state of its dateline's place, and the state whose news agency
wrote it ("BISHKEK. KAZINFORM -": datelined in Kyrgyzstan, Kazakhstan's agency)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.patterns import UPPER
from diplograph.read.text import Source

_LEAD_LINES = 8
"""How many of a body's first lines hold its dateline, byline or agency credit."""


@cache
def _places() -> dict[str, Entity]:
    """State names and cities, lower-cased and without accents, to the state (datelines are
    often in capitals, and accented or not: "Brasília", "BRASILIA")."""
    lex = lexicon()
    return {_key(k): e for k, e in [*lex.cities.items(), *lex.names.items()] if e.kind == "state"}


def _key(place: str) -> str:
    return unicodedata.normalize("NFKD", place.strip().rstrip(".")).encode("ascii", "ignore").decode().lower()


_PLACE = rf"{UPPER}[\w'-]+"


def home_state(src: Source) -> Entity | None:
    """The state of the report's dateline place ("KUWAIT, Dec 2 (KUNA) --", "RIYADH, ..."), the
    country an office named without one most likely belongs to."""
    places = _places()
    for line in _lead_lines(src):
        # "ISLAMABAD:", "NEW YORK. KAZINFORM –", "MALÉ, ...", and a place in capitals on a line of its own
        m = re.match(rf"\s*({_PLACE}(?: {_PLACE}){{0,2}}?)(?:,| \(| -| –| ?—|\. [A-Z]|:)", line)
        if m and line[m.end() - 1] == ":" and not m.group(1).isupper() and m.end() < len(line.rstrip()) - 40:
            m = None  # "Central African Republic: Head of State congratulates ...": a headline's topic, no dateline
        m = m or (re.fullmatch(rf"\s*({_PLACE}(?: {_PLACE}){{0,2}})\s*", line) if line.strip().isupper() else None)
        # or the place after the date: "18 December 2023, Budapest"
        m = m or re.match(r"\s*\d{1,2} [A-Z][a-z]+ \d{4},? ([A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){0,2})\s*$", line)
        if m and _key(m.group(1)) in places:
            return places[_key(m.group(1))]
        # a byline's fields: "Special Correspondent | KATHMANDU | Updated: July 10, 2025", "By X, Dar es Salaam"
        fields = line.split("|")[1:] if "|" in line else []
        fields += [line.rsplit(",", 1)[1]] if line.startswith("By ") and "," in line else []
        field = next((f for f in fields if _key(f) in places), None)
        if field is not None:
            return places[_key(field)]
    return None


def _lead_lines(src: Source) -> list[str]:
    """The body's first lines, where a dateline, byline or agency credit stands."""
    return src.norm[src.body_start : src.body_end].splitlines()[:_LEAD_LINES]


def agency_state(src: Source) -> Entity | None:
    """The state of the news agency credited in the report's first lines ("(KUNA)", "ASTANA.
    KAZINFORM", "Saudi Press Agency"): ``agency_states`` in ``ingest/references.yaml``."""
    m = _agencies().search("\n".join(_lead_lines(src)))
    if m is None:
        return _publisher_state(src)
    codes = _agency_codes()
    return lexicon().states.get(codes.get(m.group()) or codes[m.group().lower()])


def _publisher_state(src: Source) -> Entity | None:
    """The state whose government publishes the report, named on a line of its own among the
    first ("Government of Timor-Leste", "Ministry of Foreign Affairs of Japan", "Fijian
    Government"): its own leader is who the report is about, wherever it is datelined."""
    for line in _lead_lines(src):
        m = _publishers().fullmatch(line.strip())
        if m is not None and (state := lexicon().names.get(m.group("of") or m.group("own"))) is not None:
            return state if state.kind == "state" else None
    return None


@cache
def _publishers() -> re.Pattern[str]:
    """A government's publishing office, as a press page's header names it (``publisher_offices``
    and ``publisher_after_state`` in ``ingest/references.yaml``)."""
    refs = lexicon().references
    offices = "|".join(refs["publisher_offices"])
    after = "|".join(map(re.escape, refs["publisher_after_state"]))
    return re.compile(
        rf"(?:The )?(?:{offices}) of (?:the )?(?P<of>[A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,4}})"
        rf"|(?:The )?(?P<own>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:{after})"
    )


@cache
def _agency_codes() -> dict[str, str]:
    """Agencies' names to their states' codes: those in capitals as written, others lower-cased."""
    return {k if k.isupper() else k.lower(): v for k, v in lexicon().references["agency_states"].items()}


@cache
def _agencies() -> re.Pattern[str]:
    """Agencies' names: those in capitals as written, others in any case, whole words."""
    names = sorted(lexicon().references["agency_states"], key=len, reverse=True)
    forms = [re.escape(n) if n.isupper() else f"(?i:{re.escape(n)})" for n in names]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])")
