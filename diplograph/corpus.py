"""Where reports come from: ``.txt`` files, folders, standard input, and JSON Lines corpora.

A JSON Lines corpus holds one report per line, the usual shape of a news crawl or an archive
export: an object with ``id`` and ``text`` (strings), and optionally ``url``, ``published``
and ``source``. Other keys are ignored. ``url`` and ``published`` become the text format's
header lines (``url: ...``, ``date: ...``) before the text, so a record reads exactly as the
same report in a ``.txt`` file would; ``source`` names the publisher, as a source tag at the
end of a text does. Each is checked first: nothing read from input becomes an IRI unchecked.

A line that cannot be used is refused alone, naming ``FILE:LINE``, and the other lines go in.

>>> import io
>>> [type(i).__name__ for i in records("c.jsonl", io.BytesIO(b'{"id": "a", "text": "x"}\\n[1]\\n'))]
['Report', 'Refusal']
>>> records("c.jsonl", io.BytesIO(b'[1]\\n')).__next__().message
'c.jsonl:1: not a JSON object'
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

import pyoxigraph as ox

from diplograph.errors import BadInput, DiplographError
from diplograph.namespace import graph_iri
from diplograph.read.text import MAX_BYTES, check_bytes, check_id, read_input

BAD_INPUT = "bad input"
MALFORMED = "malformed line"
DUPLICATE = "duplicate id"
NOT_CONFORMING = "not conforming"
"""Why a report was refused: the categories the summary counts. Only ``not conforming``
exits 1; the others are bad input, exit 2."""

LINE_LIMIT = 8 * MAX_BYTES
"""Longest JSON Lines line read: room for a report at the size limit with every character
escaped. A longer line is refused without being held in memory."""
ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
_URL = re.compile(r"https?://[!-~]+", re.IGNORECASE)  # printable ASCII, no spaces
_URL_UNSAFE = set('<>"{}|\\^`')
_HEADER = re.compile(r"\s*(?:url:|date:|date\s+\d{4}-\d{2}-\d{2}\b)")


@dataclass(frozen=True)
class Report:
    """One report to read. ``origin`` names it in every message: a path, ``<stdin>`` or
    ``FILE:LINE``."""

    origin: str
    doc_id: str
    text: str
    publisher: str | None = None
    record: bool = False  # a JSON Lines record: its origin, not its id, names it


@dataclass(frozen=True)
class Refusal:
    """An input that was not stored: ``message`` is the one line naming it, ``reason`` the
    category the summary counts, ``detail`` more lines where there are some (a SHACL report)."""

    origin: str
    reason: str
    message: str
    detail: str = ""

    @property
    def exit_code(self) -> int:
        return 1 if self.reason == NOT_CONFORMING else 2


Item = Report | Refusal


def reports(
    paths: Sequence[str], *, stdin_id: str | None = None, jsonl: bool = False, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Every report the paths name, in order, read lazily: files, folders (their ``.txt``
    and ``.jsonl`` files by name), and ``-`` for standard input (one text report, or JSON
    Lines with ``jsonl``, which also reads named files of any extension as JSON Lines). Two
    reports with the same document graph are refused after the first."""
    if jsonl and stdin_id is not None:  # checked now, before anything is read
        raise BadInput("usage: --id names a text read from stdin; JSON Lines records carry their own ids")
    return _once(_items(paths, stdin_id, jsonl, stdin))


def _once(items: Iterator[Item]) -> Iterator[Item]:
    first: dict[str, tuple[str, str]] = {}  # graph IRI -> (doc id, origin) of its first report
    for item in items:
        if isinstance(item, Report):
            key = str(graph_iri(item.doc_id))
            if key in first:
                doc_id, origin = first[key]
                same = "" if doc_id == item.doc_id else f" (its graph is that of {doc_id!r})"
                message = f"{item.origin}: document id {item.doc_id!r} given twice{same}, first at {origin}"
                yield _refusal(item.origin, DUPLICATE, message)
                continue
            first[key] = (item.doc_id, item.origin)
        yield item


def _items(paths: Sequence[str], stdin_id: str | None, jsonl: bool, stdin: BinaryIO | None) -> Iterator[Item]:
    stdin_read = False
    for raw in paths:
        if raw == "-":
            if stdin_read:
                yield Refusal("<stdin>", BAD_INPUT, "<stdin>: '-' given twice; standard input is read once")
                continue
            stdin_read = True
            stream = stdin or sys.stdin.buffer
            if jsonl:
                yield from records("<stdin>", stream)
            else:
                yield _text("<stdin>", stdin_id or "stdin", check_bytes, "<stdin>", stream.read())
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                files = sorted(p for p in path.iterdir() if p.suffix in (".txt", ".jsonl") and p.is_file())
            except OSError as exc:
                yield _refusal(str(path), BAD_INPUT, f"{path}: cannot read the folder ({exc.strerror})")
                continue
            if not files:
                yield _refusal(str(path), BAD_INPUT, f"{path}: folder holds no .txt reports or .jsonl corpora")
            for f in files:
                yield from _file(f, f.suffix == ".jsonl")
        else:
            yield from _file(path, jsonl or path.suffix == ".jsonl")


