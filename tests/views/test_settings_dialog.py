"""The notification settings dialog against the real reference backend: server preferences with
their locks, all-or-nothing saves that roll back on a rejection or a lost connection, offline
mode, and the options kept on this computer."""

from __future__ import annotations

import json
import os
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from optilearn_desktop.core.desktop_options import SETTINGS_KEY, DesktopOptions
from optilearn_desktop.core.preferences import PreferencesService
from optilearn_desktop.core.settings import LocalSettings
from optilearn_desktop.core.tasks import TaskRunner
from optilearn_desktop.models.notifications import (
    Channels,
    Frequency,
    ParentKey,
    Preference,
)
from optilearn_desktop.views.settings.alert_row import LOCKED_TEXT
from optilearn_desktop.views.settings.dialog import NotificationSettingsDialog
from optilearn_desktop.views.settings.server_panel import OFFLINE_TEXT

PREFS_ROUTE = "/api/notifications/preferences"
GRADED = ParentKey.CHILD_GRADED
ABSENT = ParentKey.CHILD_ABSENT


@pytest.fixture
def config_dir(tmp_path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def open_dialog(qtbot, config_dir):
    runners: list[TaskRunner] = []

    def make(client, *, online: bool = True, wait: bool = True) -> NotificationSettingsDialog:
        tasks = TaskRunner()
        runners.append(tasks)
        service = PreferencesService(client, tasks, online=online)
        dialog = NotificationSettingsDialog(service, LocalSettings(config_dir))
        qtbot.addWidget(dialog)
        dialog.open()
        if wait and online:
            wait_loaded(qtbot, dialog)
        return dialog

    yield make
    for tasks in runners:
        tasks.cancel_all()


def wait_loaded(qtbot, dialog: NotificationSettingsDialog) -> None:
    qtbot.waitUntil(
        lambda: dialog.loaded_preferences is not None and not dialog.is_loading, timeout=15_000
    )


def server_prefs(aio, client) -> dict[str, Preference]:
    return {str(p.key): p for p in aio(client.preferences())}


def save_and_wait_failure(qtbot, dialog: NotificationSettingsDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.save_error_label.isVisible() and not dialog.is_saving, timeout=15_000
    )


def save_and_wait_accepted(qtbot, dialog: NotificationSettingsDialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_loads_the_four_keys_with_the_absence_alert_locked_on(make_client, open_dialog, qtbot):
    dialog = open_dialog(make_client("parent_three"))
    assert dialog.status_label.text() in ("", "Loading…") and not dialog.status_label.isVisible()
    assert set(dialog.rows) == {k.value for k in ParentKey}
    absent = dialog.row(ABSENT)
    assert absent.enabled.isChecked() and not absent.enabled.isEnabled()
    assert absent.note.isVisible() and absent.note.text() == LOCKED_TEXT
    assert not absent.frequency.isEnabled()  # IMMEDIATE only
    graded = dialog.row(GRADED)
    assert graded.enabled.isChecked() and graded.enabled.isEnabled()
    assert [graded.frequency.itemData(i) for i in range(graded.frequency.count())] == [
        "IMMEDIATE",
        "DAILY",
    ]
    assert graded.frequency.isEnabled()
    assert not dialog.row(ParentKey.CHILD_LOW_GRADE).frequency.isEnabled()
    assert not dialog.row(ParentKey.WEEKLY_DIGEST).frequency.isEnabled()
    assert graded.title.text() == "Assignment graded"
    assert graded.description.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.offline_label.isVisible() and not dialog.retry_button.isVisible()
    # Every control can be named by a screen reader and found by a test.
    for widget in dialog.findChildren(QWidget):
        controls = (QCheckBox, QComboBox, QTimeEdit, QPushButton)
        if isinstance(widget, controls):
            assert widget.accessibleName(), widget
            assert widget.objectName(), widget
        if isinstance(widget, QLabel):
            assert widget.textFormat() == Qt.TextFormat.PlainText, widget.objectName()


def test_switching_graded_off_stops_the_grade_alert(make_client, open_dialog, demo, aio, qtbot):
    client = make_client("parent_three")
    child = aio(client.children())[0]

    def graded_count() -> int:
        page = aio(client.notifications(limit=100))
        return sum(
            n.key == GRADED and n.child_contact_id == child.contact_id for n in page.notifications
        )

    seeded = graded_count()
    demo.grade(child.student_id, 91, title="Before the switch")
    assert graded_count() == seeded + 1  # the control: the key works while on

    dialog = open_dialog(client)
    demo.clear_requests()
    dialog.row(GRADED).enabled.setChecked(False)
    assert not dialog.row(GRADED).email.isEnabled()  # channels of a switched-off key are moot
    save_and_wait_accepted(qtbot, dialog)

    puts = [r for r in demo.requests(route=PREFS_ROUTE) if r["method"] == "PUT"]
    assert len(puts) == 1
    other = make_client("parent_three")  # a second session sees the server's state
    assert server_prefs(aio, other)[GRADED].enabled is False
    assert server_prefs(aio, other)[ABSENT].enabled is True

    demo.grade(child.student_id, 88, title="After the switch")
    assert graded_count() == seeded + 1  # no new GRADED notification for this parent


def test_only_changed_keys_are_sent_and_frequency_persists(
    make_client, open_dialog, demo, aio, qtbot
):
    client = make_client("parent_three")
    dialog = open_dialog(client)
    combo = dialog.row(GRADED).frequency
    combo.setCurrentIndex(combo.findData("DAILY"))
    changes = dialog.pending_changes()
    assert [(c.key, c.frequency, c.enabled, c.channels) for c in changes] == [
        (GRADED.value, "DAILY", None, None)
    ]
    save_and_wait_accepted(qtbot, dialog)
    assert server_prefs(aio, make_client("parent_three"))[GRADED].frequency == Frequency.DAILY

    again = open_dialog(client)
    assert again.row(GRADED).frequency.currentData() == "DAILY"
    assert again.pending_changes() == []


def test_rejected_save_rolls_back_with_the_servers_message(
    make_client, open_dialog, demo, aio, qtbot, config_dir
):
    client = make_client("parent_three")
    dialog = open_dialog(client)
    demo.add_fault(route=PREFS_ROUTE, method="PUT", status=400, code="VALIDATION_ERROR")
    graded = dialog.row(GRADED)
    graded.enabled.setChecked(False)
    graded.frequency.setCurrentIndex(graded.frequency.findData("DAILY"))
    low = dialog.row(ParentKey.CHILD_LOW_GRADE)
    low.email.setChecked(False)
    dialog.tray_checks[GRADED.value].setChecked(False)
    save_and_wait_failure(qtbot, dialog)

    assert dialog.isVisible() and dialog.result() == 0
    message = dialog.save_error_label.text()
    assert "Injected fault" in message and "Nothing was saved" in message
    assert dialog.save_error_label.textFormat() == Qt.TextFormat.PlainText
    # The controls show the values last loaded from the server again.
    assert graded.enabled.isChecked() and graded.frequency.currentData() == "IMMEDIATE"
    assert low.email.isChecked()
    assert dialog.pending_changes() == []
    assert graded.enabled.isEnabled() and dialog.save_button.isEnabled()
    # The server kept its values, and the local options were not written either.
    demo.clear_faults()
    prefs = server_prefs(aio, make_client("parent_three"))
    assert prefs[GRADED].enabled and prefs[GRADED].frequency == Frequency.IMMEDIATE
    assert prefs[ParentKey.CHILD_LOW_GRADE].channels.email
    assert LocalSettings(config_dir).get(SETTINGS_KEY) is None
    assert not dialog.tray_checks[GRADED.value].isChecked()  # the local edit is still there


def test_unreachable_server_while_saving(make_client, open_dialog, demo, aio, qtbot, config_dir):
    client = make_client("parent_three")
    dialog = open_dialog(client)
    dialog.row(GRADED).enabled.setChecked(False)
    dialog.start_in_tray.setChecked(True)
    demo.add_fault(route="*", refuse=True)
    save_and_wait_failure(qtbot, dialog)

    assert "could not be reached" in dialog.save_error_label.text()
    assert dialog.offline_label.isVisible() and dialog.offline_label.text().startswith(OFFLINE_TEXT)
    assert dialog.retry_button.isVisible()
    graded = dialog.row(GRADED)
    assert graded.enabled.isChecked() and not graded.enabled.isEnabled()  # rolled back, read-only
    assert dialog.start_in_tray.isChecked()  # the local edit is kept for the next Save
    assert LocalSettings(config_dir).get(SETTINGS_KEY) is None

    demo.clear_faults()
    assert server_prefs(aio, make_client("parent_three"))[GRADED].enabled is True
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, dialog)
    assert dialog.row(GRADED).enabled.isEnabled()
    assert not dialog.offline_label.isVisible()
    save_and_wait_accepted(qtbot, dialog)
    assert DesktopOptions.load(LocalSettings(config_dir)).start_in_tray is True


def test_offline_from_the_start_saves_only_local_options(
    make_client, open_dialog, demo, qtbot, config_dir
):
    client = make_client("parent_three")
    demo.clear_requests()
    dialog = open_dialog(client, online=False)
    assert dialog.offline_label.isVisible() and dialog.offline_label.text().startswith(OFFLINE_TEXT)
    assert dialog.rows == {} and not dialog.retry_button.isVisible()
    assert dialog.save_button.isEnabled()
    dialog.quiet_check.setChecked(True)
    dialog.quiet_start.setTime(QTime(22, 30))
    dialog.quiet_end.setTime(QTime(6, 15))
    dialog.tray_checks[ParentKey.WEEKLY_DIGEST.value].setChecked(False)
    save_and_wait_accepted(qtbot, dialog)
    assert demo.requests(route=PREFS_ROUTE) == []  # offline means no traffic
    options = DesktopOptions.load(LocalSettings(config_dir))
    assert options.quiet_hours_enabled
    assert (options.quiet_start, options.quiet_end) == (time(22, 30), time(6, 15))
    assert not options.tray_alert(ParentKey.WEEKLY_DIGEST) and options.tray_alert(GRADED)


def test_going_offline_makes_the_server_part_read_only(
    make_client, open_dialog, demo, aio, qtbot, config_dir
):
    client = make_client("parent_three")
    dialog = open_dialog(client)
    graded = dialog.row(GRADED)
    graded.enabled.setChecked(False)
    dialog.set_online(False)
    assert dialog.offline_label.isVisible() and "undone" in dialog.offline_label.text()
    assert graded.enabled.isChecked()  # the unsaved server edit could not be kept
    assert not any(w.isEnabled() for row in dialog.rows.values() for w in row.controls())
    assert dialog.pending_changes() == []
    dialog.start_in_tray.setChecked(True)
    demo.clear_requests()
    save_and_wait_accepted(qtbot, dialog)
    assert demo.requests(route=PREFS_ROUTE) == []
    assert DesktopOptions.load(LocalSettings(config_dir)).start_in_tray
    assert server_prefs(aio, client)[GRADED].enabled is True


def test_back_online_reloads_and_allows_editing(make_client, open_dialog, qtbot):
    dialog = open_dialog(make_client("parent_three"), online=False)
    assert dialog.rows == {}
    dialog.set_online(True)
    wait_loaded(qtbot, dialog)
    assert dialog.row(GRADED).enabled.isEnabled() and not dialog.offline_label.isVisible()


def test_load_failure_shows_retry_and_recovers(make_client, open_dialog, demo, qtbot):
    client = make_client("parent_three", backoff_base=0.01)
    demo.add_fault(route=PREFS_ROUTE, method="GET", status=500)  # every retry fails too
    dialog = open_dialog(client, wait=False)
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=15_000)
    assert "could not be loaded" in dialog.status_label.text()
    assert dialog.rows == {} and not dialog.offline_label.isVisible()
    demo.clear_faults()
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, dialog)
    assert len(dialog.rows) == 4 and not dialog.status_label.isVisible()
    assert not dialog.retry_button.isVisible()


