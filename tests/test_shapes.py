"""Each graph in tests/shapes/valid conforms; each in tests/shapes/invalid breaks exactly
the one constraint its ``# breaks:`` line names."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from diplograph.validate import validate

HERE = Path(__file__).parent / "shapes"


@pytest.mark.parametrize("path", sorted((HERE / "valid").glob("*.ttl")), ids=lambda p: p.stem)
def test_valid_graph_conforms(path: Path) -> None:
    result = validate(Graph().parse(path))
    assert result.conforms, result.report


@pytest.mark.parametrize("path", sorted((HERE / "invalid").glob("*.ttl")), ids=lambda p: p.stem)
def test_invalid_graph_breaks_one_constraint(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# breaks: "), f"{path} must say which constraint it breaks"
    result = validate(Graph().parse(path))
    assert not result.conforms
    assert result.messages == (first.removeprefix("# breaks: "),)


def test_every_shape_message_is_exercised() -> None:
    """Each invalid file is distinct and there is one for most message kinds."""
    broken = {p.read_text(encoding="utf-8").splitlines()[0] for p in (HERE / "invalid").glob("*.ttl")}
    assert len(broken) == len(list((HERE / "invalid").glob("*.ttl")))
    assert len(broken) >= 10
