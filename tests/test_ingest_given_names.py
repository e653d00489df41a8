"""ingest/given_names.yaml: the names, styles and posts that tell whether "she" or "he" can
stand for a person."""

from __future__ import annotations

from pathlib import Path

from diplograph.namespace import slug
from diplograph.read.extract import extract
from diplograph.read.gender import gender
from diplograph.read.lexicon import load_yaml
from diplograph.read.text import parse_report

DATA = load_yaml(Path(__file__).resolve().parent.parent / "ingest" / "given_names.yaml")


def _folded(name: str) -> tuple[str, str]:
    return slug(name), name  # in the order of the names' ASCII forms


def test_each_name_once_in_one_list_in_order() -> None:
    female, male = DATA["female"], DATA["male"]
    assert len(set(female)) == len(female) and len(set(male)) == len(male)
    assert not set(female) & set(male)
    for names in (female, male):
        assert [_folded(n) for n in names] == sorted(_folded(n) for n in names), "sorted, accents aside"
        assert all(n[:1].isupper() and " " not in n and not any(c.isdigit() for c in n) for n in names)
    assert not set(DATA["styles"]["female"]) & set(DATA["styles"]["male"])


def test_gender_by_given_name_style_or_post() -> None:
    assert gender(["Claudia Sheinbaum"], []) == "female"
    assert gender(["Adama Barrow"], []) == "male" and gender(["Hadja Lahbib"], []) == "female"  # leaders' names
    assert gender(["Sheikha Moza"], []) == "female" and gender(["Prince Ali"], []) == "male"
    assert gender(["Tari"], ["Queen"]) == "female"
    assert gender(["Tari"], ["President"]) is None, "a surname alone and a post of either tell nothing"
    assert gender(["Claudia Tari"], ["King"]) is None, "clues that disagree tell nothing"


def test_she_is_the_woman_where_the_subject_was_a_man() -> None:
    x = extract(
        parse_report(
            "g",
            "url: composed\ndate: 2025-06-02\n\nPresident Bernardo Lima received President Claudia Tari in "
            "Lima. She thanked Peru for its support.\n",
        )
    )
    assert [(a.act, a.agent.label) for a in x.acts if a.act == "thank"] == [("thank", "Claudia Tari")]
