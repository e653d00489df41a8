"""People's names: the entity a name stands for, and the spans of people the language layer
recognised, trimmed to the name as the reader reads one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from diplograph.namespace import person_iri
from diplograph.read.gender import given_name
from diplograph.read.lexicon import Entity, Lexicon, lexicon
from diplograph.read.patterns import (
    LINEAGE,
    PARTICLES,
    bare_surname,
    family_first,
    mention_patterns,
    name_pattern,
    opening_participles,
    title_words,
)


def person_for(name: str, lex: Lexicon) -> Entity:
    """The entity a person's name stands for: a known one, or one minted from the name."""
    if name in lex.names and lex.names[name].kind == "person":
        return lex.names[name]
    for form, ent in lex.names.items():  # "Muhammad Shehbaz Sharif" is the known "Shehbaz Sharif"
        if ent.kind == "person" and name.endswith(" " + form):
            before = name[: -len(form) - 1].split(" ")[-1]
            if before.lower() not in LINEAGE:  # not the father's: "Mohammed bin Salman bin Abdulaziz"
                return ent
    last = name.split(" ")[-1]
    known = [e for e in lex.surnames.get(last, []) if e.label.split(" ")[0] == name.split(" ")[0]]
    if len(known) == 1 or (" " not in name and len(lex.surnames.get(name, [])) == 1):
        return known[0] if known else lex.surnames[name][0]
    # "Félix Antoine Tshisekedi Tshilombo": the known "Félix Tshisekedi", given name and surname
    # in order among more names
    words = name.split(" ")
    inside = {
        e.iri: e
        for form, e in _by_given(words[0])
        if _in_order(form.split(" "), words) and not _ends_apart(e.label.split(" "), words)
    }
    if len(inside) == 1:
        return next(iter(inside.values()))
    return Entity(person_iri(name), "person", name, surname=last)


@cache
def _by_given(first: str) -> tuple[tuple[str, Entity], ...]:
    """The known people's names (every form) that open with this word."""
    return tuple((f, e) for f, e in lexicon().names.items() if e.kind == "person" and f.split(" ")[0] == first)


def _ends_apart(label: list[str], words: list[str]) -> bool:
    """Two full names that end apart: neither's last word is in the other ("Teodoro Nguema Obiang
    Mangue" is not "Teodoro Obiang Nguema Mbasogo", though "Teodoro Obiang" is in both)."""
    if len(label) < 3 or len(words) < 3 or any(w.lower() in LINEAGE for w in label + words):
        return False  # (names of lineage end as they will: "... bin Farhan Al Saud", "... bin Farhan bin Abdullah")
    a, b = ({p for w in ws for p in w.lower().split("-")} for ws in (label, words))  # ("Al Thani", "al-Thani")
    return not set(label[-1].lower().split("-")) & b and not set(words[-1].lower().split("-")) & a


def _in_order(part: list[str], whole: list[str]) -> bool:
    """Every word of ``part`` in ``whole``, in the same order."""
    rest = iter(whole)
    return len(part) >= 2 and all(w in rest for w in part)


