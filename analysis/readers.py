"""DELETE AT MERGE: old import path kept only until normalize and commands/tag use analysis.read."""

from analysis.read import *  # noqa: F403
