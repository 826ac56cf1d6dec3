"""`app.main` rests Python's cyclic garbage collector only until the first frame is painted
(the remembered start checks the paint itself: tests/app/test_saved_first_paint.py)."""

from __future__ import annotations

import gc

import pytest

from optilearn_desktop import app


def test_the_collector_rests_while_the_window_opens_and_runs_again_if_it_fails(
    monkeypatch, tmp_path
):
    monkeypatch.setenv("OPTILEARN_DESKTOP_HOME", str(tmp_path))  # nobody remembered here
    seen: list[bool] = []

    def failing_open(*_args: object) -> None:
        seen.append(gc.isenabled())
        raise RuntimeError("no display")

    monkeypatch.setattr(app, "_open_window", failing_open)
    assert gc.isenabled()
    with pytest.raises(RuntimeError, match="no display"):
        app.main(["--server", "http://127.0.0.1:9"])
    assert seen == [False]
    assert gc.isenabled(), "a start that fails must not leave the collector off"


def test_a_start_handed_to_the_running_window_leaves_the_collector_on(monkeypatch, tmp_path):
    monkeypatch.setenv("OPTILEARN_DESKTOP_HOME", str(tmp_path))
    monkeypatch.setattr(app, "_open_window", lambda *_args: None)  # handed over
    assert app.main(["--server", "http://127.0.0.1:9"]) == 0
    assert gc.isenabled()
