"""The Streamlit edge of Debrief: everything that knows about widgets, sessions and caches.

``analysis/`` is pure and never imports streamlit; ``app.py`` and the thin pages in ``pages/``
call the modules here, one job each:

- ``state``: session-state keys, and the data one run works on (``Loaded``, ``Filters``,
  ``View``);
- ``escape``: the one escaper for user text the app shows, and the small formatters built on it;
- ``cache``: cache keys (covering every byte and option that shapes a result) and the caches;
- ``pipeline``: the one place the app calls the importer and the summary;
- ``tagging``: tagging with a progress bar that stops when the browser tab is gone;
- ``source``: the sidebar's data source (uploader, sheet picker, encoding, sample);
- ``filters``: the shared sidebar filters and the "Showing n of N" line every page states;
- ``guards``: unexpected errors become one short message, logged in full;
- ``mapping``: the column-mapping editor on *Your data*;
- ``tables``: user text in tables, made safe;
- ``exports``: the four downloads, cached per view;
- ``frame``: what every page shares (sidebar, banners), run by ``app.py``;
- ``workspace``: the session's workspace (save, open on start, show, forget) as a data source;
- ``review``, ``corrections``: the Review tags list, and its corrections, undo, teach, agreement;
- ``add_interview``: the Add an interview form.

Lessons first (issue 13), used by Overview, Funnel, Recurring issues and Export:

- ``nextsteps``: the Next steps panel (``analysis.lessons.next_steps`` in words);
- ``progress``: Am I getting better? (a start day per theme, before and since);
- ``letters``: the letter editor (preview, edit and download one feedback request);
- ``rounds``: what counts as the first round, and the switch to count phone screens;
- ``responses``: response times and ghosting, by source and channel.
"""
