"""Shared fixtures. The article corpus lives outside the repository in ``../shared/corpus``;
tests that need it skip with a reason where it is absent, and fail instead under CI."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = CORPUS / "seed" / "nca-2025-03-11-berdimuhamedov-tokayev-letter.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-cases", action="store_true", help="rewrite tests/cases/*.ttl from the current output")


def contacts(x: Any) -> list[tuple[str, list[str], list[str]]]:
    """The communications of an extraction as (kind, senders, recipients) by label."""
    return [(c.kind, [e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]


def need(path: Path) -> Path:
    """``path`` if it exists; otherwise skip (or fail when CI is set, where it must be present)."""
    if path.exists():
        return path
    reason = f"{path} is not here: the article corpus sits beside the repository only in the project workspace"
    if os.environ.get("CI"):
        pytest.fail(reason + " (CI requires it)")
    pytest.skip(reason)


@pytest.fixture
def seed_text() -> str:
    return need(SEED).read_text(encoding="utf-8")


@pytest.fixture
def seed_gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(need(SEED.with_suffix(".json")).read_text(encoding="utf-8"))
    return data


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def cli(store_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run the command line in-process against a fresh store."""
    from diplograph.cli import main

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")

    def run(*args: str, stdin: bytes | None = None) -> Result:
        out, err = io.StringIO(), io.StringIO()
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--store", str(store_dir), *args])
        return Result(code, out.getvalue(), err.getvalue())

    return run
