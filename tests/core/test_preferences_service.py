"""The preferences service against the real reference backend: load, save, the rules a change
must keep, offline (the app's and a refused connection) and a server that says no."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from optilearn_desktop.core.preferences import PreferencesService, PreferencesState
from optilearn_desktop.core.tasks import TaskRunner
from optilearn_desktop.models.notifications import (
    Channels,
    Frequency,
    ParentKey,
    PreferenceChange,
)

PREFS_ROUTE = "/api/notifications/preferences"
GRADED = ParentKey.CHILD_GRADED.value
ABSENT = ParentKey.CHILD_ABSENT.value
LOW = ParentKey.CHILD_LOW_GRADE.value


@pytest.fixture
def make_service(qasync_loop) -> Iterator[Callable[..., PreferencesService]]:
    runners: list[TaskRunner] = []

    def make(client, *, online: bool = True) -> PreferencesService:
        tasks = TaskRunner()
        runners.append(tasks)
        return PreferencesService(client, tasks, online=online)

    yield make
    for tasks in runners:
        tasks.cancel_all()


def loaded(qtbot, service: PreferencesService) -> PreferencesService:
    with qtbot.waitSignal(service.loaded, timeout=15_000):
        service.load()
    assert service.state is PreferencesState.READY
    return service


def puts(demo) -> list[dict]:
    return [r for r in demo.requests(route=PREFS_ROUTE) if r["method"] == "PUT"]


def test_load_then_save_a_change(make_client, make_service, demo, aio, qtbot):
    client = make_client("parent_three")
    service = make_service(client)
    assert service.state is PreferencesState.IDLE and service.preferences is None
    states: list[PreferencesState] = []
    service.state_changed.connect(states.append)
    loaded(qtbot, service)
    assert {str(p.key) for p in service.preferences or []} == {k.value for k in ParentKey}
    assert states == [PreferencesState.LOADING, PreferencesState.READY]

    change = PreferenceChange(key=GRADED, enabled=False, frequency="DAILY")
    with qtbot.waitSignal(service.saved, timeout=15_000) as saved:
        assert service.save([change])
        assert service.state is PreferencesState.SAVING and not service.editable
    by_key = {str(p.key): p for p in saved.args[0]}
    assert not by_key[GRADED].enabled and by_key[GRADED].frequency == Frequency.DAILY
    assert service.state is PreferencesState.READY and service.preferences == saved.args[0]
    fresh = {str(p.key): p for p in aio(make_client("parent_three").preferences())}
    assert not fresh[GRADED].enabled and len(puts(demo)) == 1


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (PreferenceChange(key=ABSENT, enabled=False), "cannot be turned off"),
        (PreferenceChange(key=LOW, frequency="DAILY"), "cannot be sent daily"),
        (PreferenceChange(key=GRADED, frequency="WEEKLY"), "cannot be sent weekly"),
        (PreferenceChange(key="PARENT_FEE_DUE", enabled=True), "not a notification"),
    ],
)
def test_a_change_against_the_rules_is_rejected_before_sending(
    make_client, make_service, demo, aio, qtbot, change, reason
):
    client = make_client("parent_three")
    service = loaded(qtbot, make_service(client))
    demo.clear_requests()
    with qtbot.waitSignal(service.save_failed, timeout=1_000) as failed:
        valid = PreferenceChange(key=GRADED, channels=Channels(email=True, push=True))
        assert not service.save([valid, change])
    assert failed.args == [PreferencesState.REJECTED]
    assert service.state is PreferencesState.REJECTED and reason in (service.message or "")
    assert service.editable  # the parent can correct it and save again
    assert puts(demo) == []  # all or nothing: not even the valid change went out
    assert {str(p.key): p for p in aio(client.preferences())}[ABSENT].enabled


def test_the_servers_refusal_keeps_its_message(make_client, make_service, demo, aio, qtbot):
    client = make_client("parent_three")
    service = loaded(qtbot, make_service(client))
    before = service.preferences
    demo.add_fault(route=PREFS_ROUTE, method="PUT", status=400, code="VALIDATION_ERROR")
    with qtbot.waitSignal(service.save_failed, timeout=15_000) as failed:
        assert service.save([PreferenceChange(key=LOW, channels=Channels(email=False))])
    assert failed.args == [PreferencesState.REJECTED]
    assert service.state is PreferencesState.REJECTED
    assert "Injected fault" in (service.message or "")
    assert service.preferences == before and service.editable
    demo.clear_faults()
    assert {str(p.key): p for p in aio(client.preferences())}[LOW].channels.email


def test_unreachable_while_saving_goes_offline_then_recovers(
    make_client, make_service, demo, qtbot
):
    client = make_client("parent_three", backoff_base=0.01)
    service = loaded(qtbot, make_service(client))
    demo.add_fault(route="*", refuse=True)
    with qtbot.waitSignal(service.save_failed, timeout=15_000) as failed:
        service.save([PreferenceChange(key=GRADED, enabled=False)])
    assert failed.args == [PreferencesState.OFFLINE]
    assert service.state is PreferencesState.OFFLINE and not service.reachable
    assert not service.editable and service.can_retry
    assert service.save([PreferenceChange(key=GRADED, enabled=False)]) is False
    demo.clear_faults()
    loaded(qtbot, service)
    assert service.reachable and service.editable
    assert {str(p.key): p for p in service.preferences or []}[GRADED].enabled


def test_unreachable_while_loading(make_client, make_service, demo, qtbot):
    client = make_client("parent_three", backoff_base=0.01)
    service = make_service(client)
    demo.add_fault(route="*", refuse=True)
    service.load()
    qtbot.waitUntil(lambda: service.state is PreferencesState.OFFLINE, timeout=15_000)
    assert service.preferences is None and service.can_retry and service.message is None


def test_a_failed_load_says_why(make_client, make_service, demo, qtbot):
    client = make_client("parent_three", backoff_base=0.01)
    service = make_service(client)
    demo.add_fault(route=PREFS_ROUTE, method="GET", status=503, code="MAINTENANCE")
    service.load()
    qtbot.waitUntil(lambda: service.state is PreferencesState.FAILED, timeout=15_000)
    assert service.message and service.can_retry and not service.editable
    demo.clear_faults()
    loaded(qtbot, service)


def test_offline_app_sends_nothing_and_loads_when_back(make_client, make_service, demo, qtbot):
    client = make_client("parent_three")
    demo.clear_requests()
    service = make_service(client, online=False)
    service.load()
    assert service.state is PreferencesState.OFFLINE and service.asked
    assert not service.can_retry  # nothing to retry until the app is online again
    assert demo.requests(route=PREFS_ROUTE) == []
    with qtbot.waitSignal(service.loaded, timeout=15_000):
        service.set_online(True)
    assert service.state is PreferencesState.READY

    service.set_online(False)
    assert service.state is PreferencesState.OFFLINE and not service.editable
    assert service.preferences is not None  # the last values stay readable
    demo.clear_requests()
    service.set_online(True)  # the values are fresh: no reload
    assert service.state is PreferencesState.READY and demo.requests(route=PREFS_ROUTE) == []


def test_going_offline_stops_a_load(make_client, demo, qtbot):
    tasks = TaskRunner()
    service = PreferencesService(make_client("parent_three"), tasks)
    demo.add_fault(route=PREFS_ROUTE, method="GET", latency_ms=300)
    service.load()
    assert service.state is PreferencesState.LOADING and tasks.running == 1
    service.set_online(False)
    assert service.state is PreferencesState.OFFLINE
    qtbot.waitUntil(lambda: tasks.running == 0, timeout=5_000)  # cancelled, never delivered
    assert service.preferences is None and service.state is PreferencesState.OFFLINE
