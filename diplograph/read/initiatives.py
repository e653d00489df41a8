"""Named initiatives in a sentence: resolutions, international years, conferences,
agreements, programmes and projects, with initiator, adopting body and manner."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from diplograph.read.agreements import with_compounds
from diplograph.read.clauses import Ref
from diplograph.read.facts import Extraction, Initiative
from diplograph.read.initiative_bodies import a_body, body_before, body_commission
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.partnerships import only_how
from diplograph.read.resolve import Resolver
from diplograph.read.sessions import session_span
from diplograph.read.text import Sentence, Source
from diplograph.read.wordlist import alternation

if TYPE_CHECKING:
    from spacy.tokens import Span


_WHEN = (
    "(?:January|February|March|April|May|June|July|August|September|October|November|December"
    "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)


@cache
def _rx() -> dict[str, Any]:
    data = lexicon().initiatives
    word = r"(?:[A-Z][\w'.-]*(?:[\w]|(?<=s)')|[A-Z]|\d[\w-]*|\([A-Z]{2,}\))"
    conn = "|".join(re.escape(c) for c in data["connectors"] if c != "-")
    heads = sorted(((h, k) for k, hs in data["heads"].items() for h in hs), key=lambda x: -len(x[0]))
    phrase_heads = sorted(((h, k) for k, hs in data["phrases"].items() for h in hs), key=lambda x: -len(x[0]))
    return {
        # (a date after a connector ends the name: "Resolution 2803 in November")
        "name": re.compile(rf"{word}(?:(?: (?:{conn}))* (?!{_WHEN}\b){word}|-{word}| - {word})*"),
        "trigger": re.compile(alternation([t for ts in data["kinds"].values() for t in ts])),
        "heads": heads,
        "head": re.compile(r" (" + "|".join(re.escape(h) for h, _ in heads) + r")\b"),
        # a work's head after words that say what it carries ("CASA-1000 power transmission project")
        "far_head": re.compile(
            r"(?<!-funded)(?<!-owned)(?<!-led)(?<!-built)"
            r"(?: (?!(?:and|or|of|the|in|on|for|to|with|at|by|from|a|an|is|was|were|will|has|have|had|its|their"
            r"|that|this|these|those|needs|need|wants|said|says)\b)[a-z][\w-]*){1,3} ("
            + "|".join(re.escape(h) for h in sorted(data["works"], key=len, reverse=True))
            + r")\b"
        ),
        "phrase": re.compile(r"\b(?:the |a |an )?(" + "|".join(re.escape(h) for h, _ in phrase_heads) + r")\b"),
        "phrase_kind": dict(phrase_heads),
        "phrase_end": re.compile(data["phrase_end"]),
        "initiator": re.compile(r"\b(?:" + "|".join(map(re.escape, data["initiator"])) + r") ", re.I),
        "adopted": re.compile(r"\b(?:" + "|".join(map(re.escape, data["adopted_by"])) + r") ", re.I),
        "manner": re.compile("|".join(rf"(?P<{k}>{alternation(v, case=False)})" for k, v in data["manner"].items())),
    }


def _kind_of(name: str) -> str | None:
    data = lexicon().initiatives
    trig = _rx()["trigger"].search(name)
    if trig is None:
        return "conference" if re.search(r"\bCOP\d+\b", name) else None  # "COP31": a conference by its number
    kinds: dict[str, list[str]] = data["kinds"]
    return next(k for k, ts in kinds.items() if trig.group() in ts)


def _named(src: Source, s: Sentence, refs: list[Ref]) -> list[Initiative]:
    rx = _rx()
    lex = lexicon()
    norm = src.norm
    people = [(m.start, m.end) for m, e in refs if m.kind in ("person", "title", "description")]
    found: list[Initiative] = []
    for m in rx["name"].finditer(norm, s.start, s.end):
        start, end = m.start(), m.end()
        head = rx["head"].match(norm, end)
        kind = _kind_of(m.group())
        if head is None and kind is None and (far := rx["far_head"].match(norm, end)) is not None:
            head, kind = far, "other"
        if head:
            end = head.end()
            kind = kind or dict(rx["heads"])[head.group(1)]
        name = norm[start:end]
        lead = re.match(
            r"(?:[A-Z]{3,}(?: [A-Z]{3,})* - )?(?:(?:[Tt]he|A|An|This|That|These|Those|In|On|At|During|Both|\d+) )+",
            name,
        )
        if lead:
            start, name = start + lead.end(), name[lead.end() :]
        if name.islower():
            continue  # "That treaty, signed ...": a head word alone, no name
        tail = re.search(r"(?: (?:of|for|on|and|the|in|to|between|until))+$", name)
        if tail:
            end, name = end - len(tail.group()), name[: tail.start()]
        place = re.search(r" in ([A-Z][\w-]*(?: [A-Z][\w-]*)?|\d{4})$", name)
        if place and (place.group(1) in lex.cities or place.group(1) in lex.names or place.group(1).isdigit()):
            end, name = end - len(place.group()), name[: place.start()]  # "... Summit in New Delhi": where it meets
        cop = re.match(r"COP\d+\b", name)
        if cop:  # "COP30 in Belem", "the COP30 conference": the number names it
            end, name, head = start + cop.end(), cop.group(), None
        owner = None
        poss = re.match(r"([A-Z][\w-]*(?: [A-Z][\w-]*)*)'s? ", name)
        if poss and (state := lex.names.get(poss.group(1))) is not None and state.kind == "state":
            start, name, owner = start + poss.end(), name[poss.end() :], state  # "India's Neighbourhood First policy"
        guest = re.match(r"[A-Z][\w-]* to (?:the )?", name)
        if guest and _kind_of(guest.group()) is None:
            start, name = start + guest.end(), name[guest.end() :]  # "invited X to the ... Summit"
        if kind is None or name in lex.initiatives["not_names"] or any(a < end and start < b for a, b in people):
            continue
        if _not_within().search(re.split(r" [a-z]", name, maxsplit=1)[0]) or _not_led_by().match(name):
            continue  # "the Kigali Convention Centre", "Chief of Protocol": a place or an office
        if len(name.split()) < 2 and not re.fullmatch(r"COP\d+", name):
            continue
        if head and kind == "conference" and not _known_lead(norm[start : head.start()]):
            continue  # "Astana summit", "Government commission": no name of its own
        if head and head.group(1) in ("programme", "program", "plan") and _whose(norm[start : head.start()]):
            continue  # "the European plan", "Warsaw's plan", "the Estonia programme": whose, not a name
        if head and head.group(1) == "policy" and _placed(norm[start : head.start()]):
            continue  # "China policy", "the One-China policy", "Madrid's Middle East policy": a stance, not a programme
        if a_body(name):  # an organisation, or a post in one, is not an initiative
            continue
        if _characterised(name):
            continue  # "the Comprehensive Strategic Partnership": how a relationship is, not a named one
        if kind == "conference" and body_commission(name):
            continue  # "the Central Election Commission": a body, not a commission of two sides
        acronym = re.match(r" \((COP\d+)\)", norm[end : end + 10])
        if acronym and kind == "conference":
            start, end, name = end + 2, end + 2 + len(acronym.group(1)), acronym.group(1)
        body = body_before(name)
        for part, at in _listed(name, start):  # "the Belt and Road Initiative and the Global Development Initiative"
            part_kind = _kind_of(part) or kind
            found.append(Initiative(part, part_kind, owner, body if part_kind == "resolution" else None, None, at))
            _inner_year(found, part, at[0], body)
    for m in rx["phrase"].finditer(norm, s.start, s.end):
        stop = rx["phrase_end"].search(norm, m.end(), s.end)
        end = stop.start() if stop else s.end
        start = m.start(1)
        if any(a <= start < b for a, b in (i.span for i in found)) or end - start > 160:
            continue
        if _DAY.match(norm, m.end()):  # "issued a joint statement on Tuesday": a day, not what it is on
            end = start + len(re.sub(r" (?:on|of|for|between)$", "", m.group(1)))
            if " " not in norm[start:end]:
                continue  # "signed an agreement on Monday": no name
        if m.group(1) == "session of":  # "the 80th session of the United Nations General Assembly"
            span = session_span(norm, s.start, start, m.end(), end, refs)
            if span is None:
                continue
            start, end = span
        kind = rx["phrase_kind"][m.group(1)]
        found = [i for i in found if not (start <= i.span[0] and i.span[1] <= end)]  # named inside it
        body = next((e[0] for mm, e in refs if e and e[0].kind == "body" and 0 < start - mm.end <= 1), None)
        found.append(
            Initiative(src.text[start:end], kind, None, body if kind == "resolution" else None, None, (start, end))
        )
    return found


_DAY = re.compile(r"\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _characterised(name: str) -> bool:
    """A partnership named only by how the relationship is and whose it is ("Comprehensive
    Strategic Partnership between A and B"): no name of an agreement (``partnerships``)."""
    words = re.match(r"(.*?) ?Partnership\b", name)
    if words is None or any(t.group() != "Partnership" for t in _rx()["trigger"].finditer(name)):
        return False  # "... Partnership Agreement", "... Partnership Council": named by another word
    return only_how(words.group(1))


def _listed(name: str, start: int) -> list[tuple[str, tuple[int, int]]]:
    """A name that lists several, each with its own trigger word ("the X Initiative and the Y
    Initiative"), as its parts; others whole ("Belt and Road Initiative")."""
    for joint in re.finditer(r",? and (?:the )?", name):
        left, right = name[: joint.start()], name[joint.end() :]
        # (not "Partnership and Cooperation Agreement": a partnership that only says how is no name)
        ends = [t for t in _rx()["trigger"].finditer(left) if t.end() == len(left)]
        if ends and _kind_of(right) and not (ends[0].group() == "Partnership" and _characterised(left)):
            tail = _listed(right, start + joint.end())
            return [(left, (start, start + len(left))), *tail]
    return [(name, (start, start + len(name)))]


def _known_lead(text: str) -> bool:
    """A summit or commission name needs a name of its own: an organisation, states, or two words."""
    lex = lexicon()
    words = [w for w in re.split(r"[ -]+", text.strip()) if w]
    if any(w in lex.cities for w in words) and len(words) == 1:
        return False
    return len(words) >= 2 or any(w in lex.names or w in lex.demonyms for w in words)


def _inner_year(found: list[Initiative], name: str, start: int, body: Entity | None) -> None:
    """ "Resolution on the International Year of X" also names the year itself."""
    inner = re.search(r" (?:on|declaring|proclaiming) (?:the )?(?=[A-Z])", name)
    sub = _rx()["trigger"].search(name, inner.end()) if inner else None
    if inner and sub and sub.start() == inner.end():
        kind = _kind_of(name[sub.start() :])
        if kind and kind != found[-1].kind:
            found.append(
                Initiative(name[sub.start() :], kind, None, body, None, (start + sub.start(), start + len(name)))
            )


def initiatives(
    src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction, span: Span | None = None
) -> None:
    """The initiatives a sentence names (``span``, its parse, for those named by common nouns)."""
    rx = _rx()
    norm = src.norm
    found = _named(src, s, refs)
    if span is not None:
        with_compounds(found, span, src.text)  # "the India-EU trade agreement"
    targets = found or _back_reference(norm, s, out)
    if not targets:
        return
    for key, attr in (("initiator", "initiator"), ("adopted", "adopted_by")):
        for m in rx[key].finditer(norm, s.start, s.end):
            hit = next(
                (
                    (mm, e)
                    for mm, e in refs
                    if e
                    and 0 <= mm.start - m.end() <= 24
                    and re.fullmatch(r"(?:the )?(?:[a-z-]+ ){0,2}", norm[m.end() : mm.start])
                ),
                None,
            )
            if hit is None:
                continue
            who = hit[1][0]
            if attr == "initiator" and who.kind == "person":
                who = res.country_of(who) or who
            if attr == "adopted_by" and who.kind != "body":
                continue
            for init in _attached(norm, targets, m.start()):
                setattr(init, attr, getattr(init, attr) or who)
    adoptable = [i for i in targets if i.kind == "resolution"] or targets
    for m in rx["manner"].finditer(norm, s.start, s.end):
        target = min(adoptable, key=lambda i: abs(i.span[0] - m.start()))
        target.manner = next(k for k, v in m.groupdict().items() if v)
    _owned(norm, s, refs, found)
    _summit_body(norm, s, refs, res, found)
    for init in found:
        same = next((i for i in out.initiatives if _same_name(i.name, init.name)), None)
        if same is None:
            out.initiatives.append(init)
        else:
            same.initiator = same.initiator or init.initiator
            same.adopted_by = same.adopted_by or init.adopted_by
            same.manner = same.manner or init.manner


def _same_name(a: str, b: str) -> bool:
    """One initiative: equal names, a shorter restatement, or COPnn for its long name."""
    la, lb = a.lower(), b.lower()
    if la == lb or la.startswith(lb + " ") or lb.startswith(la + " "):
        return True
    cop = ("conference of the parties" in la and re.fullmatch(r"cop\d+", lb)) or (
        "conference of the parties" in lb and re.fullmatch(r"cop\d+", la)
    )
    return bool(cop)


def _owned(norm: str, s: Sentence, refs: list[Ref], found: list[Initiative]) -> None:
    """ "Turkmenistan's initiatives ..., including the X": X's initiator is Turkmenistan."""
    for m in re.finditer(r"\binitiatives?\b[^.;]{0,80}?\b(?:including|such as)\b", norm[s.start : s.end]):
        at = s.start + m.start()
        owner = next(
            (
                e[0]
                for mm, e in reversed(refs)
                if mm.end <= at
                and e
                and e[0].kind == "state"
                and (mm.possessive or norm[mm.end : at].strip() in ("", "and for its", "its", "and its"))
            ),
            None,
        )
        if owner is None and norm[max(0, at - 5) : at].endswith("its "):
            owner = next((e[0] for mm, e in reversed(refs) if mm.end <= at and e and e[0].kind == "state"), None)
        for init in found:
            if init.span[0] >= s.start + m.end() and init.initiator is None and owner is not None:
                init.initiator = owner
                break


def _summit_body(norm: str, s: Sentence, refs: list[Ref], res: Resolver, found: list[Initiative]) -> None:
    """Declarations and strategies signed or adopted at an organisation's summit are that
    organisation's: the summit is remembered from "(summit|meeting|Council ...) of the SCO"."""
    text = norm[s.start : s.end]
    for mm, e in refs:
        if (
            e
            and e[0].kind == "body"
            and re.search(
                r"(?:summit|meeting|session|Heads of State)(?: of)?(?: the)? $",
                norm[max(s.start, mm.start - 40) : mm.start],
            )
        ):
            res.summit_body = e[0]
    if res.summit_body and re.search(r"\b(?:signed|adopted|approved)\b", text):
        for init in found:
            if init.kind in ("agreement", "programme") and init.adopted_by is None:
                init.adopted_by = res.summit_body


def _attached(norm: str, targets: list[Initiative], at: int) -> list[Initiative]:
    """The initiative a phrase at ``at`` speaks of (the nearest), with those listed with it
    ("A, B and C proposed by X") and those named inside it."""
    nearest = min(targets, key=lambda i: min(abs(i.span[0] - at), abs(i.span[1] - at)))
    chosen = [nearest]
    ordered = sorted(targets, key=lambda i: i.span[0])
    k = ordered.index(nearest)
    while k > 0 and re.fullmatch(r",? (?:and )?(?:the )?", norm[ordered[k - 1].span[1] : ordered[k].span[0]]):
        k -= 1
        chosen.append(ordered[k])
    chosen += [i for i in targets if i not in chosen and nearest.span[0] <= i.span[0] and i.span[1] <= nearest.span[1]]
    return chosen


@cache
def _back_refs() -> dict[str, re.Pattern[str]]:
    """For each kind, its back-reference words as one pattern ("the Year", "the resolution")."""
    refs: dict[str, list[str]] = lexicon().initiatives["back_refs"]
    return {
        kind: re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b") for kind, words in refs.items() if words
    }


def _back_reference(norm: str, s: Sentence, out: Extraction) -> list[Initiative]:
    """ "The Year was proclaimed by ...": the last initiative of the kind a back-reference names."""
    text = norm[s.start : s.end]
    for kind, words in _back_refs().items():
        if words.search(text):
            last = next((i for i in reversed(out.initiatives) if i.kind == kind), None)
            if last is None and kind == "resolution":  # "the resolution" that declared the year
                last = next((i for i in reversed(out.initiatives) if i.kind == "international_year"), None)
            if last is not None:
                return [last]
    return []


def _whose(words: str) -> bool:
    """Words before a head that only say whose it is: one place or people, or someone's."""
    lex = lexicon()
    parts = words.split()
    one = len(parts) == 1 and (parts[0] in lex.names or parts[0] in lex.demonyms or parts[0] in lex.cities)
    return one or any(w.endswith(("'s", "'")) for w in parts)


def _placed(words: str) -> bool:
    """Words before a head that name a place or someone's: "One-China", "Madrid's Middle East"."""
    names = lexicon().names
    parts = re.split(r"[ -]", words.strip())
    return any(w in names or w.endswith(("'s", "'")) for w in parts) or bool(
        re.search(r"\b(?:East|West|North|South|Asia|Africa|Europe|Pacific|Atlantic|Arctic)\b", words)
    )


@cache
def _not_within() -> re.Pattern[str]:
    """Words that make the first capitalised words of a run a place, an office or a headline's
    (``not_within``)."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, lexicon().initiatives['not_within']))})\b")


@cache
def _not_led_by() -> re.Pattern[str]:
    """The offices a capitalised run that is no initiative may begin with (``not_led_by``)."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, lexicon().initiatives['not_led_by']))}) of\b")
