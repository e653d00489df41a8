"""Each token's lower-case lemma and form, read once per parsed document and kept with it.

The fact families walk every sentence for the few words they act on (the triggers of
communications, the verbs of arrival, of leading a delegation, of hailing): with these lists
they pass over the great many other tokens by index, without making a spaCy token of each."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KEY = "diplograph_words"


def words(doc: Doc) -> tuple[list[str], list[str]]:
    """The lower-case lemma and the lower-case form of every token of ``doc``, by index."""
    got: tuple[list[str], list[str]] | None = doc.user_data.get(_KEY)
    if got is None:
        got = ([t.lemma_.lower() for t in doc], [t.lower_ for t in doc])
        doc.user_data[_KEY] = got
    return got


def having(sent: Span, wanted: Collection[str], forms: Collection[str] = ()) -> Iterator[Token]:
    """The tokens of ``sent`` whose lower-case lemma is in ``wanted``, or whose lower-case form
    is in ``forms``, in order."""
    doc = sent.doc
    lemmas, lowered = words(doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] in wanted or lowered[i] in forms:
            yield doc[i]


def may_trigger(lemma: str, form: str, wanted: Collection[str]) -> bool:
    """Whether a token of this lower-case lemma and form may be a trigger of a communication,
    whose words are ``wanted``: by lemma, by form, by form less a plural "s", or "one" ("was one
    from X"); no other token is one."""
    return lemma in wanted or form in wanted or form[:-1] in wanted or form == "one"


def triggering(sent: Span, wanted: Collection[str]) -> Iterator[Token]:
    """The tokens of ``sent`` that :func:`may_trigger`, in order."""
    doc = sent.doc
    lemmas, forms = words(doc)
    for i in range(sent.start, sent.end):
        if may_trigger(lemmas[i], forms[i], wanted):
            yield doc[i]
