"""The collector helpers leave the interpreter as they found it, whatever happens inside."""

from __future__ import annotations

import gc

import pytest

from analysis.memory import frozen_heap, paused_collector


def test_paused_collector_restores_collection_after_an_error() -> None:
    with pytest.raises(ValueError), paused_collector():
        assert not gc.isenabled()
        raise ValueError("inside")
    assert gc.isenabled()


def test_paused_collector_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with paused_collector():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_frozen_heap_unfreezes_after_an_error() -> None:
    with pytest.raises(RuntimeError), frozen_heap():
        assert gc.get_freeze_count() > 0
        raise RuntimeError("inside")
    assert gc.get_freeze_count() == 0
