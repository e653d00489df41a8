"""Saved queries: headers, parameters bound as typed terms, errors that name the file, and
the competency questions answered on the seed letter."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from diplograph.errors import BadInput
from diplograph.queries import bind, get, parse_query_file, saved_queries
from tests.conftest import SEED, need

CONTRACT = {"communications", "speech-acts", "posts", "relations", "initiatives", "quotes"}


def test_every_saved_query_has_a_header_and_parses() -> None:
    queries = saved_queries()
    assert CONTRACT <= set(queries)
    assert len(queries) >= 12
    for q in queries.values():
        assert q.summary
        ox.Store().query(q.text, substitutions={})  # parses and runs on an empty store


def test_parameters_follow_the_naming_convention() -> None:
    q = get("post-holders")
    assert {(p.name, p.type, p.optional) for p in q.params} == {
        ("post", "string", False),
        ("of", "string", False),
        ("on", "xsd_date", False),
    }
    assert {(p.name, p.optional) for p in get("evidence").params} == {("document", False), ("act", True)}


def test_bad_header_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "broken.rq"
    bad.write_text("#+ summary: ok\n#+ tags: [unclosed\nSELECT * {}\n")
    with pytest.raises(BadInput, match=r"broken\.rq:\d+: invalid '#\+' header"):
        parse_query_file(bad)
    none = tmp_path / "bare.rq"
    none.write_text("SELECT * {}\n")
    with pytest.raises(BadInput, match=r"bare\.rq:1: no '#\+' YAML header"):
        parse_query_file(none)


def test_unknown_missing_and_ill_typed_parameters() -> None:
    q = get("post-holders")
    with pytest.raises(BadInput, match="unknown parameter 'country'"):
        bind(q, {"post": "President", "of": "Kazakhstan", "on": "2025-01-01", "country": "KZ"})
    with pytest.raises(BadInput, match="missing parameter 'on'"):
        bind(q, {"post": "President", "of": "Kazakhstan"})
    with pytest.raises(BadInput, match="wants xsd_date"):
        bind(q, {"post": "President", "of": "Kazakhstan", "on": "yesterday"})
    subs = bind(q, {"post": "President", "of": "Kazakhstan", "on": "2025-01-01"})
    assert subs[ox.Variable("_on_xsd_date")] == ox.Literal(
        "2025-01-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    )


def test_parameter_values_are_not_pasted(cli: Any) -> None:
    """A value full of SPARQL syntax is just a string that matches nothing."""
    need(SEED)
    cli("ingest", str(SEED))
    r = cli(
        "query",
        "relationship",
        "--param",
        'state1=x" ) } DELETE WHERE { ?s ?p ?o } #',
        "--param",
        "state2=Kazakhstan",
        "--format",
        "json",
    )
    assert r.code == 0 and json.loads(r.out) == []
    assert len(json.loads(cli("query", "communications", "--format", "json").out)) == 1


@pytest.fixture
def seeded(cli: Any) -> Any:
    need(SEED)
    assert cli("ingest", str(SEED)).code == 0
    return cli


def ask(cli: Any, name: str, **params: str) -> list[dict[str, str]]:
    args = ["query", name, "--format", "json"]
    for k, v in params.items():
        args += ["--param", f"{k}={v}"]
    r = cli(*args)
    assert r.code == 0, r.err
    rows: list[dict[str, str]] = json.loads(r.out)
    return rows


def test_what_did_berdimuhamedov_thank_or_congratulate_for(seeded: Any) -> None:
    rows = ask(seeded, "thanks-and-congratulations", agent="gurbanguly berdimuhamedov")
    assert [(r["act"], r["addressee"]) for r in rows] == [
        ("congratulate", "Kazakhstan"),
        ("thank", "Kassym-Jomart Tokayev"),
        ("thank", "Kazakhstan"),
    ]
    assert rows[0]["topic"] == "an important diplomatic achievement"
    only = ask(
        seeded, "thanks-and-congratulations", agent="Gurbanguly Berdimuhamedov", addressee="Kassym-Jomart Tokayev"
    )
    assert len(only) == 1 and only[0]["topic"].startswith("his significant personal contribution")


def test_how_is_the_relationship_characterised(seeded: Any) -> None:
    rows = ask(seeded, "relationship", state1="Kazakhstan", state2="Turkmenistan")
    assert {(r["characterization"], r["level"], r["date"]) for r in rows} == {
        ("multifaceted strategic partnership", "strategic_partnership", "2025-03-11"),
        ("traditionally friendly ties", "friendship", "2025-03-11"),
    }
    assert {r["stated_by"] for r in rows} == {"Gurbanguly Berdimuhamedov", ""}


def test_which_initiatives_did_a_state_launch(seeded: Any) -> None:
    tm = ask(seeded, "initiatives-of-state", state="Turkmenistan")
    assert [(r["name"], r["kind"], r["adopted_by"]) for r in tm] == [
        ("International Year of Peace and Trust", "international_year", "UN General Assembly")
    ]
    kz = ask(seeded, "initiatives-of-state", state="kazakhstan")
    assert kz[0]["kind"] == "resolution" and kz[0]["manner"] == "unanimous"


def test_who_held_a_post_on_a_date(seeded: Any) -> None:
    rows = ask(seeded, "post-holders", post="president", of="Kazakhstan", on="2025-03-11")
    assert [(r["person"], r["attested"]) for r in rows] == [("Kassym-Jomart Tokayev", "2025-03-11")]
    assert ask(seeded, "post-holders", post="President", of="Kazakhstan", on="2024-12-31") == []


def test_timeline_of_contacts_between_two_states(seeded: Any) -> None:
    rows = ask(seeded, "contact-timeline", state1="Kazakhstan", state2="Turkmenistan")
    assert [(r["date"], r["kind"], r["sender"]) for r in rows] == [
        ("2025-03-11", "letter", "Gurbanguly Berdimuhamedov")
    ]


def test_evidence_behind_an_act(seeded: Any, seed_text: str) -> None:
    rows = ask(seeded, "evidence", document="nca-2025-03-11-berdimuhamedov-tokayev-letter", act="thank")
    assert len(rows) == 2
    for r in rows:
        assert seed_text[int(r["start"]) : int(r["end"])] == r["sentence"]
    assert "expressed gratitude to Tokayev" in rows[0]["sentence"]


def test_document_option_reads_only_that_graph(cli: Any) -> None:
    """``--document`` restricts the dataset: the rows are exactly the whole store's rows for
    that document, and a document not in the store gives none."""
    cases = Path(__file__).parent / "cases"
    for name in ("phone-call-with-invitation", "condolence-telegram"):
        assert cli("ingest", str(cases / f"{name}.txt")).code == 0
    everything = json.loads(cli("query", "speech-acts", "--format", "json").out)
    assert {r["document"] for r in everything} == {"phone-call-with-invitation", "condolence-telegram"}
    one = cli("query", "speech-acts", "--document", "condolence-telegram", "--format", "json")
    assert one.code == 0, one.err
    assert json.loads(one.out) == [r for r in everything if r["document"] == "condolence-telegram"]
    none = cli("query", "speech-acts", "--document", "no-such-report", "--format", "json")
    assert none.code == 0 and json.loads(none.out) == []


def test_scope_names_a_parameter(tmp_path: Path) -> None:
    q = tmp_path / "scoped.rq"
    q.write_text("#+ summary: s\n#+ scope: document\nSELECT ?x ?_doc WHERE { ?x ?p ?_doc }\n")
    with pytest.raises(BadInput, match=r"scoped\.rq:1: 'scope' names 'document'"):
        parse_query_file(q)
    assert get("evidence").scope == "document"
