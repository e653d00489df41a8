"""Bad input gets one line naming it, a documented exit code, and leaves the store as it was."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from diplograph.read.text import MAX_BYTES

GOOD = (
    "President of Kyrgyzstan Sadyr Japarov has sent a letter to President of Tajikistan Emomali Rahmon, "
    "in which he thanked him for the warm welcome in Dushanbe.\n"
)


def stored(cli: Any) -> list[str]:
    r = cli("documents")
    return [line.split()[0] for line in r.out.splitlines()[2:-1]]


@pytest.fixture
def one_doc(cli: Any, tmp_path: Path) -> Any:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert cli("ingest", str(good)).code == 0
    assert stored(cli) == ["good"]
    return cli


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("empty.txt", b"", "empty report"),
        ("blank.txt", b"  \n\n \t\n", "empty report"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary data"),
        ("latin1.txt", "Präsident trifft Minister in Astana und Baku".encode("latin-1"), "not UTF-8"),
        (
            "german.txt",
            "Der Präsident von Kasachstan hat heute mit dem Präsidenten von Usbekistan "
            "telefoniert und ihm zum Geburtstag gratuliert.".encode(),
            "not look like English",
        ),
        ("huge.txt", b"The two presidents met. " * (MAX_BYTES // 24 + 10), "larger than"),
    ],
)
def test_bad_file_is_refused_and_store_untouched(
    one_doc: Any, tmp_path: Path, name: str, content: bytes, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    r = one_doc("ingest", str(path))
    assert r.code == 2
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and says in lines[0]
    assert stored(one_doc) == ["good"]


def test_missing_file_and_empty_folder(one_doc: Any, tmp_path: Path) -> None:
    r = one_doc("ingest", str(tmp_path / "nope.txt"))
    assert r.code == 2 and "nope.txt: no such file" in r.err
    (tmp_path / "empty").mkdir()
    r = one_doc("ingest", str(tmp_path / "empty"))
    assert r.code == 2 and "holds no .txt reports" in r.err
    assert stored(one_doc) == ["good"]


def test_good_and_bad_together(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    r = cli("ingest", str(tmp_path))
    assert r.code == 2 and "b.txt: empty report" in r.err and "stored a" in r.out
    assert stored(cli) == ["a"]


def test_stdin_with_id(cli: Any) -> None:
    r = cli("ingest", "-", "--id", "piped", stdin=GOOD.encode())
    assert r.code == 0, r.err
    assert stored(cli) == ["piped"]


def test_unknown_query_and_usage_errors(one_doc: Any) -> None:
    r = one_doc("query", "no-such-query")
    assert r.code == 2 and "unknown query 'no-such-query'" in r.err
    r = one_doc("query", "posts", "--param", "x=1")
    assert r.code == 2 and "unknown parameter 'x'" in r.err
    r = one_doc("query", "posts", "--param", "novalue")
    assert r.code == 2 and "expected NAME=VALUE" in r.err
    r = one_doc("frobnicate")
    assert r.code == 2 and r.err.startswith("diplograph: usage:")
    r = one_doc("sparql", "SELECT ?x WHERE { ?x ")
    assert r.code == 2 and "SPARQL syntax error" in r.err and len(r.err.strip().splitlines()) == 1


def test_malformed_rdf_is_named(cli: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> .\n")
    r = cli("validate", str(bad))
    assert r.code == 2 and "bad.ttl: malformed RDF" in r.err and len(r.err.strip().splitlines()) == 1


def test_invalid_graph_exits_1(cli: Any) -> None:
    bad = Path(__file__).parent / "shapes" / "invalid" / "act-without-agent.ttl"
    r = cli("validate", str(bad))
    assert r.code == 1 and "does not conform" in r.out and "an act has exactly one agent" in r.out


def test_store_path_that_is_a_file(tmp_path: Path) -> None:
    from diplograph.cli import main

    f = tmp_path / "file"
    f.write_text("x")
    assert main(["--store", str(f), "documents"]) == 2


def test_console_script_runs(tmp_path: Path) -> None:
    """The module entry point works as a process, with the exit code of the command."""
    r = subprocess.run(
        [sys.executable, "-m", "diplograph", "--store", str(tmp_path / "s"), "query", "nope"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 2 and "unknown query" in r.stderr


def test_demo_ingests_the_bundled_samples(cli: Any) -> None:
    """The quick start's main job: bundled samples in, communications and acts out."""
    r = cli("demo")
    assert r.code == 0, r.err
    assert "stored sample-ashgabat-letter" in r.out and "== speech-acts" in r.out
    assert "Shavkat Mirziyoyev  Serdar Berdimuhamedov" in r.out
    assert cli("demo").out.count("unchanged sample-") == 2


def test_quick_start_with_an_empty_home(tmp_path: Path) -> None:
    """The README's first command on a new account: no ~/.local/share, no XDG variables, no
    --store. The store's folders are made as needed."""
    import os

    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k != "DIPLOGRAPH_STORE"}
    env["HOME"] = str(home)
    r = subprocess.run(
        [sys.executable, "-m", "diplograph", "demo"], capture_output=True, text=True, check=False, env=env, cwd=home
    )
    assert r.returncode == 0, r.stderr
    assert (home / ".local" / "share" / "diplograph" / "store").is_dir()
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    r = subprocess.run(
        [sys.executable, "-m", "diplograph", "documents"], capture_output=True, text=True, check=False, env=env
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "xdg" / "diplograph" / "store").is_dir()
