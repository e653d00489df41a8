"""The language layer: the pinned pipeline loads and is checked; a bad choice is one clear error;
commands that read no text never load it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.errors import BadInput
from diplograph.read import language


def test_default_pipeline_is_the_pinned_one() -> None:
    nlp = language.pipeline(language.DEFAULT_MODEL)
    assert nlp.meta["version"] == language.DEFAULT_VERSION and nlp.lang == "en"
    assert {"parser", "lemmatizer", "ner"} <= set(nlp.pipe_names)
    doc = language.parse("President Emomali Rahmon met the delegation.")
    assert [t.lemma_ for t in doc if t.dep_ == "ROOT"] == ["meet"]
    assert any(e.label_ == "PERSON" for e in doc.ents)


def test_parse_many_keeps_order() -> None:
    docs = list(language.parse_many([("Alpha met Beta.", []), ("Gamma wrote to Delta.", [])]))
    assert [d.text for d in docs] == ["Alpha met Beta.", "Gamma wrote to Delta."]


@pytest.mark.parametrize(
    ("meta", "pipes", "message"),
    [
        ({"lang": "fr"}, ["tagger", "parser", "lemmatizer", "ner"], "not English"),
        ({"lang": "en"}, ["tagger", "lemmatizer", "ner"], "lacks parser"),
        ({"lang": "en"}, ["parser", "lemmatizer", "ner"], "lacks tagger"),
        ({"lang": "en", "version": "3.7.1"}, ["tagger", "parser", "lemmatizer", "ner"], "expected 3.8.0"),
    ],
)
def test_unusable_pipelines_are_refused(meta: dict[str, object], pipes: list[str], message: str) -> None:
    with pytest.raises(BadInput, match=message):
        language.check(language.DEFAULT_MODEL, meta, pipes)


def test_a_missing_model_is_one_line_and_exit_2(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("President Emomali Rahmon met the delegation of the company.\n")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "diplograph",
            "--store",
            str(tmp_path / "s"),
            "--model",
            "no_such_model",
            "ingest",
            str(report),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [
        "diplograph: language model 'no_such_model' is not installed (install it, or choose another with --model)"
    ]
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize("argv", [["--help"], ["queries"], ["query", "communications"], ["export"]])
def test_commands_that_read_no_text_do_not_load_the_model(tmp_path: Path, argv: list[str]) -> None:
    code = (
        "import sys\nfrom diplograph.cli import main\n"
        f"try:\n    main(['--store', {str(tmp_path / 's')!r}, *{argv!r}])\nexcept SystemExit:\n    pass\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NONE', file=sys.stderr)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert r.stderr.strip().endswith("NONE"), r.stderr


def test_sentence_starts_keep_a_headline_apart() -> None:
    text = "Greetings to the leaders of the region\n\nPresident Ana Lima sent greetings to Prime Minister Joao Reis."
    starts = [0, text.index("President")]
    apart = language.parse(text, starts)
    assert [s.text.strip()[:9] for s in apart.sents] == ["Greetings", "President"]
    sent = next(t for t in apart if t.lemma_ == "send")
    assert [c.text for c in sent.children if c.dep_ == "nsubj"] == ["Lima"]


def test_a_joint_verb_is_one_verb() -> None:
    """ "co-chair" stays one word, a verb, so the parse around it holds ("met ... to co-chair the Forum")."""
    doc = next(language.parse_many([("The two ministers met in Brisbane to co-chair the Ministerial Forum.", [])]))
    tok = next(t for t in doc if t.text.startswith("co"))
    assert tok.text == "co-chair" and tok.pos_ == "VERB"
    assert next(t for t in doc if t.text == "Forum").head == tok


def test_the_parser_splits_a_sentence_again_only_after_a_stop() -> None:
    """A long list of envoys with their posts is one sentence (the parser would otherwise
    start one at a given name in the middle); a stop the reader's splitter missed still ends one."""
    text = (
        "President Luis Soto received the credentials of Ambassador of the Republic of Kenya Grace Wanjiru "
        "Mwangi and Ambassador of the Republic of Ghana Kofi Mensah Boateng."
    )
    assert len(list(language.parse(text, [0]).sents)) == 1
    two = "President Luis Soto met the envoys. They discussed trade"
    assert len(list(language.parse(two, [0]).sents)) == 2
