"""Store access for the server: a few worker processes, each with the store open read-only.

Every read runs in a worker, so a query over the time limit can be stopped for real: the
worker is killed and a fresh one takes its place, and the request answers 503. A worker
reads the newest read snapshot and takes the next one when a writer publishes it, so
documents ingested while the server runs appear without a restart, and no read waits for
the writer.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TypeVar

import anyio.to_thread
import pyoxigraph as ox

from diplograph import snapshot
from diplograph.errors import BadInput
from diplograph.store import reading as store_reading

T = TypeVar("T")


def reading(location: Path) -> AbstractContextManager[ox.Store]:
    """The store opened for reading, held for as long as the block runs: the newest read
    snapshot, so a reader never waits for a writer (``diplograph.store.reading``). The one
    place the server opens the store."""
    return store_reading(location, wait=10.0)


def stamp(location: Path) -> tuple[str, bool]:
    """What identifies the state readers see: the newest snapshot's name (it changes with
    every publication) and whether a writer's mark is there. A reader re-opens the store
    when it changes, and so releases the snapshot it held."""
    newest = snapshot.newest(location)
    return (newest.name if newest else "", (snapshot.folder(location) / snapshot.MARK).exists())


_KEPT: dict[tuple[Any, ...], Any] = {}
"""What a reader keeps for the snapshot it reads: emptied when it takes the next one."""


def kept(key: tuple[Any, ...], make: Callable[[], T]) -> T:
    """``make()``, computed once per snapshot by the reader that calls it."""
    if key not in _KEPT:
        _KEPT[key] = make()
    value: T = _KEPT[key]
    return value


class QueryTimeout(Exception):
    """A read ran past the time limit (the worker running it was stopped)."""


class TooLarge(Exception):
    """A result grew past the size limit."""


class NotAcceptable(Exception):
    """No serialisation of the result matches what the client accepts."""


class Unavailable(Exception):
    """The store could not be read."""


_ERRORS: dict[str, type[Exception]] = {
    "bad": BadInput,
    "large": TooLarge,
    "accept": NotAcceptable,
    "unavailable": Unavailable,
}


def _loop(conn: Connection, location: str) -> None:  # pragma: no cover - runs in the worker
    where = Path(location)
    # What the jobs need, imported before the reader says it is ready: a fresh reader's start
    # does not count against the first query it runs.
    import diplograph.serve.api
    import diplograph.serve.resolve
    import diplograph.serve.sparql
    import diplograph.serve.views  # noqa: F401

    conn.send(("ready", None))
    held = ExitStack()
    store: ox.Store | None = None
    seen: tuple[str, bool] | None = None
    while True:
        try:
            fn, args, cacheable = conn.recv()
        except EOFError:
            held.close()
            return
        try:
            now = stamp(where)
            if store is None or now != seen:
                held.close()
                _KEPT.clear()
                store, seen = held.enter_context(reading(where)), now
            key = (fn.__module__, fn.__qualname__, *args)
            if cacheable and key in _KEPT:
                conn.send(("ok", _KEPT[key]))
                continue
            value = fn(store, *args)
            if cacheable:
                _KEPT[key] = value
            conn.send(("ok", value))
        except (BadInput, SyntaxError, ValueError) as exc:
            conn.send(("bad", str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
        except TooLarge as exc:
            conn.send(("large", str(exc)))
        except NotAcceptable as exc:
            conn.send(("accept", str(exc)))
        except Exception as exc:  # the store is busy or unreadable: answer, and open it afresh next time
            held.close()
            store = None
            conn.send(
                ("unavailable", f"the store cannot be read now ({str(exc).splitlines()[0] if str(exc) else exc!r})")
            )


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False

    def answer(self, timeout: float) -> tuple[str, Any] | None:
        if not self.conn.poll(timeout):
            return None
        reply: tuple[str, Any] = self.conn.recv()
        return reply


STARTUP = 120.0
"""Seconds a new reader may take to start before it counts as failed."""


@dataclass
class Workers:
    """``count`` worker processes over the store at ``location``; each read may take at most
    ``timeout`` seconds, waiting for a free worker included."""

    location: Path
    count: int = 2
    timeout: float = 30.0
    _idle: asyncio.Queue[_Worker] | None = field(default=None, init=False)
    _all: list[_Worker] = field(default_factory=list, init=False)

    def start(self) -> None:
        self._idle = asyncio.Queue()
        for _ in range(self.count):
            self._idle.put_nowait(self._spawn())

    def _spawn(self) -> _Worker:
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(target=_loop, args=(child, str(self.location)), daemon=True, name="diplograph-reader")
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self._all.append(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        self._all.remove(worker)

    async def call(self, fn: Callable[..., T], *args: Any, cache: bool = False) -> T:
        """``fn(store, *args)`` in a worker; its errors come back as the same kinds. With
        ``cache``, a worker answers the same call again from memory until the store it reads
        changes (for the figures and contacts that every page view would otherwise recount)."""
        assert self._idle is not None, "Workers.start() was not called"
        deadline = time.monotonic() + self.timeout
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.timeout)
        except TimeoutError:
            raise QueryTimeout(f"no reader was free within {self.timeout:g} s") from None
        try:
            if not worker.ready:  # a reader just started: its imports are not the query's time
                began = time.monotonic()
                hello = await anyio.to_thread.run_sync(worker.answer, STARTUP)
                worker.ready = hello is not None and hello[0] == "ready"
                if not worker.ready:
                    raise EOFError
                deadline += time.monotonic() - began
            worker.conn.send((fn, args, cache))
            reply = await anyio.to_thread.run_sync(worker.answer, max(0.0, deadline - time.monotonic()))
        except (OSError, EOFError):  # the worker died
            reply = ("unavailable", "a reader stopped unexpectedly")
        except BaseException:  # cancelled: the worker may still be busy, so it is replaced
            self._retire(worker)
            self._idle.put_nowait(self._spawn())
            raise
        if reply is None or (reply[0] == "unavailable" and not worker.process.is_alive()):
            self._retire(worker)
            worker = self._spawn()
        self._idle.put_nowait(worker)
        if reply is None:
            raise QueryTimeout(f"the query ran past the time limit of {self.timeout:g} s and was stopped")
        kind, value = reply
        if kind == "ok":
            result: T = value
            return result
        raise _ERRORS[kind](value)

    def close(self) -> None:
        for worker in list(self._all):
            self._retire(worker)
