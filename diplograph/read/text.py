"""Reading reports: checks on raw input, metadata, a same-length normalised copy, sentences.

Offsets are code points into the text as read, so every evidence span can be checked
against the stored text.

>>> src = parse_report("x", " date 2025-03-11 Alpha met Beta.\\n\\nHeadline\\n")
>>> src.published.isoformat(), src.norm[src.body_start:src.body_end].strip()
('2025-03-11', 'Alpha met Beta.\\n\\nHeadline')
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from diplograph.errors import BadInput
from diplograph.read.dates import byline_day, dateline_day, iso_day, parse_day
from diplograph.read.quotemarks import single_as_double

MAX_BYTES = 2_000_000
"""Reports are short; anything larger than this is refused rather than half read."""
MAX_CHARS = 1_000_000
"""The most characters the language layer parses at once (spaCy's ``max_length``); a longer
text is refused here rather than failing inside the parser."""

# One-to-one replacements only, so offsets in the normalised copy equal offsets in the text.
_NORMALISE = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u2032": "'",
        "\u2013": "-",
        "\u2011": "-",
        "\u2010": "-",
        "\u00a0": " ",
    }
)
_LOOSE_DASH = re.compile(r"(?<![^\W\d_])\u2014|\u2014(?![^\W\d_])")
"""An em dash not set close between two words: a hyphen like the others. One set close stays a
dash, not a hyphen that would join the words ("PARIS\u2014Foreign Minister X")."""


_CRUMBS = re.compile(r"(?m)^[^\n\u00ab\u00bb\"]{1,40}(?: \u00bb [^\n\u00ab\u00bb\"]{1,40})+$")
"""A line of page furniture whose items a guillemet separates ("Home \u00bb Politics"): no
quotation marks there."""


def _normalise(text: str) -> str:
    """The text with quotes, dashes and spaces in one form each, of the same length."""
    text = _CRUMBS.sub(lambda m: m.group().replace("\u00bb", ">"), text)
    return _LOOSE_DASH.sub("-", text.translate(_NORMALISE))


_ENGLISH = frozenset(
    "the of and to in a on for with that is was has have by at as his her its from this which "
    "be are were an their it he she also two will said".split()
)


@dataclass(frozen=True)
class Source:
    """A report ready for extraction."""

    doc_id: str
    text: str
    norm: str
    body_start: int
    body_end: int
    published: date | None
    publisher: str | None
    url: str | None
    dated: date | None  # a date the text itself gives (dated dateline, byline stamp, source tag)
    sha256: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    quotes: tuple[tuple[int, int], ...]  # quotation spans (inner text) inside the sentence


def read_input(path: Path) -> str:
    """The text of one report file, or BadInput naming the file and what is wrong."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadInput(f"{path}: is a directory") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot read ({exc.strerror})") from None
    return check_bytes(str(path), data)


def check_id(name: str, doc_id: str) -> str:
    """A document id (a file's stem, or ``--id``) as Unicode text without control characters:
    a file name's undecodable bytes or a line break are refused, naming the input.

    >>> check_id("<stdin>", "two\\nlines")
    Traceback (most recent call last):
    diplograph.errors.BadInput: <stdin>: document id 'two\\nlines' is not text (control characters or not UTF-8)
    """
    if _NOT_TEXT.search(doc_id):
        raise BadInput(f"{name}: document id {doc_id!r} is not text (control characters or not UTF-8)")
    return doc_id


_NOT_TEXT = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def check_bytes(name: str, data: bytes) -> str:
    """Decode and vet raw input: refuse empty, huge, binary and non-English text."""
    if len(data) > MAX_BYTES:
        raise BadInput(f"{name}: {len(data)} bytes is larger than the {MAX_BYTES}-byte limit for one report")
    if b"\x00" in data:
        raise BadInput(f"{name}: binary data (NUL bytes), not a text report")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{name}: not UTF-8 text (bad byte at offset {exc.start})") from None
    if len(text) > MAX_CHARS:
        raise BadInput(f"{name}: {len(text)} characters is more than the {MAX_CHARS}-character limit for one report")
    if not text.strip():
        raise BadInput(f"{name}: empty report")
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) >= 8 and sum(w in _ENGLISH for w in words) / len(words) < 0.05:
        raise BadInput(f"{name}: does not look like English text")
    if not words:
        raise BadInput(f"{name}: no words in the report")
    return text


_SHOUT = re.compile(
    r"(?m)^(?:[^\n]{0,40}?(?: [-\u2013\u2014]|:|\)) )?((?:[A-Z][A-Z]+ ){0,3}[A-Z][A-Z]+)(?= (?:[A-Z][a-z]|[a-z]))"
)


