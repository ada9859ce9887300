"""Tag feedback notes with themes, each a strength or an improvement, with its evidence.

The stages, one module each (every word list they use lives in ``analysis/data/cues.toml``):

- ``tokens``    words, spelling folds, typo slips, stems; sentences in bounded windows
- ``parts``     an email's greeting and sign-off, so only its body is read
- ``chunks``    the one-line shortcut: plain sentences read and cached one by one
- ``phrases``   cue phrases matched longest first
- ``clauses``   clause boundaries, keep/change headers and lists (``instructions``: orders)
- ``speaker``   whose verdict a clause is (candidate, employer, third party), courtesies
- ``scope``     what negation and "too" reach; ``context``: which theme a modifier judges
- ``verdict``   each cue's polarity, advice, comparison, decisions, fallbacks, generic reasons
- ``passes``    the ordered passes, in one place (``CLAUSE_PASSES``, ``SENTENCE_PASSES``)
- ``pipeline``  the note-level speaker model and the ``Tagger`` that runs the passes
- ``batch``     whole tables, each distinct note once, in a process pool when it pays
- ``lexicon``   the cue file compiled into indexed rules; ``words``: its named word lists

Which themes are generic ("fit") comes from ``themes.toml``; which the employer may state
(``employer_terms``) and which theme names the domain of another's experience
(``domain_theme``) from the theme's table in ``cues.toml``; which theme each pass's reading
names (a subject known, delivery, dress, the candidate's terms ...) from its ``[roles]`` table
(``roles``: a pass names the role, ``words.roles.subject``, never a theme id, and a role
naming an undefined theme is refused); occupations' vocabularies are ``[domains.*]`` tables
there: a new theme or trade needs no code.

>>> [(m.theme, m.polarity) for m in tag_text("Great eye contact, but you rambled.")]
[('confidence', 'strength'), ('communication', 'improvement')]
"""

from analysis.tagger.batch import CHUNK_SIZE, POOL_THRESHOLD, TaggingStopped, tag_feedback
from analysis.tagger.lexicon import Lexicon, build_lexicon
from analysis.tagger.model import IMPROVEMENT, STRENGTH, Mention
from analysis.tagger.passes import CLAUSE_PASSES
from analysis.tagger.pipeline import Tagger, build_tagger, tag_text

__all__ = [
    "CHUNK_SIZE",
    "CLAUSE_PASSES",
    "IMPROVEMENT",
    "POOL_THRESHOLD",
    "STRENGTH",
    "Lexicon",
    "Mention",
    "Tagger",
    "TaggingStopped",
    "build_lexicon",
    "build_tagger",
    "tag_feedback",
    "tag_text",
]
