"""The workspace in the app: one open file per browser session, and the sidebar's part of it.

Nothing is written to disk until the person asks: "Save to my workspace" after an upload, or
adding an interview. When a workspace file exists, the app opens on it (after a reload or a
restart) and every page reads its table and its *corrected* mentions. Each session keeps its
own ``Workspace`` (its own SQLite connection) in ``st.session_state``; nothing is shared
between sessions through Streamlit's caches.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from analysis.errors import DebriefError
from analysis.present import plural
from analysis.workspace import Workspace, default_workspace_path
from ui import source, state
from ui.cache import digest_text
from ui.escape import md
from ui.state import Loaded

LABEL = "your workspace"
SHOW_WORKSPACE, SHOW_UPLOAD = "workspace", "upload"
KEY_SHOW_NEXT = "_debrief_show_workspace_next"


@dataclasses.dataclass
class WorkspaceLoaded(Loaded):
    """The data source when it is the workspace: its mentions are its corrected ones."""

    workspace: Any = None  # analysis.workspace.Workspace

    @property
    def mentions(self) -> pd.DataFrame:
        """The workspace's mentions, corrections applied (memoised by the workspace itself)."""
        return self.workspace.mentions()


def workspace_file() -> Path:
    """Where this app's workspace is (``DEBRIEF_WORKSPACE``, else the user's data folder)."""
    return default_workspace_path()


