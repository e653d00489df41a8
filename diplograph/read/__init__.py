"""The reader: report text in, facts out.

``text`` reads and checks the input (``quotemarks``: a paragraph's single quotation
marks as double); ``language`` runs the statistical pipeline; ``lexicon``
loads the dictionaries of ``ingest/`` and ``ontology/reference``; ``mentions`` and
``resolve`` find and resolve who is named (``described``: what a description, a style, a group
or a pair of no name stands for; ``joins``: a title and the name after it, chains
of titles, appositions, as one mention; ``voices``: the first person of a quoted
speaker; ``cataphora``: a possessive before its subject); ``grammar`` applies the genre
grammar over syntax (``found``: what it found; ``roles`` and ``prepositions``: the parties
by grammatical role; ``misparse``: where the parser misreads news syntax; ``roundups`` and
``credentials``: reports of many senders or envoys); ``comms``, ``acts`` (with ``act_verbs``:
act verbs found by lemma; ``carried``: the acts a message's words carry; ``agents``: by whom;
``addressees``: to whom), ``phrases`` (with ``predicates``: what a state is said to be to
another), ``initiatives`` and
``topics`` read each fact family; ``extract`` runs them all over one report.
"""