def _file(path: Path, jsonl: bool) -> Iterator[Item]:
    if not jsonl:
        yield _text(str(path), path.stem, read_input, path)
        return
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        yield _refusal(str(path), BAD_INPUT, f"{path}: no such file")
        return
    except OSError as exc:
        yield _refusal(str(path), BAD_INPUT, f"{path}: cannot read ({exc.strerror})")
        return
    with fh:
        yield from records(str(path), fh)


def _text(origin: str, doc_id: str, read: Callable[..., str], *args: object) -> Item:
    try:
        return Report(origin, check_id(origin, doc_id), read(*args))
    except BadInput as exc:
        return Refusal(origin, BAD_INPUT, str(exc))


def _refusal(origin: str, reason: str, message: str) -> Refusal:
    """A refusal whose message is one line whatever the input's name holds."""
    return Refusal(origin, reason, str(DiplographError(message)))


def records(name: str, fh: BinaryIO) -> Iterator[Item]:
    """The reports of a JSON Lines stream; each unusable line a Refusal naming ``name:LINE``.
    Blank lines are skipped."""
    number = 0
    while True:
        line = fh.readline(LINE_LIMIT + 1)
        if not line:
            return
        number += 1
        origin = f"{name}:{number}"
        if len(line) > LINE_LIMIT and not line.endswith(b"\n"):
            while (more := fh.readline(1 << 20)) and not more.endswith(b"\n"):
                pass  # the rest of the line, never held whole
            yield _refusal(origin, MALFORMED, f"{origin}: line longer than {LINE_LIMIT} bytes")
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if line.strip():
            yield record(origin, line)


def record(origin: str, line: bytes) -> Item:
    """One JSON Lines record as a report, or the reason it is refused."""
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return _bad(origin, f"not UTF-8 text (bad byte at offset {exc.start})")
    except json.JSONDecodeError as exc:
        return _bad(origin, f"not JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return _bad(origin, "not JSON (nested too deep)")
    if not isinstance(obj, dict):
        return _bad(origin, "not a JSON object")
    fields: dict[str, str | None] = {}
    for key in ("id", "text", "url", "published", "source"):
        value = obj.get(key)
        if value is None and key in ("id", "text"):
            return _bad(origin, f"no {key!r}: every record needs 'id' and 'text'")
        if value is not None and not isinstance(value, str):
            return _bad(origin, f"{key!r} is {type(value).__name__}, not a string")
        if isinstance(value, str) and not _encodable(value):
            return _bad(origin, f"{key!r} holds an unpaired surrogate, not text")
        fields[key] = value
    doc_id, text = str(fields["id"]), str(fields["text"])
    if not ID.fullmatch(doc_id):
        return _bad(
            origin,
            f"id {doc_id[:60]!r} is not letters, digits, '.', '_' and '-' (at most 200, the first a letter or digit)",
        )
    try:
        header = _header(fields["url"], fields["published"])
        source = _source(fields["source"])
    except ValueError as exc:
        return _bad(origin, str(exc))
    if header and _HEADER.match(text):
        return _bad(origin, "the text has url:/date: header lines of its own; give them in the record or the text")
    try:
        checked = check_bytes(origin, (header + text).encode("utf-8"))
    except BadInput as exc:
        return Refusal(origin, BAD_INPUT, str(exc))
    return Report(origin, doc_id, checked, source, record=True)


def _bad(origin: str, why: str) -> Refusal:
    return _refusal(origin, MALFORMED, f"{origin}: {why}")


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _header(url: str | None, published: str | None) -> str:
    """The text format's header lines for a record's ``url`` and ``published``.

    >>> _header("https://example.org/a?b=1", "2025-03-11T09:30:00+05:00")
    'url: https://example.org/a?b=1\\ndate: 2025-03-11\\n\\n'
    >>> _header("javascript:alert(1)", None)
    Traceback (most recent call last):
    ValueError: 'url' 'javascript:alert(1)' is not an absolute http or https URL
    """
    lines = []
    if url is not None:
        lines.append(f"url: {check_url(url)}")
    if published is not None:
        lines.append(f"date: {check_date(published).isoformat()}")
    return "".join(line + "\n" for line in lines) + ("\n" if lines else "")


def check_url(url: str) -> str:
    """An absolute http(s) URL in printable ASCII with a host, safe as an IRI; else ValueError."""
    bad = ValueError(f"'url' {url[:80]!r} is not an absolute http or https URL")
    if len(url) > 2000 or not _URL.fullmatch(url) or _URL_UNSAFE.intersection(url):
        raise bad
    try:
        host = urlsplit(url).hostname
        ox.NamedNode(url)  # and an IRI the store takes (percent escapes, ports, ...)
    except ValueError:
        raise bad from None
    if not host:
        raise bad
    return url


def check_date(value: str) -> date:
    """A publication date: ``YYYY-MM-DD``, or an ISO 8601 date and time (its date is taken)."""
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        if len(value) > 10 and value[10] in "T ":
            return datetime.fromisoformat(value).date()
    except ValueError:
        pass
    raise ValueError(f"'published' {value[:40]!r} is not a date (YYYY-MM-DD, or an ISO 8601 date and time)")


def _source(value: str | None) -> str | None:
    if value is None:
        return None
    name = value.strip()
    if not name or len(name) > 200 or not name.isprintable():
        raise ValueError(f"'source' {value[:40]!r} is not a publisher's name (printable, 1 to 200 characters)")
    return name
