"""The collector held during start-up (_heap.py): paused by hold(), frozen and running again after settle()."""

from __future__ import annotations

import gc

from newsgraph import _heap


def test_hold_then_settle_freezes_what_start_up_made_and_runs_the_collector_again():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        with _heap.held():
            assert not gc.isenabled()
            kept = [[i] for i in range(1000)]  # long-lived containers made while held
            _heap.settle()  # the first document is done
            assert gc.isenabled()
            assert gc.get_freeze_count() >= frozen + len(kept)
            _heap.settle()  # a second call changes nothing
            assert gc.isenabled()
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_end_of_the_held_block_settles_when_no_document_was_read():
    try:
        with _heap.held():
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_settle_without_hold_leaves_the_collector_alone():
    frozen = gc.get_freeze_count()
    _heap.settle()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_hold_leaves_a_collector_that_the_caller_paused_paused():
    gc.disable()
    try:
        with _heap.held():
            pass
        assert not gc.isenabled()  # not ours to enable
    finally:
        gc.enable()


def test_startup_over_freezes_what_exists_and_leaves_the_collector_running():
    frozen = gc.get_freeze_count()
    kept = [[i] for i in range(1000)]
    try:
        _heap.startup_over()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(kept)
    finally:
        gc.unfreeze()


def test_startup_over_leaves_a_held_collector_to_settle():
    frozen = gc.get_freeze_count()
    try:
        with _heap.held():
            _heap.startup_over()
            assert not gc.isenabled()
            assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        gc.enable()
