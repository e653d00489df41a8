"""diplograph: diplomatic reports in, a validated knowledge graph out.

>>> from diplograph import ingest_text
>>> doc = ingest_text("President of Ruritania Anna Berg met with the leaders of the region.", doc_id="x")
>>> doc.doc_id, len(doc.graph) > 0
('x', True)
"""

__version__ = "0.1.0"

from diplograph.errors import BadInput, DiplographError, NotConforming
from diplograph.pipeline import IngestedDocument, ingest_text

__all__ = [
    "BadInput",
    "DiplographError",
    "IngestedDocument",
    "NotConforming",
    "__version__",
    "ingest_text",
]
