"""The reader on reports nobody working on it has read: ``../shared/tools/blind-score`` scores
the installed command on a blind corpus and prints only aggregate figures. This test keeps the
overall F1 from falling below the figure reached less 0.02; it never looks at the texts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, need

MIN_F1 = 0.894  # reached 0.914 (forty-sixth round), less 0.02; the goal is 0.85


def test_blind_corpus_overall_f1_holds() -> None:
    tool = need(ROOT.parent / "shared" / "tools" / "blind-score")
    command = Path(sys.executable).parent / "diplograph"
    if not command.exists():
        command = Path(shutil.which("diplograph") or "diplograph")
    r = subprocess.run(
        [sys.executable, str(tool), "--run", str(command), "--min-f1", str(MIN_F1)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    overall = next((line for line in r.stdout.splitlines() if line.startswith("ALL")), r.stdout + r.stderr)
    assert r.returncode == 0, overall
