"""JSON Lines corpora: one report per line (id, text; url, published, source optional), read
from files, folders and stdin; a line that cannot be used is refused alone, naming FILE:LINE,
and the rest go in."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from diplograph import corpus
from diplograph.corpus import MALFORMED, Refusal, Report, check_date, check_url, records
from diplograph.progress import count

LETTER = (
    "President of Ghana John Mahama sent a letter to President of Kenya William Ruto, "
    "in which he thanked him for the support of Kenya at the summit.\n"
)
CALL = (
    "Prime Minister of Norway Jonas Gahr Store had a telephone conversation with Prime Minister "
    "of Finland Petteri Orpo. The two leaders discussed energy and trade.\n"
)
TALKS = (
    "Foreign Minister of Mongolia Battsetseg Batmunkh held talks with Foreign Minister of "
    "Kazakhstan Murat Nurtleu in Astana. The ministers agreed to meet again in the autumn.\n"
)
"""Short reports written for these tests."""


def line(**fields: Any) -> str:
    return json.dumps(fields)


def stored(cli: Any) -> list[str]:
    return [row.split()[0] for row in cli("documents").out.splitlines()[2:-1]]


def export(cli: Any, doc_id: str) -> list[str]:
    return sorted(cli("export", "--document", doc_id, "--format", "nquads").out.splitlines())


def test_a_record_reads_as_the_same_report_in_a_text_file(cli: Any, tmp_path: Path) -> None:
    """url and published become the text format's header lines; source the publisher."""
    (tmp_path / "c.jsonl").write_text(
        line(id="r1", text=CALL, url="https://news.example.org/a/1?x=2", published="2025-05-06", source="Nordic Wire")
        + "\n",
        encoding="utf-8",
    )
    r = cli("ingest", "--jobs", "1", str(tmp_path / "c.jsonl"))
    assert r.code == 0, r.err
    assert r.out.startswith("stored r1 (")
    rows = cli("documents").out.splitlines()
    assert rows[2].split(None, 1)[1].startswith("Nordic Wire  2025-05-06")
    from_record = export(cli, "r1")
    assert any("<https://schema.org/url> <https://news.example.org/a/1?x=2>" in q for q in from_record)

    text = tmp_path / "r1.txt"
    text.write_text("url: https://news.example.org/a/1?x=2\ndate: 2025-05-06\n\n" + CALL, encoding="utf-8")
    again = cli("ingest", str(text))
    assert again.out.startswith("stored r1 (") and "replacing an earlier version" in again.out
    from_file = export(cli, "r1")
    assert [q for q in from_record if "/publisher>" not in q] == from_file, "only the publisher differs"