def _unshouted(norm: str, start: int, end: int) -> str:
    """A paragraph opened in capitals ("PRESIDENT Emmerson Mnangagwa has ...", "INDIAN Prime
    Minister ...", "PRIME MINISTER Mia Mottley", after a dateline too): the words as a title or
    demonym are written elsewhere, so names and posts read the same (same length: offsets do
    not move)."""
    for m in _SHOUT.finditer(norm, start, end):  # (over the text as given: the offsets stay)
        words = [w[0] + w[1:].lower() for w in m.group(1).split(" ")]
        if all(w in _shouted_words() for w in words):
            norm = norm[: m.start(1)] + " ".join(words) + norm[m.end(1) :]
    return norm


@cache
def _shouted_words() -> frozenset[str]:
    """The words a paragraph may open with in capitals: those of titles, demonyms, articles."""
    from diplograph.read.lexicon import lexicon  # (rdflib's import waits for the first report read)

    lex = lexicon()
    words = {w for t in lex.titles for w in t.split(" ") if w[:1].isupper()} | set(lex.demonyms)
    return frozenset(words | {"The", "His", "Her", "Their", "In", "On", "At", "A", "An"})


def parse_report(doc_id: str, text: str) -> Source:
    """Metadata and body bounds: header lines, a leading date token, a trailing source tag."""
    norm = single_as_double(_normalise(text))
    start, end = 0, len(text)
    published: date | None = None
    publisher: str | None = None
    url: str | None = None
    header = re.compile(r"[ \t]*(url|date):[ \t]*(.*)\r?\n")
    while m := header.match(norm, start):
        key, value = m.group(1), m.group(2).strip()
        start = m.end()
        if key == "url" and value and value != "composed" and _is_iri(value):  # else not a link: the text keeps it
            url = value
        elif key == "date":
            published = iso_day(value) or published
    m = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})\b", norm[start:])
    if m:
        published = iso_day(m.group(1)) or published
        start += m.end()
    tag = re.search(r"/{2,}\s*([^,\n/]{1,40}),\s*(\d{1,2} [A-Za-z]+ \d{4})\s*$", norm)
    if tag:
        publisher = tag.group(1).strip()
        published = published or parse_day(tag.group(2))
        end = tag.start()
    dated = parse_day(tag.group(2)) if tag else None
    tail = _TAIL.search(norm, start, end)
    if tail is not None and _PROSE.search(norm, start, tail.start()):
        end = tail.start()  # "Related news", "Read more": other stories' headlines follow
    dated = byline_day(norm[start:end], published) or dated
    line = dateline_day(norm[start:end], published)
    dated = line or dated
    published = published or dated
    norm = _unshouted(norm, start, end)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Source(doc_id, text, norm, start, end, published, publisher, url, dated, sha)


_TAIL = re.compile(
    r"(?im)^[ \t]*(?:related(?: news| articles?| stories| posts| content| links)?|read (?:also|more)|also read|see also"
    r"|more (?:news|stories|on this(?: topic| story)?)|latest (?:news|stories)|most (?:read|popular)"
    r"|recommended(?: for you)?|you (?:may|might) also like|top stories|other news)[ \t]*:?[ \t]*$"
)
"""A heading after which a page lists other stories: the report ends before it."""
_ASIDE_LINK = re.compile(r"\s*(?:read (?:also|more)|also read|related|see also)\s*:", re.I)
_PROSE = re.compile(r"[a-z][.!?\"]\s*$", re.M)


def _is_iri(value: str) -> bool:
    """An absolute IRI the store accepts.

    >>> _is_iri("https://example.org/a?b=1"), _is_iri("example.org/a"), _is_iri("http://a b")
    (True, False, False)
    """
    try:
        ox.NamedNode(value)
    except ValueError:
        return False
    return True


ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr St No Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Gen Col Prof Ma Mme Hon Amb Sen Gov "
    "Rev Lt Maj Capt Brig Adm Md Mohd Muh Eng Engr Adv Smt Rt".split()
)
"""Words shortened with a full stop that ends no sentence ("Ms. Ma. Theresa Lazaro", "Gen. X")."""
_ABBREV = re.compile(rf"(?:\b(?:{'|'.join(sorted(ABBREVIATIONS))})|\b[A-Z])\.$")
_REGNAL = re.compile(r"\b(?:King|Queen|Pope|Emperor|Sultan|Emir|Amir|Grand Duke|Tsar) [A-Z][\w-]+ [IVX]\.$")
"""A monarch's numeral ("on behalf of King Harald V."): a sentence may end after it, unlike an initial."""


