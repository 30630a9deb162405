"""The actor knowledge base: states, organisations and office-holders with their tenures.

Facts that do not depend on a language (codes, canonical English names, Wikidata ids, tenures) live in
``kb/data/``; the words a language uses for them (names, demonyms, metonyms, transliterations) live in
``lang/<code>/kb/``. ``load_kb`` joins the two once per process.
"""

from entente.kb.loader import Entity, KnowledgeBase, Office, load_kb

__all__ = ["Entity", "KnowledgeBase", "Office", "load_kb"]
