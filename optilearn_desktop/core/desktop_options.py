"""Notification options that live on this computer only (issue 5), not on the OptiLearn server:
which parent keys raise a tray alert, quiet hours (alerts held, then one summary) and whether the
app starts hidden in the tray.

Stored through `LocalSettings` under one key. Reading is tolerant: a damaged, partial or
hand-edited value falls back to the default field by field and never raises.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import time
from typing import TYPE_CHECKING

from ..models.notifications import ParentKey

if TYPE_CHECKING:
    from .settings import LocalSettings

log = logging.getLogger(__name__)

SETTINGS_KEY = "desktop_options"
DEFAULT_QUIET_START = time(21, 0)
DEFAULT_QUIET_END = time(7, 0)
_HHMM = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def parse_hhmm(value: object, default: time) -> time:
    """'07:30' -> time(7, 30); anything else (bad type, 25:00, '7h') -> `default`."""
    if isinstance(value, str):
        match = _HHMM.match(value)
        if match:
            hour, minute = int(match.group(1)), int(match.group(2))
            if 0 <= hour <= 23 and 0 <= minute <= 59:
                return time(hour, minute)
    return default


def format_hhmm(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


@dataclass(frozen=True)
class DesktopOptions:
    """Immutable; change with `with_tray_alert(...)` or `dataclasses.replace(...)`.

    `tray_alerts_off` holds the keys whose tray alert is switched off, so every key (including
    one the server adds later) is on unless the parent turned it off. Quiet hours run from
    `quiet_start` (inclusive) to `quiet_end` (exclusive) in local time and may cross midnight.
    """

    tray_alerts_off: frozenset[str] = field(default_factory=frozenset)
    quiet_hours_enabled: bool = False
    quiet_start: time = DEFAULT_QUIET_START
    quiet_end: time = DEFAULT_QUIET_END
    start_in_tray: bool = False
    keep_running_in_tray: bool = True  # closing the window keeps alerts coming (tray: Quit)

    def __post_init__(self) -> None:
        # Keys are stored as plain wire strings whatever the caller passed (ParentKey or str).
        object.__setattr__(self, "tray_alerts_off", frozenset(str(k) for k in self.tray_alerts_off))
        for name in ("quiet_start", "quiet_end"):
            value: time = getattr(self, name)
            object.__setattr__(self, name, time(value.hour, value.minute))

    # -- queries ---------------------------------------------------------------------------

    def tray_alert(self, key: ParentKey | str) -> bool:
        """Whether a new notification of `key` may raise a tray alert on this computer."""
        return str(key) not in self.tray_alerts_off

    def in_quiet_hours(self, local_time: time) -> bool:
        """True when alerts should be held at `local_time` (the wall clock of this computer).

        A range with start == end is empty (no quiet time), not the whole day.
        """
        if not self.quiet_hours_enabled:
            return False
        now = local_time.replace(tzinfo=None)
        start, end = self.quiet_start, self.quiet_end
        if start == end:
            return False
        if start < end:
            return start <= now < end
        return now >= start or now < end  # overnight, e.g. 21:00 -> 07:00

    # -- changes ---------------------------------------------------------------------------

    def with_tray_alert(self, key: ParentKey | str, on: bool) -> DesktopOptions:
        off = set(self.tray_alerts_off)
        (off.discard if on else off.add)(str(key))
        return replace(self, tray_alerts_off=frozenset(off))

    # -- persistence -----------------------------------------------------------------------

    def to_dict(self) -> dict[str, object]:
        keys = [k.value for k in ParentKey] + sorted(
            self.tray_alerts_off - {k.value for k in ParentKey}
        )
        return {
            "tray_alerts": {key: self.tray_alert(key) for key in keys},
            "quiet_hours": {
                "enabled": self.quiet_hours_enabled,
                "start": format_hhmm(self.quiet_start),
                "end": format_hhmm(self.quiet_end),
            },
            "start_in_tray": self.start_in_tray,
            "keep_running_in_tray": self.keep_running_in_tray,
        }

    @classmethod
    def from_dict(cls, raw: object) -> DesktopOptions:
        """Tolerant: every field that is missing or malformed keeps its default."""
        if not isinstance(raw, Mapping):
            return cls()
        tray = raw.get("tray_alerts")
        off: Iterable[str] = ()
        if isinstance(tray, Mapping):
            off = [str(k) for k, v in tray.items() if isinstance(k, str) and v is False]
        quiet = raw.get("quiet_hours")
        quiet = quiet if isinstance(quiet, Mapping) else {}
        enabled = quiet.get("enabled")
        start_in_tray = raw.get("start_in_tray")
        keep_running = raw.get("keep_running_in_tray")
        return cls(
            tray_alerts_off=frozenset(off),
            quiet_hours_enabled=enabled if isinstance(enabled, bool) else False,
            quiet_start=parse_hhmm(quiet.get("start"), DEFAULT_QUIET_START),
            quiet_end=parse_hhmm(quiet.get("end"), DEFAULT_QUIET_END),
            start_in_tray=start_in_tray if isinstance(start_in_tray, bool) else False,
            keep_running_in_tray=keep_running if isinstance(keep_running, bool) else True,
        )

    @classmethod
    def load(cls, settings: LocalSettings) -> DesktopOptions:
        try:
            return cls.from_dict(settings.get(SETTINGS_KEY))
        except Exception:  # never let a damaged settings file stop the app
            log.warning("desktop options unreadable; using defaults", exc_info=True)
            return cls()

    def save(self, settings: LocalSettings) -> None:
        """Write through LocalSettings (atomic file replace); an OSError reaches the caller."""
        settings.set(SETTINGS_KEY, self.to_dict())
