"""The nlp stage: sentences for every document, spaCy's full pipeline only where it pays.

spaCy's parser splits French news poorly (TOOLCHAIN.md: F1 0.69-0.76), so sentences come from a rule
splitter that respects paragraph breaks and abbreviations. The costly statistical pipeline then runs
only on the sentences a cheap scan marked as worth it (an event trigger, a title, an actor), which is
what keeps entente end to end as fast as bare spaCy.
"""

from entente.nlp.models import load_model
from entente.nlp.sentences import Sentence, split_sentences

__all__ = ["Sentence", "load_model", "split_sentences"]
