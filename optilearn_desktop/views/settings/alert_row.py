"""One parent alert's controls: on/off, channels and frequency, with its lock or why it cannot be
changed here. The row knows its loaded value and says what differs from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.wording import QT_TRANSLATE_NOOP, Context, arg, translate
from ...models.base import label_of
from ...models.notifications import Channels, Frequency, ParentKey, Preference, PreferenceChange
from ..text import plain_label


class AlertRow(Context):
    """The translation context of one alert's controls."""


LOCKED_TEXT = QT_TRANSLATE_NOOP(
    "AlertRow", "Always on, and always shown in the app: the school requires this alert."
)
LOCKED_IN_APP_TEXT = QT_TRANSLATE_NOOP(
    "AlertRow", "Always shown in the app: the school requires this alert."
)
UNKNOWN_KEY_TEXT = QT_TRANSLATE_NOOP(
    "AlertRow",
    "This version of OptiLearn Desktop cannot change this alert; use the OptiLearn website.",
)
# Keyed by wire value, so a raw string of a known frequency finds its label too.
FREQUENCY_LABELS: dict[str, str] = {
    Frequency.IMMEDIATE: QT_TRANSLATE_NOOP("AlertRow", "Right away"),
    Frequency.DAILY: QT_TRANSLATE_NOOP("AlertRow", "Once a day"),
    Frequency.WEEKLY: QT_TRANSLATE_NOOP("AlertRow", "Once a week"),
}


def object_slug(key: str) -> str:
    """objectName fragment for a wire key: 'PARENT_CHILD_GRADED' -> 'parent_child_graded'."""
    return re.sub(r"[^a-z0-9_]", "_", str(key).lower()) or "unknown"


def frequency_label(value: Frequency | str) -> str:
    known = FREQUENCY_LABELS.get(value)
    return translate("AlertRow", known) if known else label_of(value)


