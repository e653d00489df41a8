"""One error family; each error knows its exit code."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class DiplographError(Exception):
    """Base of every error diplograph raises on purpose. Its message is one line whatever it
    quotes: line breaks and other control characters (a file named ``a\\nb.txt``) are escaped.

    >>> str(BadInput("a\\nb.txt: empty report"))
    'a\\\\nb.txt: empty report'
    """

    exit_code = 2

    def __str__(self) -> str:
        return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), super().__str__())


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
