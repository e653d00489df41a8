"""HTTP content negotiation: the best of the offered media types for an ``Accept`` header.

>>> best("text/html,application/xml;q=0.9,*/*;q=0.8", ["text/turtle", "text/html"])
'text/html'
>>> best("application/ld+json", ["text/turtle", "application/ld+json"])
'application/ld+json'
>>> best("", ["text/turtle", "application/ld+json"])
'text/turtle'
>>> best("image/png", ["text/turtle"]) is None
True
>>> best("text/*;q=0.5, text/turtle;q=0", ["text/turtle", "text/csv"])
'text/csv'
"""

from __future__ import annotations


def parse(accept: str) -> list[tuple[str, float]]:
    """``(media range, q)`` pairs, lower-cased, parameters other than q dropped."""
    out = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            name, _, value = f.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        out.append((media, q))
    return out


def _quality(ranges: list[tuple[str, float]], offer: str) -> float:
    """The q of the most specific range matching ``offer`` (0 when none does)."""
    kind = offer.split("/")[0]
    best_specificity, q = -1, 0.0
    for media, mq in ranges:
        if media == offer:
            specificity = 2
        elif media == f"{kind}/*":
            specificity = 1
        elif media == "*/*":
            specificity = 0
        else:
            continue
        if specificity > best_specificity:
            best_specificity, q = specificity, mq
    return q


def best(accept: str | None, offers: list[str]) -> str | None:
    """The offer the client prefers (ties go to the earlier offer); the first offer when
    there is no ``Accept``; None when nothing offered is acceptable."""
    ranges = parse(accept or "")
    if not ranges:
        return offers[0] if offers else None
    scored = [(_quality(ranges, o), -i, o) for i, o in enumerate(offers)]
    q, _, offer = max(scored)
    return offer if q > 0 else None
