"""A store's write buffers flushed beside the work that goes on.

Oxigraph lets go of Python's lock while RocksDB writes its buffers out to disk, so a bulk
ingest asks for the flush in a thread of its own and reads the next report meanwhile (on one
core it costs what it did). One flush per store at a time: whatever needs the store settled
(closing it, checkpointing a snapshot, the next flush) waits with :func:`settled`, which
raises what the flush raised, so no error is lost with the thread.
"""

from __future__ import annotations

import threading

import pyoxigraph as ox

_pending: dict[int, tuple[threading.Thread, list[BaseException]]] = {}
_lock = threading.Lock()


def behind(store: ox.Store) -> None:
    """Start flushing ``store`` in a thread of its own, once the last such flush has ended."""
    settled(store)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            store.flush()
        except BaseException as e:  # raised again by settled()
            errors.append(e)

    thread = threading.Thread(target=run, name="diplograph-flush", daemon=True)
    with _lock:
        _pending[id(store)] = (thread, errors)
    thread.start()


def settled(store: ox.Store) -> None:
    """Wait for a flush of ``store`` started by :func:`behind`; raise what it raised."""
    with _lock:
        pending = _pending.pop(id(store), None)
    if pending is None:
        return
    thread, errors = pending
    thread.join()
    if errors:
        raise errors[0]
