"""`diplograph evaluate` on a small gold folder written for this test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from diplograph.evaluate import Names, overlap, score_document

REPORT = (
    "url: composed\ndate: 2025-04-02\n\n"
    "President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with President of "
    "Uzbekistan Shavkat Mirziyoyev. Kassym-Jomart Tokayev congratulated Shavkat Mirziyoyev on the "
    "opening of the new border crossing.\n"
)
GOLD = {
    "id": "call",
    "url": "composed",
    "published": "2025-04-02",
    "communications": [
        {"kind": "phone_call", "from": "Kassym-Jomart Tokayev", "to": ["Shavkat Mirziyoyev"], "date": None}
    ],
    "speech_acts": [
        {"act": "congratulate", "agent": "Tokayev", "addressee": "Mirziyoyev", "topic": "the new border crossing"},
        {"act": "invite", "agent": "Tokayev", "addressee": "Mirziyoyev", "topic": "a state visit"},
    ],
    "posts": [
        {"person": "Kassym-Jomart Tokayev", "post": "president", "of": "Republic of Kazakhstan"},
        {"person": "Shavkat Mirziyoyev", "post": "President", "of": "Uzbek"},
    ],
    "relations": [],
    "initiatives": [],
    "quotes": [],
}


def folder(tmp_path: Path) -> Path:
    d = tmp_path / "gold"
    d.mkdir(exist_ok=True)
    (d / "call.txt").write_text(REPORT, encoding="utf-8")
    (d / "call.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return d


def test_evaluate_table_json_and_errors(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "scores.json"
    r = cli("evaluate", str(folder(tmp_path)), "--json", str(out), "--show-errors")
    assert r.code == 0, r.err
    assert "call speech_acts missed" in r.out and '"invite"' in r.out
    data = json.loads(out.read_text())
    assert data["categories"]["communications"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "tp": 1,
        "fp": 0,
        "fn": 0,
    }
    assert data["categories"]["posts"]["tp"] == 2  # case-folded titles, states by any name or demonym
    assert data["categories"]["speech_acts"]["tp"] == 1 and data["categories"]["speech_acts"]["fn"] == 1
    assert data["documents"] == 1
    assert "overall" in r.out.splitlines()[-2]


def test_min_f1_fails_the_check(cli: Any, tmp_path: Path) -> None:
    assert cli("evaluate", str(folder(tmp_path)), "--min-f1", "0.99").code == 1
    assert cli("evaluate", str(folder(tmp_path)), "--min-f1", "0.5").code == 0


def test_bad_gold_is_named(cli: Any, tmp_path: Path) -> None:
    d = folder(tmp_path)
    (d / "call.json").write_text('{"id": "call",\n "communications": [}', encoding="utf-8")
    r = cli("evaluate", str(d))
    assert r.code == 2 and "call.json:2: invalid JSON" in r.err
    assert cli("evaluate", str(tmp_path / "nothing")).code == 2


def test_matching_rules() -> None:
    names = Names(["Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov", "Kassym-Jomart Tokayev"])
    assert names.same("Tokayev", "Kassym-Jomart Tokayev")
    assert not names.same("Berdimuhamedov", "Serdar Berdimuhamedov")  # surname not unique in the article
    assert names.same("Türkiye", "Turkey") and names.same("Kazakh", "Kazakhstan")
    assert names.same("UN", "United Nations") and not names.same("Kazakhstan", "Kyrgyzstan")
    assert overlap("his 71st birthday", "the occasion of his 71st birthday")
    assert not overlap("the holiday", "the new railway line")


def test_one_to_one_matching() -> None:
    gold = {"speech_acts": [{"act": "thank", "agent": "A B", "addressee": None, "topic": "the welcome"}]}
    found = {"speech_acts": [{"act": "thank", "agent": "A B", "addressee": "", "topic": "the warm welcome"}] * 2}
    sc = score_document(gold, found)["speech_acts"]
    assert (sc.tp, sc.fp, sc.fn) == (1, 1, 0)
