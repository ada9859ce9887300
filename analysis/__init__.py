"""Debrief's pure core: schema, import, tagging, metrics, figures, exports and the CLI.

Nothing in this package imports streamlit; the app in app.py and pages/ is a thin shell over it.
"""

__version__ = "0.1.0"
