"""One error family; each error knows its exit code."""

from __future__ import annotations


class DiplographError(Exception):
    """Base of every error diplograph raises on purpose."""

    exit_code = 2


class BadInput(DiplographError):
    """Input or usage that cannot be processed: exit code 2."""

    exit_code = 2


class NotConforming(DiplographError):
    """A document failed the SHACL gate, or a check found violations: exit code 1."""

    exit_code = 1

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report


class StoreBusy(DiplographError):
    """The store is locked by another process: exit code 2."""

    exit_code = 2