@dataclass
class PreferenceRow:
    """The widgets of one server key."""

    preference: Preference
    frame: QFrame
    title: QLabel
    description: QLabel
    note: QLabel
    enabled: QCheckBox
    email: QCheckBox
    push: QCheckBox
    in_app: QCheckBox
    frequency: QComboBox

    @classmethod
    def build(cls, pref: Preference) -> PreferenceRow:
        slug = object_slug(str(pref.key))
        name = pref.label or label_of(pref.key)
        frame = QFrame()
        frame.setObjectName(f"pref_{slug}")
        outer = QVBoxLayout(frame)
        outer.setContentsMargins(0, 2, 0, 2)
        outer.setSpacing(2)
        header = QHBoxLayout()
        title = plain_label(name, wrap=True)
        title.setObjectName(f"pref_{slug}_label")
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        enabled = QCheckBox(AlertRow.tr("On", "an alert switched on"))
        enabled.setObjectName(f"pref_{slug}_enabled")
        enabled.setAccessibleName(arg(AlertRow.tr("%1: on"), name))
        if pref.description:
            enabled.setAccessibleDescription(pref.description)
        header.addWidget(title, 1)
        header.addWidget(enabled, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        description = plain_label(pref.description, wrap=True)
        description.setObjectName(f"pref_{slug}_description")
        description.setVisible(bool(pref.description))
        outer.addWidget(description)
        note = plain_label(wrap=True)
        note.setObjectName(f"pref_{slug}_note")
        if not isinstance(pref.key, ParentKey):
            note.setText(translate("AlertRow", UNKNOWN_KEY_TEXT))
        elif pref.locked:
            note.setText(translate("AlertRow", LOCKED_TEXT))
            enabled.setToolTip(translate("AlertRow", LOCKED_TEXT))
        note.setVisible(bool(note.text()))
        outer.addWidget(note)
        controls = QHBoxLayout()
        controls.setSpacing(12)
        send_by = plain_label(AlertRow.tr("Send by:"))
        send_by.setObjectName(f"pref_{slug}_send_by")
        controls.addWidget(send_by)
        email = QCheckBox(AlertRow.tr("Email"))
        push = QCheckBox(AlertRow.tr("Push"))
        in_app = QCheckBox(AlertRow.tr("In-app"))
        for check, part, spoken in (
            (email, "email", AlertRow.tr("%1: email")),
            (push, "push", AlertRow.tr("%1: push notification")),
            (in_app, "in_app", AlertRow.tr("%1: in the app")),
        ):
            check.setObjectName(f"pref_{slug}_{part}")
            check.setAccessibleName(arg(spoken, name))
            controls.addWidget(check)
        controls.addStretch(1)
        how_often = plain_label(AlertRow.tr("How often:"))
        how_often.setObjectName(f"pref_{slug}_how_often")
        frequency = QComboBox()
        frequency.setObjectName(f"pref_{slug}_frequency")
        frequency.setAccessibleName(arg(AlertRow.tr("%1: how often"), name))
        how_often.setBuddy(frequency)
        controls.addWidget(how_often)
        controls.addWidget(frequency)
        outer.addLayout(controls)
        if pref.locked and isinstance(pref.key, ParentKey):
            in_app.setText(AlertRow.tr("In-app (always)"))
            in_app.setToolTip(translate("AlertRow", LOCKED_IN_APP_TEXT))
            in_app.setAccessibleDescription(translate("AlertRow", LOCKED_IN_APP_TEXT))
        row = cls(pref, frame, title, description, note, enabled, email, push, in_app, frequency)
        row.show_values(pref)
        if not pref.can_change_frequency:
            frequency.setToolTip(AlertRow.tr("The school sets how often this alert is sent."))
        return row

    @property
    def known(self) -> bool:
        return isinstance(self.preference.key, ParentKey)

    @property
    def channels(self) -> tuple[QCheckBox, QCheckBox, QCheckBox]:
        return (self.email, self.push, self.in_app)

    def controls(self) -> list[QWidget]:
        return [self.enabled, *self.channels, self.frequency]

    def shown_channels(self) -> Channels:
        """The loaded channels as the row shows them: a locked key is always in the app (the
        server delivers it there whatever it stored)."""
        channels = self.preference.channels
        if self.preference.locked:
            return channels.model_copy(update={"in_app": True})
        return channels

    def show_values(self, pref: Preference) -> None:
        self.preference = pref
        channels = self.shown_channels()
        self.enabled.setChecked(pref.enabled or pref.locked)
        self.email.setChecked(channels.email)
        self.push.setChecked(channels.push)
        self.in_app.setChecked(channels.in_app)
        self.frequency.blockSignals(True)
        self.frequency.clear()
        options = list(dict.fromkeys([*pref.frequency_options, pref.frequency]))
        for option in options:
            self.frequency.addItem(frequency_label(option), str(option))
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(str(pref.frequency))))
        self.frequency.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        """Enable what the rules allow: a switched-off key's channels and frequency are moot."""
        pref = self.preference
        editable = editable and self.known
        self.enabled.setEnabled(editable and pref.can_disable)
        switched_on = self.enabled.isChecked()
        for check in self.channels:
            check.setEnabled(editable and switched_on)
        if pref.locked:
            self.in_app.setEnabled(False)
        self.frequency.setEnabled(
            editable and switched_on and pref.can_change_frequency and self.frequency.count() > 1
        )

    def change(self) -> PreferenceChange | None:
        """What differs from the loaded value, field by field (omitted fields keep theirs)."""
        pref = self.preference
        if not self.known:
            return None
        fields: dict[str, Any] = {}
        if pref.can_disable and self.enabled.isChecked() != pref.enabled:
            fields["enabled"] = self.enabled.isChecked()
        channels = Channels(
            email=self.email.isChecked(), push=self.push.isChecked(), in_app=self.in_app.isChecked()
        )
        if channels != self.shown_channels():
            fields["channels"] = channels
        frequency = self.frequency.currentData()
        if pref.can_change_frequency and frequency and frequency != str(pref.frequency):
            fields["frequency"] = frequency
        return PreferenceChange(key=str(pref.key), **fields) if fields else None
