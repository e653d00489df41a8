"""The development corpus stays at or above the targets; every report ingests and conforms."""

from __future__ import annotations

import pytest

from diplograph.evaluate import Evaluation, evaluate_folder
from tests.conftest import CORPUS, need

TARGETS = {
    "communications": 0.90,
    "posts": 0.90,
    "speech_acts": 0.80,
    "relations": 0.80,
    "initiatives": 0.80,
    "quotes": 0.80,
}


@pytest.fixture(scope="module")
def dev() -> Evaluation:
    return evaluate_folder(need(CORPUS / "dev"))


def test_every_dev_report_ingests_and_conforms(dev: Evaluation) -> None:
    assert dev.failures == {}
    assert len(dev.documents) == 45


@pytest.mark.parametrize("category", sorted(TARGETS))
def test_dev_category_meets_target(dev: Evaluation, category: str) -> None:
    assert dev.total(category).f1 >= TARGETS[category], dev.as_dict()["categories"][category]


def test_dev_overall_meets_target(dev: Evaluation) -> None:
    assert dev.total().f1 >= 0.85


def test_seed_folder_is_perfect() -> None:
    ev = evaluate_folder(need(CORPUS / "seed"))
    assert ev.total().tp == 18 and ev.total().fp == 0 and ev.total().fn == 0
