"""French language data (spaCy keeps its own in ``spacy/lang/fr``)."""