def test_unreachable_server_while_loading(make_client, open_dialog, demo, qtbot):
    client = make_client("parent_three", backoff_base=0.01)
    demo.add_fault(route="*", refuse=True)
    dialog = open_dialog(client, wait=False)
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=15_000)
    assert dialog.offline_label.isVisible() and dialog.rows == {}
    assert dialog.save_button.isEnabled()  # local options can still be saved
    demo.clear_faults()
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, dialog)
    assert not dialog.offline_label.isVisible() and dialog.row(GRADED).enabled.isEnabled()


def test_loading_state_is_shown(make_client, open_dialog, demo, qtbot):
    client = make_client("parent_three")
    demo.add_fault(route=PREFS_ROUTE, method="GET", latency_ms=600, times=1)
    dialog = open_dialog(client, wait=False)
    assert dialog.status_label.text() == "Loading…" and dialog.is_loading
    wait_loaded(qtbot, dialog)
    assert not dialog.status_label.isVisible()


@pytest.mark.parametrize("close", ["reject", "delete"])
def test_closing_while_loading_is_harmless(make_client, demo, qtbot, config_dir, close):
    client = make_client("parent_three")
    demo.add_fault(route=PREFS_ROUTE, method="GET", latency_ms=300)
    tasks = TaskRunner()
    dialog = NotificationSettingsDialog(
        PreferencesService(client, tasks), LocalSettings(config_dir)
    )
    dialog.open()
    assert dialog.is_loading and tasks.running == 1
    if close == "reject":
        dialog.reject()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: tasks.running == 0, timeout=5_000)


