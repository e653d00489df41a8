"""What the contacts read before say of a communication the grammar finds: that it was read
already (the envoys a credentials ceremony named, given their audiences in this sentence; what
a sender's letter to a state's leader says, "In the text, X conveyed to the Cuban people his
condolences"), and whom a message no name follows goes to: the one receiver of every letter so
far, the person the last letter went to ("X and Y have also sent their congratulations"), the
one who received the credentials presented before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplograph.read.contacts import met
from diplograph.read.facts import Communication, Extraction
from diplograph.read.lexicon import Entity
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence
from diplograph.read.triggers import WRITTEN

if TYPE_CHECKING:
    from diplograph.read.found import Found


def audience(c: Communication) -> bool:
    """A meeting of one person receiving envoys or their states."""
    return c.kind == "meeting" and len(c.recipients) == 1 and c.recipients[0].kind == "person"


def received_here(out: Extraction, s: Sentence) -> set[Entity]:
    """Those this sentence has already given an audience, or who had one (the envoys a credentials
    ceremony named, as received or as calling on its host)."""
    here = (c for c in out.communications if c.kind == "meeting" and c.span == (s.start, s.end))
    return {e for c in here for e in (*c.senders, *c.recipients)}


_ALSO = re.compile(r"\b(?:also|likewise|too)\b")


def also(norm: str, s: Sentence, f: Found, out: Extraction) -> bool:
    """ "X and Y have also sent their congratulations", right after a letter or message to one
    person: to that person too."""
    last = out.communications[-1] if out.communications else None  # (not "also" in a meeting)
    near = norm[max(s.start, f.start - 40) : f.start]
    if last is None or last.kind not in WRITTEN or len(last.recipients) != 1 or not _ALSO.search(near):
        return False
    return not met(out, f.senders + last.recipients)  # (not the messenger's words at the audience)


def one_receiver(out: Extraction) -> bool:
    """Two or more letters, messages or cables so far, all to one recipient: a round-up, whose
    next "in his message, X wished ..." goes to them too."""
    written = [tuple(c.recipients) for c in out.communications if c.kind in WRITTEN]
    return len(written) >= 2 and len(set(written)) == 1


def said_in(f: Found, res: Resolver, out: Extraction) -> bool:
    """Greetings or condolences to a state whose leader the same sender's letter or message
    already went to: what that message says, not another."""
    states = [e for e in f.recipients if e.kind == "state"]
    return (
        bool(states)
        and len(states) == len(f.recipients)
        and any(
            c.kind in WRITTEN and c.senders == f.senders and any(res.country_of(r) in states for r in c.recipients)
            for c in out.communications
        )
    )
