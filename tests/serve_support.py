"""Fixtures for the ``diplograph serve`` tests: a store of a few short reports (the bundled
samples and reports of our own in tests/serve/), the application on it through Starlette's
test client, and the real command serving it on a free loopback port."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from starlette.testclient import TestClient

ROOT = Path(__file__).resolve().parent.parent
REPORTS = [ROOT / "diplograph" / "samples", ROOT / "tests" / "serve"]


@pytest.fixture(scope="session")
def served_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from diplograph.cli import main

    location = tmp_path_factory.mktemp("serve") / "store"
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--store", str(location), "ingest", *map(str, REPORTS)])
    assert code == 0, err.getvalue()
    return location


@pytest.fixture(scope="module")
def client(served_store: Path) -> Iterator[TestClient]:
    from diplograph.serve.app import Settings, create_app

    with TestClient(create_app(Settings(store=served_store, timeout=20))) as c:
        yield c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(served_store: Path) -> Iterator[str]:
    """``diplograph serve`` as users start it, on 127.0.0.1; its base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "--store", str(served_store), "serve", "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/sparql?query=ASK%7B%7D", timeout=5) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    pytest.fail(f"diplograph serve did not start: {out}")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