def test_unknown_key_is_shown_read_only(make_client, open_dialog, qtbot):
    dialog = open_dialog(make_client("parent_three"))
    new = Preference(
        key="PARENT_FEE_DUE",
        label="Fee <b>due</b>",
        description="When a fee is due.",
        channels=Channels(email=True, in_app=True),
        frequency="MONTHLY",
        frequency_options=["MONTHLY"],
    )
    dialog.server_panel.show_preferences([*dialog.loaded_preferences, new])
    row = dialog.row("PARENT_FEE_DUE")
    assert row.title.text() == "Fee <b>due</b>" and row.note.isVisible()
    assert not any(w.isEnabled() for w in row.controls())
    assert row.frequency.currentText() == "Monthly"
    assert dialog.findChild(QCheckBox, "pref_parent_fee_due_enabled") is row.enabled
    assert dialog.pending_changes() == []


# -- DesktopOptions ---------------------------------------------------------------------------


def test_desktop_options_defaults_and_round_trip(config_dir):
    settings = LocalSettings(config_dir)
    defaults = DesktopOptions.load(settings)
    assert defaults == DesktopOptions()
    assert all(defaults.tray_alert(k) for k in ParentKey)
    assert not defaults.quiet_hours_enabled and not defaults.start_in_tray
    assert (defaults.quiet_start, defaults.quiet_end) == (time(21), time(7))

    options = DesktopOptions(
        quiet_hours_enabled=True, quiet_start=time(22, 15), quiet_end=time(6, 45)
    ).with_tray_alert(ParentKey.CHILD_LOW_GRADE, False)
    options = options.with_tray_alert("PARENT_SOMETHING_NEW", False)
    options.save(settings)
    raw = json.loads((config_dir / "settings.json").read_text())[SETTINGS_KEY]
    assert raw["quiet_hours"] == {"enabled": True, "start": "22:15", "end": "06:45"}
    assert raw["tray_alerts"][ParentKey.CHILD_LOW_GRADE.value] is False
    assert DesktopOptions.load(LocalSettings(config_dir)) == options
    assert options.with_tray_alert(ParentKey.CHILD_LOW_GRADE, True).tray_alert(
        ParentKey.CHILD_LOW_GRADE
    )


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "garbage",
        42,
        [],
        {"tray_alerts": "no", "quiet_hours": [1, 2], "start_in_tray": "yes"},
        {"quiet_hours": {"enabled": "true", "start": "25:00", "end": "7h"}},
        {"quiet_hours": {"enabled": True, "start": None, "end": 700}},
        {"tray_alerts": {"PARENT_CHILD_GRADED": "off", "5": None}},
    ],
)
def test_desktop_options_tolerate_garbage(config_dir, raw):
    settings = LocalSettings(config_dir)
    settings.set(SETTINGS_KEY, raw)
    options = DesktopOptions.load(settings)
    assert all(options.tray_alert(k) for k in ParentKey)
    assert (options.quiet_start, options.quiet_end) == (time(21), time(7))
    assert options.start_in_tray is False


