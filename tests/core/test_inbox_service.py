"""The inbox service against the real reference backend: a page, the unread count, mark read and
mark all read, and failures that arrive as a state and a message instead of an exception."""

from __future__ import annotations

import pytest

from optilearn_desktop.core.inbox import InboxService, InboxState
from optilearn_desktop.core.tasks import TaskRunner

NOTIFICATIONS = "/api/notifications*"


@pytest.fixture
def tasks(qasync_loop):
    runner = TaskRunner()
    yield runner
    runner.cancel_all()


@pytest.fixture
def inbox(make_client, demo, tasks) -> InboxService:
    client = make_client("parent_three", backoff_base=0.01)
    demo.digest("svpms")  # a few unread notifications for this parent
    return InboxService(client, tasks)


def load(qtbot, inbox: InboxService):
    with qtbot.waitSignal(inbox.page_loaded, timeout=15_000) as loaded:
        inbox.load()
        assert inbox.state is InboxState.LOADING
    assert inbox.state is InboxState.READY
    return loaded.args[0]


def test_page_and_unread_count(inbox, qtbot):
    assert inbox.state is InboxState.IDLE and inbox.page is None
    with qtbot.waitSignal(inbox.unread_changed, timeout=15_000) as unread:
        page = load(qtbot, inbox)
    assert page is inbox.page and page.notifications
    assert unread.args == [page.unread_count] and inbox.unread == page.unread_count >= 3
    with qtbot.waitSignal(inbox.unread_changed, timeout=15_000) as counted:
        inbox.refresh_unread()
    assert counted.args == [page.unread_count]


def test_mark_one_then_all_read(inbox, aio, qtbot):
    page = load(qtbot, inbox)
    first = next(n for n in page.notifications if not n.is_read)
    with qtbot.waitSignal(inbox.page_loaded, timeout=15_000) as reloaded:
        inbox.mark_read([first.id])
        assert inbox.state is InboxState.MARKING and inbox.marking
    assert reloaded.args[0].unread_count == page.unread_count - 1
    assert next(n for n in inbox.page.notifications if n.id == first.id).is_read
    with qtbot.waitSignal(inbox.page_loaded, timeout=15_000):
        inbox.mark_all_read()
    assert inbox.unread == 0 and not inbox.marking
    assert aio(inbox.client.unread_count()) == 0


def test_nothing_to_mark_sends_nothing(inbox, demo, qtbot):
    load(qtbot, inbox)
    demo.clear_requests()
    inbox.mark_read([])
    assert inbox.state is InboxState.READY and not inbox.marking
    assert demo.requests(route="/api/notifications/read") == []


def test_a_refused_call_is_a_state_with_the_servers_message(inbox, demo, qtbot):
    load(qtbot, inbox)
    demo.add_fault(route=NOTIFICATIONS, method="PATCH", status=400, code="VALIDATION_ERROR")
    with qtbot.waitSignal(inbox.failed, timeout=15_000) as failed:
        inbox.mark_all_read()
    assert "Injected fault" in failed.args[0] and inbox.message == failed.args[0]
    assert inbox.state is InboxState.FAILED and inbox.unread > 0 and not inbox.marking


def test_offline_is_a_state_too(inbox, demo, qtbot):
    demo.add_fault(route="*", refuse=True)
    with qtbot.waitSignal(inbox.failed, timeout=15_000) as failed:
        inbox.load()
    assert inbox.state is InboxState.FAILED and inbox.page is None
    assert failed.args[0] and "OptiLearn" in failed.args[0]
    demo.clear_faults()
    load(qtbot, inbox)
