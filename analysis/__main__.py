"""`python -m analysis` runs the same CLI as the `debrief` console script."""

from analysis.cli import console

raise SystemExit(console())
