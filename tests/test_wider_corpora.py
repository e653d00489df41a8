"""Corpora the rules were not written against keep the figures reached (less 0.01): ``dev2/``
(composed reports in the house styles of outlets worldwide, beside the repository) and
``tests/genre`` (reports of our own, one or more for each shape of the grammar). The figures
are those of ``diplograph evaluate``; the README gives the black-box scorer's too."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.evaluate import Evaluation, evaluate_folder
from tests.conftest import CORPUS, need

FLOORS = {
    "dev2": {
        "communications": 0.81,
        "speech_acts": 0.77,
        "posts": 0.89,
        "relations": 0.85,
        "initiatives": 0.82,
        "quotes": 0.86,
        "overall": 0.83,
    },
    # on 1004 reports: 0.751, 0.730, 0.850, 0.784, 0.744, 0.798, 0.777 (on 924: 0.756, 0.733, 0.853,
    # 0.787, 0.747, 0.799, 0.780; the eighty added last, read first at 0.767-0.884 by the black-box
    # scorer, read their communications and speech acts worst)
    "genre": {
        "communications": 0.75,
        "speech_acts": 0.72,
        "posts": 0.84,
        "relations": 0.78,
        "initiatives": 0.74,
        "quotes": 0.78,
        "overall": 0.77,
    },
}

FOLDERS = {"dev2": lambda: need(CORPUS / "dev2"), "genre": lambda: Path(__file__).parent / "genre"}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def corpus(request: pytest.FixtureRequest) -> tuple[str, Evaluation]:
    name = str(request.param)
    return name, evaluate_folder(FOLDERS[name]())


def test_every_report_ingests_and_conforms(corpus: tuple[str, Evaluation]) -> None:
    _, ev = corpus
    assert ev.failures == {}


def test_figures_hold(corpus: tuple[str, Evaluation]) -> None:
    name, ev = corpus
    got = {c: ev.total(None if c == "overall" else c).f1 for c in FLOORS[name]}
    low = {c: round(f, 3) for c, f in got.items() if f < FLOORS[name][c]}
    assert low == {}, f"{name}: below the floors {FLOORS[name]}"
