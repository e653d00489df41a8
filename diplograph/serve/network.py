"""Pictures drawn on the server as SVG: the network of contacts between states (edges weighted
by the number of contacts) and the timeline of one pair's contacts and characterisations.
Every text in them is escaped."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from datetime import date
from html import escape

Row = dict[str, str]
Link = Callable[[str], str]


def chosen(contacts: list[Row], *, start: str = "", end: str = "", kind: str = "") -> list[Row]:
    """The contacts dated within ``start``..``end`` (ISO dates, either open) of ``kind``."""
    out = []
    for c in contacts:
        if kind and c["kind"] != kind:
            continue
        if (start and (not c["date"] or c["date"] < start)) or (end and (not c["date"] or c["date"] > end)):
            continue
        out.append(c)
    return out


def edges(contacts: list[Row]) -> Counter[tuple[str, str]]:
    """Contacts per unordered pair of states (each communication counted once per pair)."""
    seen = {(c["c"], *sorted((c["a"], c["b"]))) for c in contacts}
    return Counter((a, b) for _, a, b in seen)


def network_svg(contacts: list[Row], link: Link, pair: Callable[[str, str], str], size: int = 640) -> str:
    """States on a circle, a line for each pair that had contacts, as thick as their number."""
    labels = {c["a"]: c["aLabel"] for c in contacts} | {c["b"]: c["bLabel"] for c in contacts}
    weights = edges(contacts)
    states = sorted(labels, key=lambda s: labels[s])
    half, radius = size / 2, size / 2 - 110
    at = {
        s: (
            half + radius * math.cos(2 * math.pi * i / len(states)),
            half + radius * math.sin(2 * math.pi * i / len(states)),
        )
        for i, s in enumerate(states)
    }
    most = max(weights.values(), default=1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{size}" height="{size}" '
        f'role="img" aria-labelledby="network-title" class="network">',
        f'<title id="network-title">Contacts between {len(states)} states: {sum(weights.values())} in all</title>',
    ]
    for (a, b), n in sorted(weights.items()):
        (x1, y1), (x2, y2) = at[a], at[b]
        word = "contact" if n == 1 else "contacts"
        parts.append(
            f'<a href="{escape(pair(a, b))}"><line class="edge" '
            f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="{1.5 + 8 * n / most:.1f}" data-weight="{n}">'
            f"<title>{escape(labels[a])} and {escape(labels[b])}: {n} {word}</title></line></a>"
        )
    for s in states:
        x, y = at[s]
        degree = sum(n for (a, b), n in weights.items() if s in (a, b))
        anchor = "start" if x >= half else "end"
        dx = 10 if x >= half else -10
        parts.append(
            f'<a href="{escape(link(s))}">'
            f'<circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="{4 + math.sqrt(degree) * 2:.1f}">'
            f"<title>{escape(labels[s])}: {degree}</title></circle>"
            f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">{escape(labels[s])}</text></a>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def timeline_svg(contacts: list[Row], relations: list[Row], link: Link, width: int = 720) -> str:
    """A pair's contacts (upper row, by kind) and characterisations (lower row, by level)
    along a line of time."""
    dated = [(d, "contact", r) for r in contacts if (d := _day(r["date"]))]
    dated += [(d, "relation", r) for r in relations if (d := _day(r["date"]))]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} 170" width="{width}" height="170" role="img" '
        f'aria-labelledby="timeline-title" class="timeline">',
        f'<title id="timeline-title">{len(contacts)} contacts and {len(relations)} characterisations over time</title>',
        f'<line x1="40" y1="85" x2="{width - 40}" y2="85" class="axis"/>',
    ]
    if dated:
        first, last = min(d for d, _, _ in dated), max(d for d, _, _ in dated)
        span = max(1, (last - first).days)
        for d, what, r in sorted(dated, key=lambda t: t[0]):
            x = 40 + (width - 80) * (d - first).days / span
            if what == "contact":
                text, y, target = f"{r['kind']} {d.isoformat()}", 55, r["c"]
                shape = f'<circle cx="{x:.1f}" cy="{y}" r="7" class="contact"/>'
            else:
                text, y, target = f"{r['level'] or r['phrase']} {d.isoformat()}", 115, r["ch"]
                shape = f'<rect x="{x - 6:.1f}" y="{y - 6}" width="12" height="12" class="relation"/>'
            label = escape(text)
            ty = y - 12 if what == "contact" else y + 22
            parts.append(
                f'<a href="{escape(link(target))}">{shape}<title>{label}</title>'
                f'<text x="{x:.1f}" y="{ty}" text-anchor="middle">{escape(text.split(" ")[0])}</text></a>'
            )
        parts.append(f'<text x="40" y="160">{first.isoformat()}</text>')
        parts.append(f'<text x="{width - 40}" y="160" text-anchor="end">{last.isoformat()}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
