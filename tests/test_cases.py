"""Expected graphs: each tests/cases/<name>.txt must give exactly tests/cases/<name>.ttl.

Compared as graphs; a failure prints the missing and the added triples. Run
``python -m pytest --update-cases`` to rewrite the .ttl files, then review the diff."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from diplograph import ingest_text

CASES = Path(__file__).parent / "cases"


def _nt(g: Graph) -> str:
    return "\n".join(sorted(line for line in g.serialize(format="nt").splitlines() if line.strip()))


@pytest.mark.parametrize("path", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_case(path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    got = ingest_text(path.read_text(encoding="utf-8"), doc_id=path.stem).graph
    expected_path = path.with_suffix(".ttl")
    if request.config.getoption("--update-cases"):
        out = Graph()  # the prefixes the expected file has, so that a review sees the facts that changed
        known = Graph().parse(expected_path) if expected_path.exists() else Graph()
        for prefix, namespace in known.namespaces():
            out.bind(prefix, namespace, override=True, replace=True)
        for triple in got:
            out.add(triple)
        expected_path.write_text(out.serialize(format="turtle"), encoding="utf-8")
        pytest.skip(f"rewrote {expected_path.name}")
    assert expected_path.exists(), f"{expected_path} is missing: run pytest --update-cases and review it"
    expected = Graph().parse(expected_path)
    iso_got, iso_expected = to_isomorphic(got), to_isomorphic(expected)
    if iso_got != iso_expected:
        _, missing, added = graph_diff(iso_expected, iso_got)
        pytest.fail(f"{path.name}: graph differs\n--- missing\n{_nt(missing)}\n+++ added\n{_nt(added)}")