def test_a_record_without_metadata_is_its_text(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text(line(id="r2", text=LETTER) + "\n", encoding="utf-8")
    (tmp_path / "r2.txt").write_text(LETTER, encoding="utf-8")
    assert cli("ingest", str(tmp_path / "c.jsonl")).code == 0
    assert cli("ingest", str(tmp_path / "r2.txt")).out.startswith("unchanged r2")


def test_malformed_lines_are_refused_one_by_one(cli: Any, tmp_path: Path) -> None:
    lines = [
        line(id="good-1", text=LETTER),
        "{not json",
        line(text=CALL),
        line(id="x", body=CALL),
        line(id=7, text=CALL),
        line(id="y", text=["a list"]),
        line(id="good-1", text=CALL),
        line(id="bad id/with slash", text=CALL),
        line(id="u", text=CALL, url="javascript:alert(1)"),
        line(id="v", text=CALL, url="https://a.example/x y"),
        line(id="w", text=CALL, published="11 March 2025"),
        line(id="z", text=CALL, source="  "),
        '["id", "text"]',
        '{"id": "s", "text": "\\ud800 unpaired"}',
        line(id="h", text="date: 2025-01-01\n" + CALL, published="2025-02-02"),
        line(id="e", text=""),
        "",
        line(id="good-2", text=TALKS, published="2025-03-04T10:00:00Z"),
    ]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli("ingest", "--jobs", "1", str(path))
    assert r.code == 2
    errors = r.err.splitlines()
    expected = {
        2: "not JSON",
        3: "no 'id'",
        4: "no 'text'",
        5: "'id' is int, not a string",
        6: "'text' is list, not a string",
        7: "document id 'good-1' given twice, first at",
        8: "is not letters, digits",
        9: "is not an absolute http or https URL",
        10: "is not an absolute http or https URL",
        11: "'published' '11 March 2025' is not a date",
        12: "'source' '  ' is not a publisher's name",
        13: "not a JSON object",
        14: "unpaired surrogate",
        15: "header lines of its own",
        16: "empty report",
    }
    assert len(errors) == len(expected), r.err
    for err, (number, says) in zip(errors, expected.items(), strict=True):
        assert err.startswith(f"diplograph: {path}:{number}: ") and says in err, err
    assert stored(cli) == ["good-1", "good-2"]
    assert "18 reports" not in r.out and "17 reports: 2 stored, 0 unchanged, 15 refused" in r.out
    assert "(1 bad input, 1 duplicate id, 13 malformed line)" in r.out
    assert f"refused: {path}:7 (duplicate id)" in r.out


def test_stdin_json_lines(cli: Any) -> None:
    data = (line(id="p1", text=LETTER) + "\n\n" + line(id="p2", text=TALKS, source="Steppe Daily")).encode()
    r = cli("ingest", "-", "--jsonl", stdin=data)
    assert r.code == 0, r.err
    assert stored(cli) == ["p1", "p2"]
    assert "Steppe Daily" in cli("documents").out
    r = cli("ingest", "-", "--jsonl", stdin=b'{"id": "p3"}\n')
    assert r.code == 2 and r.err == "diplograph: <stdin>:1: no 'text': every record needs 'id' and 'text'\n"
    r = cli("ingest", "-", "--jsonl", "--id", "x", stdin=data)
    assert r.code == 2 and r.err.count("\n") == 1 and "--id" in r.err and r.out == "", "refused before reading"


def test_a_folder_holds_text_files_and_corpora_in_name_order(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(
        b"\xef\xbb\xbf" + (line(id="j1", text=LETTER) + "\r\n" + line(id="j2", text=CALL) + "\r\n").encode()
    )
    (tmp_path / "b.txt").write_text(TALKS, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a report", encoding="utf-8")
    r = cli("ingest", "--jobs", "2", str(tmp_path))
    assert r.code == 0, r.err
    assert [row.split()[1] for row in r.out.splitlines()[:3]] == ["j1", "j2", "b"]
    assert count([str(tmp_path)]) == 3 and count([str(tmp_path), "-"]) is None


def test_a_line_past_the_limit_is_refused_without_losing_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(corpus, "LINE_LIMIT", 300)
    data = (line(id="long", text=LETTER * 5) + "\n" + line(id="next", text=LETTER) + "\n").encode()
    got = list(records("c.jsonl", io.BytesIO(data)))
    assert isinstance(got[0], Refusal) and got[0].reason == MALFORMED
    assert got[0].message == "c.jsonl:1: line longer than 300 bytes"
    assert isinstance(got[1], Report) and got[1].origin == "c.jsonl:2" and got[1].doc_id == "next"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org",
        "http://example.org:8080/path/to?q=1&r=two#frag",
        "https://xn--80ak6aa92e.example/%D0%B0",
    ],
)
def test_urls_taken(url: str) -> None:
    assert check_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "example.org/a",
        "ftp://example.org/a",
        "https://",
        "https://exa mple.org",
        "https://example.org/<script>",
        'https://example.org/"',
        "https://example.org/\u00e9",
        "https://[::1/a",
        "https://example.org/%zz",
        "https://example.org:port/",
        "https://example.org/" + "a" * 2000,
        "mailto:someone@example.org",
    ],
)
def test_urls_refused(url: str) -> None:
    with pytest.raises(ValueError, match="not an absolute http or https URL"):
        check_url(url)


def test_publication_dates() -> None:
    assert check_date("2025-03-11").isoformat() == "2025-03-11"
    assert check_date("2025-03-11T23:30:00+05:00").isoformat() == "2025-03-11"
    assert check_date("2025-03-11 08:00").isoformat() == "2025-03-11"
    for bad in ("2025-02-30", "2025-3-1", "11/03/2025", "2025-03-11Tnoon", ""):
        with pytest.raises(ValueError, match="is not a date"):
            check_date(bad)


def test_nothing_of_a_refused_line_is_stored(cli: Any, store_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(line(id="ok", text=LETTER) + "\n" + line(id="bad", text=CALL, url="http://a b") + "\n")
    assert cli("ingest", str(path)).code == 2
    s = ox.Store(str(store_dir))
    try:
        names = {g.value for g in s.named_graphs() if isinstance(g, ox.NamedNode)}
    finally:
        del s
    assert any(n.endswith("/graph/ok") for n in names) and not any(n.endswith("/graph/bad") for n in names)
