"""What a person watching a bulk ingest sees: a progress bar on a terminal, one plain line per
report otherwise, nothing but refusals and the summary with ``--quiet``; and the summary.

>>> from diplograph.corpus import BAD_INPUT
>>> s = Summary()
>>> s.add("stored"); s.add("replaced"); s.add("unchanged")
>>> s.refuse(Refusal("b.txt", BAD_INPUT, "b.txt: empty report"))
>>> print("\\n".join(s.lines()))
4 reports: 2 stored (1 of them replacing an earlier version), 1 unchanged, 1 refused (1 bad input)
refused: b.txt (bad input)
>>> s.exit_code
2
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from diplograph.corpus import Refusal

if TYPE_CHECKING:
    from tqdm import tqdm


@dataclass
class Summary:
    """Counts of what became of each report, and the refused inputs in input order."""

    stored: int = 0
    replaced: int = 0
    unchanged: int = 0
    refused: list[Refusal] = field(default_factory=list)
    interrupted: bool = False

    def add(self, status: str) -> None:
        """Count a report ``stored`` (new), ``replaced`` (stored over an earlier version) or
        ``unchanged``."""
        if status == "unchanged":
            self.unchanged += 1
        else:
            self.stored += 1
            self.replaced += status == "replaced"

    def refuse(self, refusal: Refusal) -> None:
        self.refused.append(refusal)

    @property
    def exit_code(self) -> int:
        """0 when nothing was refused; else the worst refusal's code (2 bad input before 1 not
        conforming), whatever else was stored."""
        return max((r.exit_code for r in self.refused), default=0)

    def lines(self) -> list[str]:
        total = self.stored + self.unchanged + len(self.refused)
        replacing = f" ({self.replaced} of them replacing an earlier version)" if self.replaced else ""
        parts = [f"{self.stored} stored{replacing}"]
        parts.append(f"{self.unchanged} unchanged")
        reasons = Counter(r.reason for r in self.refused)
        by_reason = ", ".join(f"{n} {reason}" for reason, n in sorted(reasons.items()))
        parts.append(f"{len(self.refused)} refused" + (f" ({by_reason})" if self.refused else ""))
        head = f"{total} report{'s' * (total != 1)}: " + ", ".join(parts)
        if self.interrupted:
            head = "interrupted after " + head + "; the rest was not read"
        return [head] + [f"refused: {r.origin} ({r.reason})" for r in self.refused]


class Watch:
    """Shows each outcome as it comes, in input order. ``bar`` and ``lines`` default to what
    the terminal allows: a bar when stderr is a terminal, per-report lines on stdout unless
    stdout is that same terminal; ``quiet`` turns both off. Refusals always print on stderr."""

    def __init__(
        self,
        *,
        quiet: bool = False,
        total: int | None = None,
        bar: bool | None = None,
        lines: bool | None = None,
        out: TextIO | None = None,
        err: TextIO | None = None,
    ) -> None:
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        show_bar = (not quiet and self.err.isatty()) if bar is None else bar
        self.lines = (not quiet and not (show_bar and self.out.isatty())) if lines is None else lines
        self.summary = Summary()
        self._bar: tqdm[NoReturn] | None = None
        if show_bar:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total, desc="ingest", unit=" reports", file=self.err, dynamic_ncols=True, mininterval=0.2
            )

    def done(self, status: str, doc_id: str, triples: int) -> None:
        self.summary.add(status)
        if self.lines:
            verb = "unchanged" if status == "unchanged" else "stored"
            more = ", replacing an earlier version" if status == "replaced" else ""
            print(f"{verb} {doc_id} ({triples} triples{more})", file=self.out, flush=True)
        self._tick()

    def refused(self, refusal: Refusal) -> None:
        self.summary.refuse(refusal)
        message = f"diplograph: {refusal.message}" + (f"\n{refusal.detail}" if refusal.detail else "")
        if self._bar is not None:
            self._bar.write(message, file=self.err)
        else:
            print(message, file=self.err, flush=True)
        self._tick()

    def _tick(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        """Stop the bar (its total set to what was done) and print the summary on stdout."""
        if self._bar is not None:
            self._bar.total = self._bar.n
            self._bar.refresh()
            self._bar.close()
            self._bar = None
        for line in self.summary.lines():
            print(line, file=self.out, flush=True)


def count(paths: Sequence[str], *, jsonl: bool = False) -> int | None:
    """How many reports the paths hold, read cheaply (JSON Lines by counting lines), for a
    progress bar's total; None when standard input is among them."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        try:
            files = sorted(path.iterdir()) if path.is_dir() else [path]
        except OSError:
            continue
        for f in files:
            if f.suffix == ".jsonl" or (jsonl and not path.is_dir()):
                total += _lines(f)
            elif f.suffix == ".txt" or not path.is_dir():
                total += 1
    return total


def _lines(path: Path) -> int:
    lines, last = 0, b"\n"
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 1
    return lines + (last != b"\n")