def _inode(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


def session_workspace() -> Workspace | None:
    """This session's open workspace, opening an existing file; never creates one."""
    path = workspace_file()
    held = st.session_state.get(state.KEY_WORKSPACE)
    if held is not None:
        ws, inode = held
        if ws.path == path and inode is not None and _inode(path) == inode:
            return ws
        drop_workspace()  # deleted (Forget everything in another tab) or moved
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        ws = Workspace.open(path, create=False)
    except DebriefError as exc:
        st.session_state[state.KEY_WORKSPACE_ERROR] = str(exc)
        return None
    st.session_state.pop(state.KEY_WORKSPACE_ERROR, None)
    st.session_state[state.KEY_WORKSPACE] = (ws, _inode(path))
    return ws


def open_or_create() -> Workspace:
    """This session's workspace, creating the file now (the person asked to save)."""
    ws = session_workspace()
    if ws is None:
        ws = Workspace.open(workspace_file(), create=True)
        st.session_state[state.KEY_WORKSPACE] = (ws, _inode(ws.path))
    return ws


def drop_workspace() -> None:
    """Forget this session's open workspace object (the file is left as it is)."""
    held = st.session_state.pop(state.KEY_WORKSPACE, None)
    st.session_state.pop(state.KEY_WORKSPACE_LOADED, None)
    if held is not None:
        try:
            held[0].close()
        except Exception:  # already closed by forget(), or its file is gone
            pass


def revisions(ws: Workspace) -> tuple[str, str]:
    """(rows, review): digests that change when the saved rows, or the corrections and taught
    phrases, change (in this process or any other)."""
    logs = ws.logs()
    rows = digest_text(str(ws.path), _inode(ws.path),
                       logs[["filename", "rows", "updated_at"]].astype(str).values.tolist())
    fixes, taught = ws.corrections(), ws.taught()
    review = digest_text(len(fixes), fixes["correction_id"].astype(str).tolist()[-1:],
                         fixes["made_at"].astype(str).tolist()[-1:],
                         taught[["phrase", "theme", "polarity"]].values.tolist())
    return rows, review


def workspace_loaded(ws: Workspace) -> WorkspaceLoaded:
    """The workspace as the app's data source, rebuilt only when its rows change."""
    from analysis.normalize import ImportResult

    rows, review = revisions(ws)
    key = digest_text("workspace", rows)
    cached: WorkspaceLoaded | None = st.session_state.get(state.KEY_WORKSPACE_LOADED)
    if cached is None or cached.key != key or cached.workspace is not ws:
        logs = ws.logs()
        result = ImportResult(table=ws.table(), mapping={}, raw_columns=[], notes=[],
                              source_format="workspace")
        plain = source.describe(result, key=key, label=LABEL, is_sample=False,
                                files=tuple(logs["filename"].astype(str)))
        cached = WorkspaceLoaded(**{f.name: getattr(plain, f.name)
                                    for f in dataclasses.fields(Loaded)}, workspace=ws)
        st.session_state[state.KEY_WORKSPACE_LOADED] = cached
    cached.revision = review
    return cached


def current_workspace(loaded: Loaded) -> Workspace | None:
    """The workspace a page works on, when the data shown is the workspace."""
    return loaded.workspace if isinstance(loaded, WorkspaceLoaded) else None


def notice(text: str) -> None:
    """Say one sentence at the top of the next run (after a save or a delete)."""
    st.session_state[state.KEY_NOTICE] = text


def show_notice() -> None:
    """The sentence a save or delete left, shown once."""
    text = st.session_state.pop(state.KEY_NOTICE, None)
    if text:
        st.toast(md(text), icon=":material/check_circle:")


# ------------------------------------------------------------------------ the data source


def choose_shown(ws: Workspace | None, upload_digest: str | None) -> str:
    """Show the workspace or the upload: a new upload is shown first, then the person picks."""
    if ws is None:
        return SHOW_UPLOAD
    if upload_digest is None:
        return SHOW_WORKSPACE
    if st.session_state.get(state.KEY_SHOW_FOR) != upload_digest:
        st.session_state[state.KEY_SHOW_FOR] = upload_digest
        st.session_state[state.KEY_SHOW] = SHOW_UPLOAD
    if st.session_state.pop(KEY_SHOW_NEXT, None):  # just saved: show the workspace
        st.session_state[state.KEY_SHOW] = SHOW_WORKSPACE
    return st.session_state.get(state.KEY_SHOW) or SHOW_UPLOAD


def load_data() -> Loaded:
    """The sidebar's data source: the upload, the workspace (once there is one) or the sample."""
    loaded = source.load_data()
    files = source.uploads()
    digest = source.digest_uploads(files) if files else None
    ws = session_workspace()
    usable = digest if digest is not None and not loaded.error else None
    with st.sidebar:
        shown = choose_shown(ws, usable)
        workspace_panel(ws, loaded, has_upload=usable is not None,
                        upload_shown=shown == SHOW_UPLOAD)
        show_notice()
    if ws is None or (shown == SHOW_UPLOAD and usable):
        return loaded
    if loaded.error:  # a refused upload: the workspace is shown, with the reason
        return dataclasses.replace(workspace_loaded(ws), warning=f"{loaded.error} Showing "
                                   "your workspace instead.")
    return workspace_loaded(ws)


def workspace_panel(ws: Workspace | None, loaded: Loaded, *, has_upload: bool,
                    upload_shown: bool) -> None:
    """Where the workspace is and what it holds; save, switch, forget."""
    st.subheader("Your workspace")
    error = st.session_state.get(state.KEY_WORKSPACE_ERROR)
    if error:
        st.error(md(error))
    if ws is not None and has_upload:
        st.radio("Show", [SHOW_WORKSPACE, SHOW_UPLOAD], key=state.KEY_SHOW, horizontal=True,
                 format_func={SHOW_WORKSPACE: "My workspace",
                              SHOW_UPLOAD: "This upload only"}.get)
    if has_upload and upload_shown and not loaded.is_sample:
        save_button(ws, loaded)
    if ws is None:
        st.caption(f"Nothing is saved yet. Saving an upload, or adding an interview, keeps it "
                   f"in one file on this computer: {md(workspace_file())}")
        return
    st.caption(f"{describe_workspace(ws)} Kept in {md(ws.path)}")
    forget_button(ws)


def describe_workspace(ws: Workspace) -> str:
    """'2 logs, 47 rows, 3 corrections, 1 taught phrase.' (plain text)."""
    logs = ws.logs()
    parts = [plural(len(logs), "log"), plural(int(logs["rows"].sum()), "row"),
             plural(len(ws.corrections()), "correction"),
             plural(len(ws.taught()), "taught phrase")]
    return ", ".join(parts) + "."


def save_button(ws: Workspace | None, loaded: Loaded) -> None:
    """"Save to my workspace" for the upload shown (the sample never gets one)."""
    where = md(workspace_file())
    help_text = ("Keeps this upload's rows, as read here, in your workspace; saving the same "
                 "file again updates what changed and never duplicates."
                 if ws is not None else f"Creates your workspace, one file at {where}, and "
                 "keeps this upload's rows in it. Nothing else is written.")
    if st.button("Save to my workspace", key="save_workspace", type="primary",
                 icon=":material/save:", help=help_text, width="stretch"):
        try:
            with st.spinner("Saving and tagging your notes..."):
                changes = save_upload(loaded)
        except DebriefError as exc:
            st.error(md(exc))
            return
        notice(saved_sentence(changes))
        st.rerun()


def save_upload(loaded: Loaded) -> list:
    """Save the upload shown into the workspace (created if need be) and tag its notes."""
    ws = open_or_create()
    changes = ws.save_import(loaded.result)
    ws.mentions()  # tag now, under the spinner, so the next page shows at once
    # The radio is drawn already in this run: it switches to the workspace on the next one.
    st.session_state[KEY_SHOW_NEXT] = True
    return changes


def saved_sentence(changes: list) -> str:
    """'Saved my_log.csv: 6 rows added, 0 updated.' for the toast.

    >>> from analysis.workspace import LogChange
    >>> saved_sentence([LogChange("a.csv", 3, 2, 1, 0, 0)])
    'Saved a.csv: 2 rows added, 1 updated, 0 unchanged.'
    """
    parts = [f"{c.filename}: {plural(c.added, 'row')} added, {c.updated:,} updated, "
             f"{c.unchanged:,} unchanged" for c in changes]
    return "Saved " + "; ".join(parts) + "."


def forget_button(ws: Workspace) -> None:
    """"Forget everything": deletes the workspace file, after a confirmation."""
    with st.popover("Forget everything", icon=":material/delete:", width="stretch"):
        st.markdown(f"Delete {md(ws.path)} and everything in it ({md(describe_workspace(ws))})? "
                    "Your own log files are not touched. This cannot be undone.")
        st.button("Yes, delete my workspace", key="forget_workspace", type="primary",
                  on_click=forget)


def forget(say: bool = True) -> None:
    """Delete this session's workspace file (a button's callback)."""
    ws = session_workspace()
    if ws is None:
        return
    path = ws.path
    try:
        ws.forget()
    except DebriefError as exc:
        st.session_state[state.KEY_WORKSPACE_ERROR] = str(exc)
        return
    drop_workspace()
    st.session_state.pop(state.KEY_SHOW, None)
    if say:
        notice(f"Deleted your workspace ({path}). Nothing is kept on this computer now.")


# ------------------------------------------------------------------------ for the pages


def workspace_needed(loaded: Loaded, why: str) -> None:
    """Say what to do when a page needs the workspace and the data shown is not it."""
    if loaded.is_sample:
        st.info(f"{why}, and the sample is never saved. Upload your log and press **Save to "
                "my workspace** in the sidebar, or add an interview.", icon=":material/info:")
    elif session_workspace() is not None:
        st.info(f"{why}. You are looking at this upload only: pick **My workspace** under "
                "*Show* in the sidebar, or save this upload first.", icon=":material/info:")
    else:
        st.info(f"{why}. Press **Save to my workspace** in the sidebar to keep this upload and "
                "review its tags.", icon=":material/info:")


def _untagged(ws: Workspace, table: pd.DataFrame) -> pd.DataFrame:
    """Notes with feedback in which the tagger found no theme (and nobody added one)."""
    from analysis.workspace.identity import note_ids

    has_text = table["feedback"].fillna("").str.strip() != ""
    notes = table.loc[has_text, ["company", "role", "stage", "event_date", "feedback_source",
                                 "feedback"]]
    notes = notes.assign(note_id=note_ids(table.loc[has_text]).to_numpy(), row=notes.index)
    seen = set(ws.mentions(include_removed=True)["note_id"])
    return notes[~notes["note_id"].isin(seen)].reset_index(drop=True)


def review_notes(ws: Workspace, view: Any) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(mentions beside their notes, notes with no theme) of the rows the filters keep."""
    found = ws.review_table()
    if view.filtered:
        found = found[found["row"].isin(view.table.index)]
    key = ("untagged", view.loaded.key, view.loaded.revision)
    memo = st.session_state.get("_debrief_untagged")
    if memo is None or memo[0] != key:
        memo = (key, _untagged(ws, view.loaded.table))
        st.session_state["_debrief_untagged"] = memo
    untagged = memo[1]
    if view.filtered:
        untagged = untagged[untagged["row"].isin(view.table.index)]
    return found.reset_index(drop=True), untagged
