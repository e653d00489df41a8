"""Where the data folders are: inside the installed package, or beside it in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """Path of ``ontology``, ``ingest`` or ``queries``: shipped in the wheel or in the checkout."""
    for candidate in (_PKG / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"diplograph data folder {name!r} not found beside {_PKG}")