def person_spans(norm: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The people the recogniser found (``ents``: start, end, type), trimmed to the name as
    :func:`diplograph.read.sentence_mentions.find` reads one: honorifics and titles before it and a possessive after
    it go, and a span that is a known state, place, body or demonym, or a single word, is no person.

    >>> text = "HE Mr. Anwar Ibrahim's visit to Kuwait"
    >>> [text[a:b] for a, b in person_spans(text, [(0, 22, "PERSON"), (32, 38, "PERSON")])]
    ['Anwar Ibrahim']

    A style the recogniser left out before the name is part of it (GOLD.md: "Sheikh", "Prince"):

    >>> text = "a cable from Sheikh Tamim Al Thani"
    >>> [text[a:b] for a, b in person_spans(text, [(20, 34, "PERSON")])]
    ['Sheikh Tamim Al Thani']

    A participle that opens the sentence is no part of the name the recogniser took it into:

    >>> text = "Welcoming Mrs Rosa Vela, the President said"
    >>> [text[a:b] for a, b in person_spans(text, [(0, 23, "PERSON")])]
    ['Rosa Vela']
    """
    skip, known = _not_a_name()
    out: list[tuple[int, int]] = []
    for a, b, label in ents:
        if label not in ("PERSON", "STYLED") and not _titled_after(norm, b) and not _given_first(norm[a:b]):
            continue
        pos = a
        while (w := re.match(r"[^\s]+", norm[pos:b])) and (
            w.group().rstrip(".,") in skip
            or re.fullmatch(r"(?:[A-Z]\.?){1,3}", w.group())
            or (pos == a and w.group() in opening_participles())  # "Welcoming Mrs Lins, the President said"
        ):
            pos += w.end() + 1  # "HE", "Mr.", "His Highness", "President": not the name
        m = name_pattern().match(norm, pos, b) if pos < b else None
        if m is None:
            continue
        name = m.group()
        if name.endswith("'s"):
            name = name[:-2]
        words = name.split(" ")
        # "told Rabuka New Zealand was ready": a state's name of several words ends no name
        cut = next((k for k in range(1, len(words) - 1) if " ".join(words[k:]) in known), None)
        if cut is not None:
            name, words = " ".join(words[:cut]), words[:cut]
        one = len(words) == 1 and _titled_after(norm, m.start() + len(name))  # "Sugiono, Indonesia's Foreign Minister"
        one = one and name not in lexicon().references["post_nominals"]  # "Dame X, OBE, PhD, Governor-General"
        # a city's name may end a name a given name opens ("Ricardo Pereira Lima"), never a state's
        place = [w for w in words if w in known]
        surname = given_name(words[0]) and all(w in lexicon().cities and w not in lexicon().names for w in place)
        if (len(words) < 2 and not one) or (place and not (surname and words[0] not in place)):
            continue
        if name in known or name in _agencies() or _kicker(norm, m.start(), name):
            continue
        after = re.match(r" ([a-z]+)", norm[m.start() + len(name) : m.start() + len(name) + 20])
        if words[-1] in _thing_heads() or (after and after.group(1).capitalize() in _thing_heads()):
            continue  # "the Trans-Kalahari Railway", "the Agua Negra tunnel"
        if re.match(r"(?:'s)? (?:Day|Eve)\b", norm[m.start() + len(name) :]) or words[0] in _SAINTS:
            continue  # "St Patrick's Day", "Mandela Day", "the St Patrick's programme": no one of the news
        start = m.start()
        style = re.search(r"(?:^|\s)(\w+) $", norm[max(0, start - 12) : start])
        if style and style.group(1) in lexicon().references["name_styles"]:
            start -= len(style.group(1)) + 1  # "Sheikh Mishal ...": the style is part of the name
        out.append((start, m.start() + len(name)))
    return out


def _kicker(norm: str, start: int, name: str) -> bool:
    """A label that opens a line before a colon and is named nowhere after it ("Fiestas
    Patrias: ... greet Peru"): a rubric or an occasion, no one of the news (a speaker's
    name before a colon is named again in the story)."""
    end = start + len(name)
    if not norm.startswith(":", end) or (start > 0 and norm[start - 1] != "\n"):
        return False
    return not any(re.search(rf"\b{re.escape(w)}\b", norm[end:]) for w in name.split(" "))


_CAPITALISED = re.compile(r"(?<![\w'-])[A-Z][\w'-]*\w")
_NEXT_WORD = re.compile(rf" (?:(?:{'|'.join(PARTICLES)}) )?[A-Z][\w'-]*\w")
_STYLE_BEFORE = re.compile(r"(\w+) $")
_WORD_BEFORE = re.compile(r"([A-Z][\w'-]*) $")
_GENERATION = re.compile(r",? (Jr|Sr)\.?$")
"""A generation's suffix ending a name ("Joseph Nyuma Boakai, Sr."): no surname of its own."""
_SAINTS = frozenset({"St", "St.", "Saint"})  # "St Patrick": a saint, or a place or day named after one


@cache
def _agencies() -> frozenset[str]:
    """News agencies a dateline names ("Havana, Jan 1 (Prensa Latina)"): whole, no person."""
    return frozenset(lexicon().references["news_agencies"])


@cache
def _thing_heads() -> frozenset[str]:
    """Words that close the names of things, never of people (``ingest/references.yaml``)."""
    return frozenset(lexicon().references["thing_heads"])


@cache
def _things() -> frozenset[str]:
    """Words of places and things named after people (``ingest/references.yaml``)."""
    return frozenset(lexicon().references["named_after_people"])


def given_name_runs(norm: str) -> list[tuple[int, int, str]]:
    """Runs of capitalised words that open with a given name of the list, for the people the
    recogniser missed ("... of Foreign Affairs Ignazio Cassis, today concluded ..."), typed
    ``GIVEN``, or that follow a style ("Sayyid Theyazin bin Haitham Al Said"), typed ``STYLED``:
    at most four words each, none of a place or thing named after someone."""
    out: list[tuple[int, int, str]] = []
    styles = lexicon().references["name_styles"]
    for m in _CAPITALISED.finditer(norm):
        styled = _STYLE_BEFORE.search(norm, max(0, m.start() - 12), m.start())
        styled_by = styled is not None and styled.group(1) in styles and m.group() not in styles
        if not given_name(m.group()) and not styled_by:
            continue
        before = _WORD_BEFORE.search(norm, max(0, m.start() - 30), m.start())
        if before is not None and before.group(1) in _things():
            continue  # a place named after someone ("Palacio Benigno Lopez"), no person
        end, words = m.end(), 1
        while words < 4 and (nxt := _NEXT_WORD.match(norm, end)):
            end, words = nxt.end(), words + 1
        if words > 1 and not _things() & set(norm[m.start() : end].split(" ")):
            out.append((m.start(), end, "STYLED" if styled_by else "GIVEN"))
    return out


def given_lead(
    norm: str, ents: list[tuple[int, int, str]], runs: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Person spans of the recogniser that a run of given names opens before ("Ana" of "Ana
    Paula Ribeiro"), widened to take them in; words of known names (a state's) never."""
    lex = lexicon()
    out = []
    for a, b, label in ents:
        run = next((r for r in runs if label == "PERSON" and r[0] < a < r[1] and b <= r[1] + 1), None)
        if run is not None:
            lead = norm[run[0] : a].split()
            if all(given_name(w) and w not in lex.names and w not in lex.demonyms for w in lead):
                a = run[0]
        out.append((a, b, label))
    return out


def _given_first(span: str) -> bool:
    """A span the recogniser typed otherwise that reads as a person's name: two to four
    capitalised words opening with a given name of the list ("Ignazio Cassis"), none of them
    a word of a place or thing named after someone ("Charles de Gaulle Airport")."""
    words = span.removesuffix("'s").split(" ")
    return (
        2 <= len(words) <= 4
        and given_name(words[0])
        and all(w[:1].isupper() or w in PARTICLES for w in words)
        and not _things() & set(words)
    )


def _titled_after(norm: str, end: int) -> bool:
    """A post in apposition follows the span: "Tshering Tobgay, Prime Minister of Bhutan," is a
    person whatever type the recogniser gave the name."""
    if not norm.startswith(", ", end):
        return False
    m = mention_patterns()["title"].match(norm, end + 2)
    return m is not None and not m.group("name") and bool(m.group("of1") or m.group("pre") or m.group("poss"))


@cache
def _not_a_name() -> tuple[frozenset[str], frozenset[str]]:
    """Words that open a recognised span without being the name (titles, honorifics), and the
    names of states, bodies, places and demonyms, which a person's name is not."""
    lex = lexicon()
    skip = title_words() | {w.rstrip(".") for h in lex.honorifics for w in h.split(" ")}
    places = {k for k, e in lex.names.items() if e.kind != "person"}  # a known person's name is a name
    return skip, frozenset(places | lex.demonyms.keys() | lex.cities.keys())


def met_as(name: str, forms: Mapping[str, str]) -> str | None:
    """The person a name stands for among the names met so far in a document (written form ->
    IRI): a surname or given name of exactly one of them, a shorter or longer form of a name of
    lineage, the last words of a name met in full."""
    plain = _GENERATION.sub("", name)  # "X, Sr." after "X", and the other way (not "X Jr." after "X Sr.")
    same = {
        i
        for f, i in forms.items()
        if f != name and _GENERATION.sub("", f) == plain and len({_generation(f), _generation(name)} - {None}) < 2
    }
    if len(same) == 1:
        return same.pop()
    iri: str | None = None
    # the surname, also where the full name put it first in capitals ("KISHIDA Fumio")
    last = bare_surname(name.split(" ")[-1])
    matches = {  # not the father's name ending a name of lineage: "King Salman" is not "Mohammed bin Salman"
        i
        for f, i in forms.items()
        if (
            bare_surname((words := _GENERATION.sub("", f).split(" "))[-1]) == last
            and words[-2:-1] not in ([x] for x in LINEAGE)
        )
        or _capital_surname(f) == name
    }
    if " " not in name and not matches:  # "Li" after "Li Qiang": the family name printed first
        matches = {i for f, i in forms.items() if family_first(f) == name}
    if " " not in name and len(matches) == 1:
        iri = matches.pop()
    # "Mohamed bin Zayed" after "Mohamed bin Zayed Al Nahyan": the same person, shorter
    bare = _unstyled(name)
    longer = {i for f, i in forms.items() if " " in bare and _unstyled(f).startswith(bare + " ")}
    # "King Hamad" after "Hamad bin Isa Al Khalifa": a given name, in a name of lineage
    given = {i for f, i in forms.items() if " " not in bare and _given(f) == bare}
    # and the other way: "Sheikh Mohamed bin Zayed Al Nahyan" after "Mohamed bin Zayed"
    shorter = {i for f, i in forms.items() if " " in f and bare.startswith(_unstyled(f) + " ")}
    # "von der Leyen", "Lula da Silva": the last words of one name met in full, also with the
    # particle capitalised where it starts the name ("Van Weel" after "David van Weel")
    tails = {name, _lowered_particle(name)}
    tail = {  # not the father's name in a name of lineage ("... bin Salman bin Abdulaziz")
        i
        for f, i in forms.items()
        for t in tails
        if " " in t and f.endswith(" " + t) and f[: -len(t) - 1].split(" ")[-1] not in LINEAGE
    }
    if iri is None and len(tail) == 1:
        iri = tail.pop()
    if iri is None and len(longer | given) == 1:
        iri = (longer | given).pop()
    elif iri is None and len(shorter) == 1 and " " in bare:
        iri = shorter.pop()
    # "Ms Paetongtarn", "Prabowo", "Lula": one word of exactly one name met in full
    if iri is None and " " not in name and not matches and name not in PARTICLES:
        word = {i for f, i in forms.items() if " " in f and _a_word_of(name, f.split(" "))}
        if len(word) == 1:
            iri = word.pop()
    # "Simons" after "Jennifer Geerlings-Simons": a part of one double surname met in full
    if iri is None and " " not in name and "-" not in name and not matches and name[:1].isupper():
        part = {i for f, i in forms.items() if " " in f and "-" in (w := f.split(" ")[-1]) and name in w.split("-")}
        if len(part) == 1 and len(name) > 2:
            iri = part.pop()
    return iri


def _generation(name: str) -> str | None:
    """The generation a name's suffix says ("Jr", "Sr"), None where it has none."""
    m = _GENERATION.search(name)
    return m.group(1) if m else None


def _a_word_of(word: str, words: list[str]) -> bool:
    """Whether ``word`` is one of a name's words but the last, and not a father's name after a
    word of lineage ("Abdullah" of "Abdullah II", not of "Al Hussein bin Abdullah II")."""
    return any(w == word and (k == 0 or words[k - 1] not in LINEAGE) for k, w in enumerate(words[:-1]))


def _lowered_particle(name: str) -> str:
    """A name whose first word is a particle capitalised, with the particle in lower case.

    >>> _lowered_particle("Van Weel"), _lowered_particle("De la Cruz"), _lowered_particle("Tom Reid")
    ('van Weel', 'de la Cruz', 'Tom Reid')
    """
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if rest and first.lower() in PARTICLES and first[:1].isupper() else name


def _unstyled(name: str) -> str:
    """A name without the style before it ("Sheikh Mohammed bin Rashid" -> "Mohammed bin Rashid")."""
    first, _, rest = name.partition(" ")
    return rest if rest and first in lexicon().references["name_styles"] else name


def _capital_surname(full: str) -> str | None:
    """The surname of a name written surname first in capitals, as "Kishida" of "KISHIDA Fumio"."""
    first = full.split(" ")[0]
    return first.capitalize() if len(first) > 1 and first.isupper() and " " in full else None


def _given(full: str) -> str | None:
    """The given name of a name of lineage ("Sheikh Tamim bin Hamad Al Thani" -> "Tamim").

    >>> _given("Sheikh Tamim bin Hamad Al Thani"), _given("Vladimir Putin")
    ('Tamim', None)
    """
    words = full.split(" ")
    if words[0] in lexicon().references["name_styles"]:
        words = words[1:]
    return words[0] if len(words) > 2 and words[1] in LINEAGE else None
