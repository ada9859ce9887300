"""The `debrief` command line as a whole: start-up, the README's command list, bad input."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.cli import COMMANDS, console, main, usage_lines

ROOT = Path(__file__).resolve().parents[1]
LOG = """Company,Job Title,Date Applied,Interview Date,Interview Type,Result,What they said
Acme,Data Analyst,2026-01-05,2026-01-20,1st interview,Rejected,Your answers rambled.
Beta,Analyst,2026-01-10,2026-01-18,1st interview,Rejected,
"""
NO_FEEDBACK = """Company,Job Title,Date Applied,Interview Date,Interview Type,Result,Notes
Acme,Data Analyst,2026-01-05,2026-01-20,1st interview,Rejected,
Beta,Analyst,2026-01-10,2026-01-18,Phone screen,Rejected,
Gamma,Analyst,2026-01-12,,,No reply,
"""


def _run(*argv: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", *argv], capture_output=True,
                          text=True, cwd=ROOT, timeout=120, **kwargs)


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(LOG, encoding="utf-8")
    return path


def test_help_loads_no_pandas_and_no_nltk():
    """Issue 14: --help took 0.9-1.3 s because pandas and NLTK loaded for it."""
    code = ("import sys\nfrom analysis.cli import main\ntry:\n    main(['--help'])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pandas', 'nltk', 'numpy', 'openpyxl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=60).stdout
    assert out.strip().endswith("[]"), out
    for name in COMMANDS:
        assert _run(name, "--help").returncode == 0


def test_readme_lists_every_command_exactly_as_help_shows_it():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Command line"):readme.index("\n## ", readme.index(
        "## Command line") + 5)]
    listed = [line.strip() for line in section.splitlines() if line.startswith("    debrief ")]
    assert listed == usage_lines()
    for option in ("--sheet", "--codebook", "--name", "--today", "-o", "--map"):
        assert option in " ".join(listed)


def test_today_outside_pandas_dates_is_one_sentence(log_file, capsys):
    assert main(["summary", str(log_file), "--today", "2263-01-01"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --today 2263-01-01 is outside the dates") and err.count("\n") == 1


@pytest.mark.parametrize("command", ["summary", "letters", "packet"])
def test_a_log_without_feedback_says_there_is_none_yet(tmp_path, command, capsys):
    """Issue 9 item 8: such a log crashed summary and letters with pyarrow's ArrowInvalid."""
    path = tmp_path / "log.csv"
    path.write_text(NO_FEEDBACK, encoding="utf-8")
    out = tmp_path / ("out.html" if command == "packet" else "out.md")
    assert main([command, str(path), "-o", str(out), "--today", "2026-02-01"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if command == "letters":
        assert "There is no feedback in your log yet" in err
    else:
        assert "There is no feedback in your log yet" in out.read_text(encoding="utf-8")


def test_library_warnings_become_notes_after_the_report(tmp_path, capsys):
    import warnings

    from analysis.commands import summary as summary_command

    tag_log = summary_command.tag_log

    def warn_then_tag(table, codebook):
        warnings.warn("Data Validation extension is not supported", UserWarning, stacklevel=1)
        return tag_log(table, codebook)

    path = tmp_path / "log.csv"
    path.write_text(LOG, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summary_command, "tag_log", warn_then_tag)
        assert main(["summary", str(path), "--today", "2026-02-01"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("# Interview feedback summary")  # nothing printed before
    assert captured.err == "note: Data Validation extension is not supported\n"


ARGS = st.lists(
    st.one_of(
        st.sampled_from([*COMMANDS, "-o", "--today", "--map", "--sheet", "--json", "--name",
                         "--text-column", "--format", "csv", "--encoding", "{log}", "{out}",
                         "{dir}", "/dev/null", "2263-01-01", "2026-02-30", "x=y", "=", "-"]),
        st.text(max_size=12),
    ),
    max_size=7,
)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(ARGS)
def test_no_argv_ever_prints_a_traceback(tmp_path_factory, argv):
    folder = tmp_path_factory.mktemp("argv")
    (folder / "log.csv").write_text(LOG, encoding="utf-8")
    values = {"{log}": str(folder / "log.csv"), "{out}": str(folder / "out.md"),
              "{dir}": str(folder)}
    argv = [values.get(a, a) for a in argv]
    if "--help" in argv or "-h" in argv:
        return
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's usage errors: exit 2 with a usage line
        code = exc.code
    assert code in (0, 2), argv
    assert (folder / "log.csv").read_text(encoding="utf-8") == LOG  # never overwritten


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_traceback_free_under_a_memory_limit_for_dev_zero_and_pipes(tmp_path):
    """Issue 9 item 15: /dev/zero under a memory limit was a MemoryError traceback."""
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    limit = ("import resource, runpy, sys\n"
             "resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))\n"
             "sys.argv = ['debrief'] + sys.argv[1:]\n"
             "runpy.run_module('analysis', run_name='__main__')\n")
    for source in ("/dev/zero", str(fifo)):
        done = subprocess.run([sys.executable, "-c", limit, "summary", source], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 2, done.stderr
        assert re.fullmatch(r"error: .* is not a regular file .*\n", done.stderr), done.stderr


def test_console_script_returns_mains_status_and_spares_the_exit_collection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc
    import tomllib

    scripts = tomllib.loads(Path("pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["debrief"] == "analysis.cli:console"
    missing = str(tmp_path / "missing.csv")
    monkeypatch.setattr(sys, "argv", ["debrief", "tag", missing, "--text-column", "t"])
    try:
        assert console() == 2
        assert gc.get_freeze_count() > 0  # the exit's collection will skip what is alive
    finally:
        gc.unfreeze()
    assert capsys.readouterr().err.startswith("error: ")