def test_desktop_options_partial_value_keeps_the_good_fields(config_dir):
    settings = LocalSettings(config_dir)
    settings.set(
        SETTINGS_KEY,
        {"quiet_hours": {"enabled": True, "start": "23:00", "end": "bad"}, "start_in_tray": True},
    )
    options = DesktopOptions.load(settings)
    assert options.quiet_hours_enabled and options.start_in_tray
    assert (options.quiet_start, options.quiet_end) == (time(23), time(7))


def test_damaged_settings_file_gives_defaults(config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text("{not json")
    assert DesktopOptions.load(LocalSettings(config_dir)) == DesktopOptions()


def test_quiet_hours_overnight_daytime_and_off():
    overnight = DesktopOptions(quiet_hours_enabled=True)  # 21:00 -> 07:00
    assert overnight.in_quiet_hours(time(21, 0))
    assert overnight.in_quiet_hours(time(23, 59))
    assert overnight.in_quiet_hours(time(0, 0))
    assert overnight.in_quiet_hours(time(6, 59, 59))
    assert not overnight.in_quiet_hours(time(7, 0))
    assert not overnight.in_quiet_hours(time(12, 0))
    assert not overnight.in_quiet_hours(time(20, 59))
    daytime = DesktopOptions(quiet_hours_enabled=True, quiet_start=time(9), quiet_end=time(17))
    assert daytime.in_quiet_hours(time(9)) and daytime.in_quiet_hours(time(16, 59))
    assert not daytime.in_quiet_hours(time(17)) and not daytime.in_quiet_hours(time(3))
    assert not DesktopOptions().in_quiet_hours(time(23))  # off by default
    empty = DesktopOptions(quiet_hours_enabled=True, quiet_start=time(8), quiet_end=time(8))
    assert not empty.in_quiet_hours(time(8))


# -- looks ------------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshot(make_client, open_dialog, demo, qtbot, qapp, tmp_path, scheme):
    from optilearn_desktop.views.theme import apply_color_scheme

    app: QApplication = qapp
    style, palette = app.style().name(), app.palette()
    try:
        apply_color_scheme(app, scheme)
        dialog = open_dialog(make_client("parent_three"))
        demo.add_fault(route=PREFS_ROUTE, method="PUT", status=400, code="VALIDATION_ERROR")
        dialog.row(GRADED).enabled.setChecked(False)
        save_and_wait_failure(qtbot, dialog)
        out = Path(os.environ.get("OPTILEARN_SCREENSHOT_DIR", tmp_path))
        out.mkdir(parents=True, exist_ok=True)
        image = dialog.grab()
        assert not image.isNull()
        assert image.save(str(out / f"settings_dialog_{scheme}.png"))
        dialog.set_online(False)
        # The offline note appears above the rows: the dialog grows instead of squeezing them.
        qtbot.waitUntil(
            lambda: dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
        )
        assert dialog.row(ABSENT).frame.height() >= dialog.row(ABSENT).frame.sizeHint().height()
        assert dialog.grab().save(str(out / f"settings_dialog_offline_{scheme}.png"))
        never_loaded = open_dialog(make_client("parent_one"), online=False)
        qtbot.waitUntil(  # fitted to its content on first show: no blank band
            lambda: (
                never_loaded.height()
                == never_loaded.layout().totalHeightForWidth(never_loaded.width())
            )
        )
        assert never_loaded.grab().save(str(out / f"settings_dialog_never_loaded_{scheme}.png"))
    finally:
        app.styleHints().unsetColorScheme()
        app.setStyle(style)
        app.setPalette(palette)
