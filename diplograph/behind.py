"""Store work done beside the ingest: the periodic flush and the snapshot checkpoint.

Oxigraph lets go of Python's lock while RocksDB writes its buffers out (``Store.flush``) and
while it makes a checkpoint (``Store.backup``), so a bulk ingest hands these to a thread of
their own and reads the next report meanwhile (on one core they cost what they did). One
task per store at a time: whatever needs the store settled (the next task, closing the
store, a checkpoint made in line) waits with :func:`settled`, which raises what the task
raised, so no error is lost with the thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pyoxigraph as ox

_pending: dict[int, tuple[threading.Thread, list[BaseException]]] = {}
_lock = threading.Lock()


def start(store: ox.Store, task: Callable[[], object]) -> None:
    """Run ``task`` (work on ``store``) in a thread of its own, once the last one has ended."""
    settled(store)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            task()
        except BaseException as e:  # raised again by settled()
            errors.append(e)

    thread = threading.Thread(target=run, name="diplograph-behind", daemon=True)
    with _lock:
        _pending[id(store)] = (thread, errors)
    thread.start()


def settled(store: ox.Store) -> None:
    """Wait for the task on ``store`` started by :func:`start`; raise what it raised."""
    with _lock:
        pending = _pending.pop(id(store), None)
    if pending is None:
        return
    thread, errors = pending
    thread.join()
    if errors:
        raise errors[0]
