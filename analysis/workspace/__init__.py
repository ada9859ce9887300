"""A local workspace: keep logs, tags, corrections and taught phrases between visits.

One SQLite file (by default in the user's data folder, see :func:`default_workspace_path`)::

    ws = Workspace.open(path)             # creates it if missing; refuses a damaged/newer file
    result = ws.add_log(filename, data)   # the same ImportResult as normalize.import_log
    ws.save_import(result)                # or save an import the app has already made
    ws.table()                            # canonical table of every saved log
    ws.mentions()                         # tags with corrections applied, plus note_id, status
    ws.correct(note_id, theme, polarity, "confirm" | "remove" | "flip" | "add", evidence=...)
    ws.corrections()                      # one row per correction, with when it was made
    ws.agreement()                        # per-theme precision/recall and Cohen's kappa
    ws.preview_teach(phrase, theme, polarity); ws.teach(phrase, theme, polarity)
    ws.overlay_toml()                     # taught phrases in the shape of cues.toml
    ws.add_interview(company=..., date=..., stage=..., outcome=..., feedback=..., source=...)
    ws.export(path); Workspace.import_file(path); ws.forget()

Rows are identified by what they are (analysis.workspace.identity), so adding a file again
updates what changed and never duplicates; corrections are stored against a note's identity
and replayed over whatever the tagger says today (analysis.workspace.review).
"""

from analysis.workspace.core import ADDED_LOG, AddedInterview, LogChange
from analysis.workspace.review import ACTIONS, Agreement, agreement, cohen_kappa
from analysis.workspace.store import ENV_VAR, SCHEMA_VERSION, default_workspace_path
from analysis.workspace.workspace import Workspace

__all__ = [
    "ACTIONS", "ADDED_LOG", "ENV_VAR", "SCHEMA_VERSION", "AddedInterview", "Agreement",
    "LogChange", "Workspace", "agreement", "cohen_kappa", "default_workspace_path",
]
