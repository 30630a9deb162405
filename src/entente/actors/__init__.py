"""The actors stage: every actor a document mentions, named or described, resolved to the KB.

Exact and accent-insensitive alias matching (an Aho-Corasick automaton over folded text) does the
bulk of the work; fuzzy matching with rapidfuzz reads names with lost characters; titles and
appositions create persons the knowledge base does not know; coreference links "M. Wang", "le chef
de la diplomatie russe" and "son homologue russe" to the person first named.
"""

from entente.actors.persons import add_named_persons
from entente.actors.resolver import ActorMention, DocumentActors, resolve_actors

__all__ = ["ActorMention", "DocumentActors", "add_named_persons", "resolve_actors"]
