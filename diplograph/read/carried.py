"""Acts a message carries by its words ("a message of condolence" condoles, "congratulatory
cables" congratulate), and the occasion a report states once for many of them."""

from __future__ import annotations

import re

from diplograph.read.dates import only_when
from diplograph.read.facts import Act, Communication, Extraction
from diplograph.read.lexicon import lexicon
from diplograph.read.text import Sentence, Source
from diplograph.read.topics import CLAUSE_END, clean, prep_at, topic_end, trim


def keep(out: Extraction, act: Act) -> None:
    """Add an act unless the report already holds it (a congratulation restated later); the
    one held takes the topic the restatement gives, where it had none. No one addresses an act
    to themselves: such an addressee (a pair phrase read as the agent's pair) is dropped. In one
    sentence, the act its words tell is the one its message carried ("X, in her message,
    congratulated Y on ...": not the round-up's occasion as well)."""
    if act.addressee is not None and act.addressee == act.agent:
        act.addressee = None
    if act.act in ("congratulate", "condole"):
        # told first with no one and nothing named ("The Slovak prime minister offered condolences
        # and ..." above the story), then in full: the full telling only
        bare = [
            a for a in out.acts if (a.act, a.agent) == (act.act, act.agent) and a.addressee is None and a.topic is None
        ]
        if act.addressee is not None and bare:
            out.acts.remove(bare[0])
        held = next(
            (
                a
                for a in out.acts
                if (a.act, a.agent) == (act.act, act.agent)
                and act.addressee in (a.addressee, None)
                and (not _other_occasion(a.topic, act.topic) or _carried_then_told(a, act))
            ),
            None,
        )
        if held is not None and _carried_then_told(held, act) and _other_occasion(held.topic, act.topic):
            if held.addressee == act.addressee:  # what the message carries, told in its sentence
                held.topic, held.topic_span = act.topic, act.topic_span
            return
        if held is not None:
            if held.topic is None and act.topic is not None and held.addressee == act.addressee:
                held.topic, held.topic_span = act.topic, act.topic_span
            return
    if act.act == "invite" and act.addressee is not None:
        # the invitation a report tells, then its letter repeats ("It would give me great pleasure
        # to welcome you to Malta"): one invitation
        again = next(
            (
                a
                for a in out.acts
                if (a.act, a.agent, a.addressee) == (act.act, act.agent, act.addressee)
                and a.communication == act.communication
            ),
            None,
        )
        if again is not None:
            if again.topic is None and act.topic is not None:
                again.topic, again.topic_span = act.topic, act.topic_span
            return
    if act.act == "thank":  # "a cable of thanks from X, in which he thanked Y for ...": the cable's, told
        told = next((a for a in out.acts if _told_thanks(a, act)), None)
        if told is not None:
            told.topic, told.topic_span = act.topic, act.topic_span
            return
    out.acts.append(act)


def _told_thanks(held: Act, act: Act) -> bool:
    """Thanks a message carried by its kind, with no words yet, then told in its sentence."""
    return (
        (held.act, held.agent, held.span) == (act.act, act.agent, act.span)
        and held.topic is None
        and held.addressee == act.addressee
    )


def _carried_then_told(held: Act, act: Act) -> bool:
    """An act a message carried by its kind (its topic the whole sentence's), then told in words
    in the same sentence."""
    return held.span == act.span and held.topic_span == held.span and act.topic_span != act.span


def _other_occasion(one: str | None, other: str | None) -> bool:
    """Two topics that share no word of substance: congratulations on a birthday, then on a
    summit held, are two acts."""
    if not one or not other:
        return False
    words = {w for w in re.findall(r"[a-z]{4,}", one.lower())} - {"occasion", "their", "your", "this", "that"}
    return not words & set(re.findall(r"[a-z]{4,}", other.lower()))


def implies_act(phrase: str) -> str | None:
    """The act a message's phrase carries by its words ("a message of condolence": condole)."""
    return next((a for key, a in lexicon().implies.items() if key in phrase.lower()), None)


def implied(src: Source, s: Sentence, comm: Communication, index: int, phrase: str, end: int, out: Extraction) -> None:
    """Acts a message carries by its kind: congratulatory messages congratulate, messages of
    condolence condole; one act per recipient, the topic after "on", "over", ..."""
    act_name = implies_act(phrase)
    if act_name is None:
        return
    pat = next(p for p in lexicon().acts if p.act == act_name and p.topic != ("",))
    norm = src.norm
    topic = None
    inner = re.search(r"\b(?:" + "|".join(re.escape(p) for p in pat.topic if p) + r") (.+?)(?: to\b|$)", phrase)
    start = prep_at(norm, end, pat.topic, past_names=True)
    if start is not None:
        span = trim(norm, start, topic_end(norm, start, s.end, []))
        topic = clean(src.text[span[0] : span[1]])
    elif inner:
        cut = CLAUSE_END.search(inner.group(1))
        topic = clean(inner.group(1)[: cut.start()] if cut else inner.group(1))
    topic = None if topic and only_when(topic) else topic  # "messages of felicitation ... on the same day"
    topic = topic or occasion(src, s.start, act_name)
    for agent in comm.senders:
        for addressee in comm.recipients:
            keep(out, Act(act_name, agent, addressee, topic, (s.start, s.end), (s.start, s.end), index))


def occasion(src: Source, before: int, act: str) -> str | None:
    """The occasion stated earlier in the report ("congratulations on his birthday") for an act
    that names none ("Messages came from ...")."""
    preps = "on the occasion of|on|upon" if act == "congratulate" else "over|in connection with|on"
    stem = "congratulat|greeting" if act == "congratulate" else "condolence|sympath"
    found = None
    day = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d|the same day|the eve\b)"
    # "congratulations on ...", "congratulatory messages from heads of state on the occasion of ..."
    # (never past the line: a headline's occasion ends with the headline)
    rx = rf"(?:{stem})\w*(?: [\w'-]+){{0,6}}? (?:{preps}) (?!{day}|behalf of\b)([^,.;\n]+)"  # not whose they are
    for m in re.finditer(rx, src.norm[src.body_start : before], re.I):
        found = m
    if found is None:
        return None
    start = src.body_start + found.start(1)
    topic = clean(src.text[start : src.body_start + found.end(1)])
    # (nor the next verb's words: "congratulated him on the occasion and commended his ...")
    return re.split(r" (?:from|to|came|come|comes|was|were|has|have|had|is|are) | and (?=[a-z]+ed )", topic)[0].strip()


def like_the_last(out: Extraction, index: int, s: Sentence) -> None:
    """A "similar" cable or message carries the congratulation or condolence of the last one of
    its kind that carried one, on the same occasion, from its own sender to its own recipients."""
    comm = out.communications[index]
    before = [
        a
        for a in out.acts
        if a.communication is not None
        and a.communication != index
        and a.act in ("congratulate", "condole")
        and out.communications[a.communication].kind == comm.kind
    ]
    if not before or any(a.communication == index and a.act == before[-1].act for a in out.acts):
        return
    last = before[-1]
    for agent in comm.senders:
        for addressee in comm.recipients:
            keep(out, Act(last.act, agent, addressee, last.topic, (s.start, s.end), (s.start, s.end), index))
