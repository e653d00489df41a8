"""Days as reports print them: header dates, datelines, bylines and time stamps.

>>> byline_day("Published: Friday | October 31, 2025 | 12:10 AM", None)
datetime.date(2025, 10, 31)
>>> byline_day("18.11.2025 - Press release", None), byline_day("12:40, 6 December 2025", None)
(datetime.date(2025, 11, 18), datetime.date(2025, 12, 6))
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from diplograph.read.facts import Extraction
    from diplograph.read.text import Source

MONTHS = (
    {
        m: i
        for i, m in enumerate(
            "january february march april may june july august september october november december".split(), 1
        )
    }
    | {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
    | {"sept": 9}
)
"""Month names, in full and as datelines shorten them ("Oct 4", "Sept. 12")."""


def parse_day(text: str) -> date | None:
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+),? (\d{4})", text.strip())
    if m and m.group(2).lower() in MONTHS:
        try:
            return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        except ValueError:
            return None
    return None


def dateline_day(body: str, published: date | None) -> date | None:
    """The date of a dateline such as "DUSHANBE, 20.03.2025", "MOSCOW, May 17." or
    "BISHKEK, 25 June", read with the report's year where the line has none; months may be
    shortened as agencies do.

    >>> dateline_day("DHAKA, Oct 4, 2025 (BSS) - President X met Y.", date(2025, 10, 4))
    datetime.date(2025, 10, 4)
    >>> dateline_day("WASHINGTON, Sept. 12 (Reuters) - X met Y.", date(2025, 9, 13))
    datetime.date(2025, 9, 12)
    >>> dateline_day("Montréal, 11 February 2025 – X met Y today.", date(2025, 2, 12))
    datetime.date(2025, 2, 11)
    >>> dateline_day("GIS – 11 February 2025: X met Y this morning.", date(2025, 2, 12))
    datetime.date(2025, 2, 11)
    >>> dateline_day("ACCRA, 3rd March, 2025 (GNA) -- X met Y.", date(2025, 3, 4))
    datetime.date(2025, 3, 3)
    """
    months = "|".join(MONTHS)
    # (letters of any Latin script: "Montréal, 11 February 2025 -", "Asunción, 3 May")
    # (or an agency's name and a dash: "GIS – 12 June 2025:")
    place = (
        r"^[ \t]*[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['.-])+(?: (?:[^\W\d_]|['.-])+){0,3}(?:,(?: [A-ZÀ-ÖØ-Þ][^\W\d_]+,)?| [–—-]) "
    )
    for line in body.splitlines()[:8]:
        m = re.match(place + r"(\d{1,2})\.(\d{1,2})\.(\d{4})\b", line)
        if m:
            return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        year = published.year if published else None
        m = re.match(place + rf"({months})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b", line, re.I)
        if m and year:
            return _safe_date(year, MONTHS[m.group(1).lower()], int(m.group(2)))
        m = re.match(place + rf"(\d{{1,2}})(?:st|nd|rd|th)? ({months})\.?\b", line, re.I)  # ("16th December, 2021")
        if m and year:
            return _safe_date(year, MONTHS[m.group(2).lower()], int(m.group(1)))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def iso_day(value: str) -> date | None:
    try:
        return datetime.strptime(value.strip(), "%Y-%m-%d").date()
    except ValueError:
        return None


WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
"""The days of the week, in lower case and in their order (Monday first, as ``date.weekday``)."""
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_FORMS = (
    re.compile(rf"\b(?P<d>\d{{1,2}}) (?P<m>{_MONTH})\.?,? (?P<y>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<m>{_MONTH})\.? (?P<d>\d{{1,2}}),? (?P<y>\d{{4}})\b", re.I),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})([./])(?P<m>\d{1,2})\2(?P<y>\d{4})\b"),
)


def byline_day(body: str, published: date | None) -> date | None:
    """The day of a report's byline or time stamp: a short line before the story that holds
    a full date ("Published 16 June 2025", "12:40, 6 December 2025", "Agency | 23.11.2025 -
    Update", "By X | Tuesday 10/03/2026 | 5:42 pm"). A date in figures is read day first,
    unless only month first is a date or gives the report's own date."""
    for line in body.splitlines()[:10]:
        words = line.split()
        if not words or len(line) > 100 or len(words) > 14 or re.search(r"[a-z]{2}[.!?\"]\s*$", line):
            continue
        for form in _DAY_FORMS:
            m = form.search(line)
            if m is None:
                continue
            y, mo, d = int(m["y"]), m["m"], int(m["d"])
            month = int(mo) if mo.isdigit() else MONTHS[mo.lower()]
            day = _safe_date(y, month, d)
            swapped = _safe_date(y, d, month) if mo.isdigit() else None
            if swapped is not None and (day is None or (swapped == published and day != published)):
                day = swapped
            if day is not None:
                return day
    return None


def visit_date(src: Source, clause: str, sentence: str) -> date | None:
    """The day of a visit's arrival: the clause's day, "yesterday" against the sentence's."""
    base = event_date(src, sentence, relative=False) or src.published
    if base and re.search(r"\b(?:last night|yesterday|the day before|the previous day|on the eve)\b", clause, re.I):
        return base - timedelta(days=1)
    return event_date(src, clause) or event_date(src, sentence)


# "on 4 July", "On August 27th, 2024", "on the 3rd of September 2023": an event's day in the text
# (and "on the evening of September 2")
_PART = r"(?:the (?:morning|afternoon|evening|night) of )?"
_DAY_MONTH = re.compile(
    rf"\b[Oo]n {_PART}(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH})\.?(?: (\d{{4}}))?\b", re.I
)
_MONTH_DAY = re.compile(rf"\b[Oo]n {_PART}({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?:, (\d{{4}}))?\b", re.I)


def event_date(src: Source, text: str, *, relative: bool = True) -> date | None:
    """The day of an event where the text gives it: "on 4 July", "On 14 February 2025", "on
    Friday" (against the report's date), "today" ("this morning", "this evening") and "yesterday"
    where the text itself is dated.

    >>> from diplograph.read.text import parse_report
    >>> src = parse_report("x", "date: 2024-08-31\\n\\nText.")
    >>> event_date(src, "On August 27th, X met Y"), event_date(src, "on the 3rd of September 2023")
    (datetime.date(2024, 8, 27), datetime.date(2023, 9, 3))
    """
    pub = src.published
    m = _DAY_MONTH.search(text) or _MONTH_DAY.search(text)
    if m and (pub or m.group(3)):
        day, month = (m.group(1), m.group(2)) if m.group(1).isdigit() else (m.group(2), m.group(1))
        year = int(m.group(3)) if m.group(3) else pub.year if pub else 0
        try:
            return date(year, MONTHS[month.lower()], int(day))
        except ValueError:
            return None
    # "received this Tuesday", and as some agencies write it, "agreed Tuesday"
    m = re.search(r"\b(?:[Oo]n|[Tt]his|[a-z]{2,}ed) (" + "|".join(WEEKDAYS) + r")\b", text, re.I)
    if m and pub:
        back = (pub.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7
        return pub - timedelta(days=back)
    if (
        relative
        and re.search(r"\b(?:today|the same day|this (?:morning|afternoon|evening))\b", text, re.I)
        and src.dated
    ):
        return src.dated
    if relative and re.search(r"\byesterday\b", text, re.I) and src.dated:
        return src.dated - timedelta(days=1)
    return None


def before_report(src: Source, phrase: str) -> bool:
    """The phrase dates what it names, within its first words, to a month or year before the
    report's ("a visit to Moscow in May 2024", "met in 2019", "visit to Lima in March").

    >>> from diplograph.read.text import parse_report
    >>> src = parse_report("x", "date: 2025-08-19\\n\\nText.")
    >>> before_report(src, "visit to Tashkent in May 2024"), before_report(src, "visit in August 2025")
    (True, False)
    >>> before_report(src, "met in March, the two"), before_report(src, "met to review the accord signed in 2019")
    (True, False)
    >>> before_report(src, "last met in October"), before_report(src, "met in August, the two")
    (True, False)
    >>> before_report(src, "visit since taking office in October")
    False
    """
    if src.published is None:
        return False
    # (not a date of something else: "her first visit since taking office in October")
    m = re.match(rf"(?:(?!since\b|after\b)[^\s,;.]+\s+){{0,4}}?in (?:({_MONTH})\b ?)?((?:19|20)\d\d)?\b", phrase, re.I)
    if m is None or not (m.group(1) or m.group(2)):
        return False
    month = MONTHS[m.group(1).lower()] if m.group(1) else 12
    if not m.group(2):  # "in March": of the report's year; "met in October" in a March report: the last
        return month != src.published.month
    return (int(m.group(2)), month) < (src.published.year, src.published.month)


_SUBCLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "pcomp")


def in_past_clause(src: Source, doc: Doc, at: int) -> bool:
    """The clause a contact's word stands in dates it before the report, wherever the date
    stands in it ("visited Tokyo in August for talks with ..."), or names its party by a post
    held "then" ("talks with then Prime Minister X"); clauses hung on its words are left out."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    inner = {
        t.i
        for c in verb.subtree
        if (c.dep_ in _SUBCLAUSES or c.lower_ in ("since", "after", "before", "until"))
        and c is not verb
        and tok not in c.subtree
        for t in c.subtree
    }
    words = [t for t in verb.subtree if t.i not in inner]
    if any(t.lower_ == "then" and t.head.pos_ == "PROPN" and t.i < t.head.i for t in words):
        return True
    if any(t.lower_ in WEEKDAYS and t.head.lower_ == "on" and t.head.head == verb for t in words):
        # "received on Wednesday a letter ... on the coup attempt in December": dated this week,
        # whatever else the clause dates
        return False
    if _past(src, " ".join(t.text for t in words)):
        return True
    # "the meeting held in Tokyo last November, when X visited Japan": the time of what it hangs on
    # "... travelled to Egypt in December 2024 for the summit in Cairo, where he met X": of the clause too
    text = " ".join(t.text for t in words)
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "The turning point came in March 2025, ... and the two met again weeks later": a joined
        # clause of no date of its own takes the time of the clause it is joined to
        own = {t.i for t in verb.subtree}
        verb = verb.head
        own |= {t.i for c in verb.children if c.dep_ in _SUBCLAUSES for t in c.subtree}
        if event_date(src, text) is None and _past(src, " ".join(t.text for t in verb.subtree if t.i not in own)):
            return True
    if verb.dep_ in ("relcl", "advcl") and _relative(verb):
        own = {t.i for t in verb.subtree}
        anchor = verb.head.head if verb.head.dep_ == "pobj" else verb.head  # "in August, when ...": "in August"
        root = verb.sent.root
        return any(_past(src, " ".join(t.text for t in a.subtree if t.i not in own)) for a in (anchor, root))
    return False


_DOCUMENTS = frozenset(
    {"agreement", "treaty", "partnership", "memorandum", "pact", "accord", "declaration", "communique", "protocol"}
    | {"convention", "charter", "deal", "statement", "roadmap", "plan", "programme", "program", "arrangement"}
)
"""The head words of what is signed: a verb of signing with one as its subject tells of it."""


def recalled_relative(src: Source, verb: Token) -> bool:
    """An act in a relative clause or a past participle on a thing that dates it before the
    report ("the pact that X and Y signed in Canberra last October", "the partnership signed
    between A and B in January 2025"); not "X, who praised ... last month", nor what a message
    says ("a message in which he congratulated ...")."""
    from diplograph.read.triggers import MEDIA_NOUNS

    participle = verb.dep_ == "acl" and verb.tag_ == "VBN"
    # (the parser may make the thing the participle's subject: "the partnership signed ... in
    # January 2025 had opened ...")
    participle = participle or (
        verb.dep_ == "csubj" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children)
    )
    # or the document it signs: "noting that the Partnership signed between A and B in January
    # 2025 had opened ...", "the Treaty of Friendship signed in 1962"
    participle = participle or any(c.dep_ == "nsubj" and c.lemma_.lower() in _DOCUMENTS for c in verb.children)
    if not (verb.dep_ == "relcl" or participle) or verb.head.lemma_.lower() in MEDIA_NOUNS:
        return False
    if any(c.lower_ in ("who", "whom") for c in verb.children):
        return False
    inner = {t.i for c in verb.subtree if c.i != verb.i and c.dep_ in _SUBCLAUSES for t in c.subtree}
    return _past(src, " ".join(t.text for t in verb.subtree if t.i not in inner))


def recalled_when(src: Source, doc: Doc, at: int) -> bool:
    """A word in a "when" clause of a contact the report recalls ("The two ministers last met
    in Bratislava in October, when they agreed to ..."): what was done then."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verbs = [a for a in [span[0], *span[0].ancestors] if a.pos_ in ("VERB", "AUX")][:3]
    # the act's own clause, or the one its infinitive serves ("when X called Y to congratulate him"),
    # dated in the clause itself or in the one it hangs on ("had last spoken in December, when ...")
    when = next((v for v in verbs if v.dep_ in ("relcl", "advcl") and _relative(v, where=False)), None)
    return when is not None and (in_past_clause(src, doc, at) or in_past_clause(src, doc, when.head.idx))


def _relative(verb: Token, *, where: bool = True) -> bool:
    """A clause that tells what went on at a time or place named before it: "when ...", "where
    ...", "during which ..." ("Y's visit to Cairo in October, during which the two signed ...")."""
    words = ("when", "where") if where else ("when",)
    return any(c.lower_ in words for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("during", "at") and any(o.lower_ == "which" for o in c.children)
        for c in verb.children
    )


def _past(src: Source, text: str) -> bool:
    if re.search(rf"\blast (?:year|month|week|{_MONTH})\b|\bearlier this (?:year|month)\b", text, re.I):
        return True
    return any(before_report(src, text[m.start() :]) for m in re.finditer(r"\b[Ii]n\b", text))


def own_day(src: Source, doc: Doc, at: int) -> date | None:
    """The day the clause of a contact's word gives, without the clauses hung on its names
    ("X received today Y, who arrived on Monday"): today, not Monday."""
    tok = next((t for t in doc if t.idx == at), None)
    if tok is None:
        return None
    dated = next((c for c in tok.children if c.dep_ == "acl" and c.lower_ == "dated"), None)
    if dated is not None:  # "a letter dated October 27": that day
        day = event_date(src, "on " + " ".join(t.text for t in dated.subtree if t != dated).replace(" ,", ","))
        if day is not None:
            return day
    verb = tok.head if tok.pos_ == "NOUN" and tok.head.pos_ in ("VERB", "AUX") else tok
    inner = {
        t.i for c in verb.subtree if c.dep_ in ("relcl", "acl", "advcl", "ccomp") and c is not verb for t in c.subtree
    }
    # (nor a second clause that left the verb out: "met X on Tuesday, and on Wednesday Y")
    inner |= {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for t in c.subtree}
    words = " ".join(t.text for t in verb.subtree if t.i not in inner)
    return None if "same day" in words else event_date(src, words)  # "the same day": the sentence's


def clause_free_day(src: Source, doc: Doc, start: int, end: int, at: int) -> date | None:
    """The day the sentence gives outside the relative clauses on another thing or on a person
    ("X, on a visit that began on Sunday, held talks with Y", "X, who arrived on Sunday, ...":
    not Sunday); a clause on the contact's own word stays ("The talks, which took place on
    Monday, ..."), and one the parser hung on a name ("Talks between X and Y of Kenya, which
    took place on Monday")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return event_date(src, src.norm[start:end])
    inner = {
        t.i
        for c in span
        if c.dep_ == "relcl"
        and c.head.idx != at
        and (_other_thing(c.head) or any(w.lower_ in ("who", "whom") for w in c.children))
        and not any(t.idx == at for t in c.subtree)
        for t in c.subtree
    }
    return event_date(src, " ".join(t.text for t in span if t.i not in inner))


def _other_thing(tok: Token) -> bool:
    """A common noun that names no contact held that day: not "talks" or "meeting", but "a
    visit" (dated by its arrival) and all else."""
    from diplograph.read.triggers import grammar

    g = grammar()
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in g.visit_nouns or lemma not in g.nouns)


def same_day(text: str, out: Extraction) -> date | None:
    """ "On the same day", "later that day": the day of the last dated communication that is not
    a visit, where there is one ("arrived on March 9 ... held talks on March 10 ... On the same
    day, X met Y": the talks'); "earlier in the day" never an arrival's (what came before it
    happened at home)."""
    earlier = re.search(r"\bearlier (?:in the day|that day|(?:on )?the same day)\b", text, re.I)
    if earlier is None and not _SAME_DAY.search(text):
        return None
    dated = [c for c in reversed(out.communications) if c.date]
    day = next((c.date for c in dated if c.kind != "visit"), None)
    if day is None and earlier is None and dated:
        return dated[0].date  # only an arrival is dated: "arrived on Monday; later that day ..."
    return day


_SAME_DAY = re.compile(
    r"\b(?:the same day|that (?:day|morning|afternoon|evening|night)|the same (?:morning|afternoon|evening)"
    r"|later (?:in the day|that day|on the same day))\b",
    re.I,
)


_ONLY_WHEN = re.compile(
    rf"(?:on )?(?:the same day|the day|that day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    rf"(?: (?:morning|afternoon|evening|night))?|(?:\d{{1,2}} )?(?:{_MONTH})(?: \d{{1,2}})?(?:,? \d{{4}})?)",
    re.I,
)


def only_when(text: str) -> bool:
    """A phrase that says only when ("the same day", "Monday", "12 June"): no topic of an act
    ("congratulated each other on the same day")."""
    return _ONLY_WHEN.fullmatch(text.strip()) is not None
