"""Bodies in the names the initiative reader finds: a name that is a body, or a post in one
("Executive Director of the UN Environment Programme (UNEP)"), the body a name opens with ("the
African Union Commission ..."), and a commission that is a body, not one of two sides."""

from __future__ import annotations

import re

from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.patterns import lower_titles


def body_before(name: str) -> Entity | None:
    """The body whose name opens ``name`` before a space, the longest ("the African Union
    Commission ...": the African Union)."""
    names = lexicon().names
    for cut in reversed([i for i, c in enumerate(name) if c == " "]):
        if (e := names.get(name[:cut])) is not None and e.kind == "body":
            return e
    return None


def a_body(name: str) -> bool:
    """A name of the reference data, also with its abbreviation after it, "United Nations" before
    it ("the United Nations World Food Programme") or a post before it ("Executive Director of
    the UN Environment Programme (UNEP)")."""
    names = lexicon().names
    bare = re.sub(r" \([A-Z][\w-]*\)$", "", name)
    of = re.search(r" of (?:the )?(.+)$", bare)
    of = of if of is not None and bare[: of.start()].lower() in lower_titles() else None
    return any(
        n in names and (n == name or names[n].kind == "body")
        for n in (name, bare, re.sub(r"^United Nations ", "", bare), of.group(1) if of else "")
    )


def body_commission(name: str) -> bool:
    """A commission named with no word of joint work and no two parties: a body."""
    if not re.search(r"\bCommission\b", name) or re.search(r"[A-Z][\w]+ ?[-\u2013] ?[A-Z]", name):
        return False
    if re.search(r"\b(?:Summit|Forum|Conference|Meeting|Session|Dialogue|Council)\b", name):
        return False  # "the Commission on the Status of Women Session": another kind names it
    joint = lexicon().initiatives.get("joint_commission", [])
    return not any(re.search(rf"\b{re.escape(w)}\b", name) for w in joint)
