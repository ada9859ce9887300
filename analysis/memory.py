"""The cyclic garbage collector, paused where the code builds large acyclic structures.

CPython runs a full collection whenever enough new container objects survive; building the
lexicon's hundreds of thousands of sets and tuples, or a JSON line per row of a cohort file,
sets off collections that traverse everything already alive, for no garbage at all (these
structures hold no reference cycles, so reference counting frees them). Pausing the
collector for those stretches only skips that useless work. Both helpers act on the whole
process: another thread's block ending first can end a pause early, which costs time only.
A process about to exit spares its last collection the same way (``spare_final_collection``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_collector() -> Iterator[None]:
    """Pause cyclic garbage collection inside the block (restored after, even on error).

    >>> import gc
    >>> with paused_collector():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Move every object alive now out of the collector's reach for the block, then back.

    Forked workers inherit the parent's heap (the lexicon, the table): frozen, their
    collections never traverse it, which spares the time and the copy-on-write of the pages
    it lives in (the recipe in the ``gc.freeze`` documentation); objects made inside the
    block are collected as usual.

    >>> import gc
    >>> with frozen_heap():
    ...     gc.get_freeze_count() > 0
    True
    >>> gc.get_freeze_count()
    0
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def age_survivors() -> None:
    """Move every object alive now to the oldest generation without traversing it.

    After a paused build the youngest generation holds everything built (the lexicon's
    hundreds of thousands of sets and tuples), and the first collection once the collector
    is back would walk it all for no garbage (about a fifth of ``build_tagger``). Freezing
    and at once unfreezing moves it to the oldest generation in one step; only full
    collections, which are rare, visit it again. Inside a ``frozen_heap`` block it does
    nothing (unfreezing would end that block's freeze).

    >>> import gc
    >>> age_survivors()
    >>> gc.get_count()[0] < 100
    True
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def spare_final_collection() -> None:
    """Put every object alive now out of the collector's reach, as a process's last step.

    At exit CPython runs one more full collection over everything still alive (the lexicon,
    the table, pandas' modules) and finds no garbage: on a 30,000-note ``debrief tag`` that
    was about a tenth of the run. Frozen objects are skipped by it; they are also never
    collected afterwards, so only a process that is about to end calls this.

    >>> import gc
    >>> before = gc.get_freeze_count()
    >>> spare_final_collection()
    >>> gc.get_freeze_count() >= before
    True
    >>> gc.unfreeze()
    """
    gc.freeze()
