"""The reader: report text in, facts out.

``text`` reads and checks the input; ``language`` runs the statistical pipeline; ``lexicon``
loads the dictionaries of ``ingest/`` and ``ontology/reference``; ``mentions`` and
``resolve`` find and resolve who is named (``voices``: the first person of a quoted
speaker); ``grammar`` applies the genre grammar over syntax (``found``: what it found); ``comms``, ``acts`` (with
``carried``: the acts a message's words carry), ``phrases``, ``initiatives`` and ``topics``
read each fact family; ``extract`` runs them all over one report.
"""