LIST_ITEM = re.compile(r"\s*(?:[-\u2013\u2022*]|\d{1,2}[.)]) (?=\S)")
"""A list's item mark: "- ", "\u2013 ", "\u2022 ", "* ", "3. "."""
SIGNATORY = re.compile(r"\s*(?:Senator |Rt\.? )?(?:[Tt]he )?Hon(?:ourable|\.)? (?=[A-Z][a-z])")
"""A minister's line in a government release's masthead: "The Hon Anthony Albanese MP", "Senator
the Hon X, Minister for Foreign Affairs", "Hon X" (its post on the line before or after)."""
_POST_LINE = re.compile(r"(?:[A-Z][\w'-]*|for|of|and|the)(?: (?:[A-Z][\w'-]*|for|of|and|the)){0,7}")


def sentences(src: Source) -> list[Sentence]:
    """Prose sentences of the body; lines without closing punctuation (headlines, bylines,
    tag lists, "Follow us") are not prose and are left out. A line that opens a list ("The
    credentials were presented by:") or is an item of one ("- Ambassador X of Y;") is prose."""
    out: list[Sentence] = []
    in_list = False
    for para in re.finditer(r"[^\n]+", src.norm[src.body_start : src.body_end]):
        p0 = src.body_start + para.start()
        ptext = para.group().rstrip()
        if not ptext.strip():
            continue
        item = in_list and LIST_ITEM.match(ptext) is not None  # "3. Kingdom of the Netherlands – Ambassador X"
        in_list = ptext.endswith(":") or item
        if SIGNATORY.match(ptext) and len(ptext.split()) < 25:  # who issues the release, and their posts
            out.append(_signatory(src.norm, p0, p0 + len(ptext)))
            continue
        if not re.search(r"[.!?\":;]\s*$", ptext) and len(ptext.split()) < 15 and not item:
            continue  # (":" and ";" open and end lists)
        if _ASIDE_LINK.match(ptext):  # "Read also: X met Y": another story's headline
            continue
        quotes = _quote_spans(ptext)  # in order and disjoint: found by bisection, so a long line stays linear
        starts, ends = [q0 for q0, _ in quotes], [q1 for _, q1 in quotes]
        cuts = [0]
        for m in re.finditer(r"[.!?]\"?(?=\s+[\"A-Z0-9(])", ptext):
            end = m.end()
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and m.start() < ends[i] and not ptext[end - 1] == '"':
                continue
            if _ABBREV.search(ptext, max(0, m.start() - 8), m.start() + 1) and not _REGNAL.search(
                ptext, max(0, m.start() - 40), m.start() + 1
            ):  # the last word only: linear
                continue
            if item and ptext[: m.start()].strip().isdigit():
                continue  # a list item's number
            cuts.append(end)
        cuts.append(len(ptext))
        for a, b in itertools.pairwise(cuts):
            seg = ptext[a:b]
            lead = len(seg) - len(seg.lstrip())
            s0, s1 = p0 + a + lead, p0 + a + len(seg.rstrip())
            if s1 > s0:
                inside = quotes[bisect.bisect_left(starts, s0 - p0) : bisect.bisect_right(ends, s1 - p0)]
                qs = tuple((p0 + q0, p0 + q1) for q0, q1 in inside)
                out.append(Sentence(s0, s1, qs))
    return out


def signatory(norm: str, s: Sentence) -> bool:
    """A sentence that is a release's signatory line (see :func:`sentences`)."""
    return SIGNATORY.match(norm, s.start) is not None or "\n" in norm[s.start : s.end]


def _signatory(norm: str, start: int, end: int) -> Sentence:
    """A signatory's line as a sentence, with the post on its own line before or after it
    ("Prime Minister" / "The Hon X MP"; "Hon X" / "Prime Minister"), where there is one."""
    before = norm.rfind("\n", 0, max(0, start - 1)) + 1
    after = norm.find("\n", end + 1)
    after = len(norm) if after < 0 else after
    if start > 0 and _POST_LINE.fullmatch(norm[before : start - 1].strip()):
        return Sentence(before, end, ())
    if end < len(norm) and _POST_LINE.fullmatch(norm[end + 1 : after].strip()):
        return Sentence(start, after, ())
    return Sentence(start, end, ())


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner spans of paired double quotes in a paragraph of the normalised text."""
    marks = [m.start() for m in re.finditer('"', text)]
    return [(marks[i] + 1, marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
