"""diplograph: diplomatic reports in, a validated knowledge graph out.

>>> from diplograph import ingest_text
>>> doc = ingest_text("President of Ruritania Anna Berg met with the leaders of the region.", doc_id="x")
>>> doc.doc_id, len(doc.graph) > 0
('x', True)
"""

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from diplograph.errors import BadInput, DiplographError, NotConforming

if TYPE_CHECKING:
    from diplograph.pipeline import IngestedDocument, ingest_text


def __getattr__(name: str) -> Any:
    """The reader is imported when first asked for (a quarter of a second, spaCy's loading
    aside), so what does not read text (``load``, ``query``, ``export``, the judging process
    of a load) starts without it."""
    if name in ("IngestedDocument", "ingest_text"):
        from diplograph import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")


__all__ = [
    "BadInput",
    "DiplographError",
    "IngestedDocument",
    "NotConforming",
    "__version__",
    "ingest_text",
]
