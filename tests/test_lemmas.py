"""The per-document word lists the fact families walk by: they pass over a token only where a
full walk would have done nothing with it, and a trigger's kind read once is the kind read again."""

from __future__ import annotations

from diplograph.read import language
from diplograph.read.lemmas import having, triggering, words
from diplograph.read.triggers import grammar, kind_of

TEXT = (
    "President Tom Reid held telephone talks with Ana Lima on Monday. "
    "The visiting minister, who arrived in Lisbon, conveyed a message and an invitation. "
    "Leaders of the region congratulated her, and one of the calls came from Jon Tari."
)


def test_words_are_each_tokens_lemma_and_form() -> None:
    doc = language.parse(TEXT)
    lemmas, forms = words(doc)
    assert lemmas == [t.lemma_.lower() for t in doc]
    assert forms == [t.lower_ for t in doc]
    assert words(doc) is words(doc)  # read once, kept with the parse


def test_triggering_keeps_every_token_of_a_kind() -> None:
    doc = language.parse(TEXT)
    g = grammar()
    for sent in doc.sents:
        kept = [t.i for t in triggering(sent, g.words)]
        full = [t.i for t in sent if kind_of(t, g) is not None]
        assert set(full) <= set(kept)
        assert len(kept) < len(sent)  # the other tokens are passed over
    kinds = {doc[i].lower_ for s in doc.sents for i in (t.i for t in triggering(s, g.words)) if kind_of(doc[i], g)}
    assert {"talks", "message", "calls"} <= kinds


def test_having_by_lemma_and_by_form() -> None:
    doc = language.parse(TEXT)
    sent = next(iter(doc.sents))
    assert [t.text for t in having(sent, {"hold"})] == ["held"]
    assert [t.text for t in having(sent, set(), forms=("monday",))] == ["Monday"]
    second = list(doc.sents)[1]
    assert [t.text for t in having(second, {"arrive"}, forms=("visiting",))] == ["visiting", "arrived"]


def test_a_kind_read_once_is_the_same_read_again() -> None:
    doc = language.parse(TEXT)
    g = grammar()
    talks = next(t for t in doc if t.lower_ == "talks")
    first = kind_of(talks, g)
    assert first == "phone_call"
    assert kind_of(doc[talks.i], g) == first  # a new token object, the kept answer
    assert doc.user_data["diplograph_kinds"][(talks.i, False)] == first
