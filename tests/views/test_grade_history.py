"""Grade history kept on this computer, end to end: the real window and encrypted cache on disk
against the reference backend (only the keyring backend is a stand-in, as in
test_offline_session.py)."""

from __future__ import annotations

from optilearn_desktop.views.course_detail import CourseDetail

from .conftest import overview_loaded
from .test_offline_session import first_run, machine, quit_app, run_app  # noqa: F401 (fixtures)


def history_loaded(window) -> bool:
    state = window.presenter.state_of_current()
    return (
        overview_loaded(window)
        and state.history is not None
        and not window.tasks.is_running("household")
    )


def shown_ids(page) -> list[str]:
    return [g.submission_id for g in page.model.rows()]


def test_grades_older_than_the_last_ten_stay_on_this_computer(
    run_app,  # noqa: F811 (fixtures imported above)
    machine,  # noqa: F811
    demo,
    qtbot,
    aio,
):
    window = first_run(run_app, machine, demo, qtbot, aio, key="parent_one")
    qtbot.waitUntil(lambda: history_loaded(window), timeout=15_000)
    state = window.presenter.state_of_current()
    first_seen = {g.submission_id for g in state.overview.recent_grades}
    assert set(state.history.by_id) == first_seen
    page = window.grades_page
    window.tabs.setCurrentWidget(page)
    assert page.scope.all_seen.isVisibleTo(window) and not page.scope.note.isVisibleTo(window)
    assert page.scope.all_seen.text().startswith("All seen on this computer since ")
    assert page.scope.recent.isChecked()

    # Eleven new grades push every earlier one out of the school's last 10.
    child = window.presenter.child(window.presenter.current_child)
    for n in range(11):
        demo.grade(child.student_id, 40 + n, 50, title=f"History quiz {n}")
    window.presenter.refresh()
    qtbot.waitUntil(
        lambda: any(
            g.assignment_title == "History quiz 10"
            for g in window.presenter.state_of_current().overview.recent_grades
        ),
        timeout=15_000,
    )
    qtbot.waitUntil(lambda: history_loaded(window), timeout=15_000)
    state = window.presenter.state_of_current()
    recent = {g.submission_id for g in state.overview.recent_grades}
    assert not recent & first_seen
    assert len(shown_ids(page)) == 10
    page.scope.all_seen.click()
    shown = set(shown_ids(page))
    assert first_seen | recent <= shown and len(shown) == len(state.history)

    # The course detail counts the grades kept here too.
    old = next(g for g in page.model.rows() if g.submission_id in first_seen)
    dialog = window.household.open_course(page.table, page.model.rows().index(old))
    assert isinstance(dialog, CourseDetail)
    assert old in dialog.grades and "kept on this computer since" in dialog.source.text()
    dialog.reject()

    # The next start reads them back from the encrypted cache.
    quit_app(aio, window)
    window = run_app(machine)
    qtbot.waitUntil(lambda: history_loaded(window), timeout=15_000)
    again = window.presenter.state_of_current().history
    assert first_seen | recent <= set(again.by_id)


def test_an_unlinked_childs_history_is_removed_with_the_child(
    run_app,  # noqa: F811 (fixtures imported above)
    machine,  # noqa: F811
    demo,
    qtbot,
    aio,
):
    window = first_run(run_app, machine, demo, qtbot, aio)
    qtbot.waitUntil(lambda: history_loaded(window), timeout=15_000)
    gone = window.presenter.current_child
    cache = window.session.cache
    assert aio(cache.load_history(gone)) is not None
    demo.unlink(demo.account("parent_three")["contact_id"], gone)
    window.presenter.refresh()
    qtbot.waitUntil(lambda: window.presenter.current_child not in (None, gone), timeout=15_000)
    qtbot.waitUntil(lambda: aio(cache.load_history(gone)) is None, timeout=15_000)
    stayed = window.presenter.current_child
    qtbot.waitUntil(lambda: aio(cache.load_history(stayed)) is not None, timeout=15_000)
