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
    # on 1764 reports: 0.777, 0.754, 0.840, 0.805, 0.730, 0.829, 0.786 (communications with their dates);
    # on 1744 reports: 0.764, 0.753, 0.840, 0.805, 0.731, 0.830, 0.784;
    # on 1724 reports: 0.763, 0.752, 0.840, 0.804, 0.730, 0.830, 0.784;
    # on 1704 reports: 0.763, 0.750, 0.840, 0.804, 0.730, 0.829, 0.783;
    # on 1684 reports: 0.764, 0.749, 0.840, 0.801, 0.730, 0.829, 0.783 (quotes' floor 0.78 -> 0.81:
    # a speaker named after the verb that follows the quotation is now theirs);
    # on 1664 reports: 0.763, 0.749, 0.840, 0.800, 0.731, 0.805, 0.780;
    # on 1644 reports: 0.763, 0.749, 0.840, 0.800, 0.731, 0.804, 0.780;
    # on 1624 reports: 0.762, 0.750, 0.839, 0.801, 0.731, 0.803, 0.780;
    # on 1604 reports: 0.762, 0.750, 0.840, 0.800, 0.733, 0.804, 0.781;
    # on 1584 reports: 0.762, 0.751, 0.840, 0.800, 0.734, 0.805, 0.781;
    # on 1564 reports: 0.761, 0.750, 0.840, 0.797, 0.733, 0.805, 0.781;
    # on 1544 reports: 0.761, 0.751, 0.841, 0.796, 0.734, 0.805, 0.781;
    # on 1524 reports: 0.760, 0.751, 0.841, 0.796, 0.733, 0.795, 0.780;
    # on 1504 reports: 0.762, 0.751, 0.840, 0.796, 0.734, 0.795, 0.780;
    # on 1484 reports: 0.762, 0.750, 0.840, 0.795, 0.734, 0.794, 0.780;
    # on 1464 reports: 0.762, 0.748, 0.838, 0.794, 0.734, 0.793, 0.779;
    # on 1444 reports: 0.760, 0.747, 0.837, 0.794, 0.734, 0.793, 0.778;
    # on 1424 reports: 0.758, 0.743, 0.837, 0.793, 0.733, 0.790, 0.776;
    # on 1404 reports: 0.758, 0.741, 0.834, 0.794, 0.727, 0.790, 0.774;
    # on 1384 reports: 0.755, 0.732, 0.833, 0.795, 0.729, 0.782, 0.770 (initiatives' floor 0.73 ->
    # 0.72: the forty added read their named projects and compacts worst);
    # on 1344 reports: 0.757, 0.732, 0.833, 0.796, 0.734, 0.783, 0.771;
    # on 1324 reports: 0.752, 0.730, 0.834, 0.798, 0.734, 0.786, 0.770;
    # on 1304 reports: 0.749, 0.729, 0.835, 0.799, 0.736, 0.786, 0.770;
    # on 1284 reports: 0.748, 0.721, 0.834, 0.799, 0.732, 0.785, 0.767 (speech acts' floor is tight);
    # on 1244 reports: 0.747, 0.724, 0.835, 0.799, 0.733, 0.785, 0.768;
    # on 1224 reports: 0.745, 0.722, 0.834, 0.798, 0.734, 0.784, 0.767 (speech acts' floor is tight);
    # on 1204 reports: 0.745, 0.725, 0.837, 0.799, 0.734, 0.787, 0.769 (posts' floor 0.84 -> 0.83:
    # h145-h204 give India's states as the "of" of chief ministers' and governors'
    # posts, and unnamed line ministers); on 1144 reports: 0.747, 0.724, 0.842, 0.802, 0.739,
    # 0.792, 0.772; on 1064 reports: 0.741,
    # 0.727, 0.845, 0.789, 0.740, 0.795, 0.772 (on the 1004 before them:
    # 0.749, 0.732, 0.850, 0.792, 0.744, 0.799, 0.778; the sixty added last, read first at
    # 0.762-0.886 by the black-box scorer, read their communications worst; three audiences of an
    # earlier report whose gold takes the host as sender are now read in the envoys' direction)
    "genre": {
        "communications": 0.73,
        "speech_acts": 0.72,
        "posts": 0.83,
        "relations": 0.78,
        "initiatives": 0.72,
        "quotes": 0.81,
        "overall": 0.76,
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
