"""Inbox notifications and notification preferences (DOC, with GAPs chosen in docs/api.md)."""

from __future__ import annotations

from typing import Any

from .base import Tolerant, UtcDateTime, WireEnum, WireModel


class ParentKey(WireEnum):
    """The four keys a parent has (seed text)."""

    CHILD_GRADED = "PARENT_CHILD_GRADED"
    CHILD_LOW_GRADE = "PARENT_CHILD_LOW_GRADE"
    CHILD_ABSENT = "PARENT_CHILD_ABSENT"
    WEEKLY_DIGEST = "PARENT_WEEKLY_DIGEST"


class Frequency(WireEnum):
    """GAP: DOC names only IMMEDIATE; DAILY and WEEKLY are our choice."""

    IMMEDIATE = "IMMEDIATE"
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"


# GAP: how a notification names its child. One place, read by the client, written by the server.
META_CHILD_CONTACT_ID = "childContactId"
META_CHILD_NAME = "childName"
META_STUDENT_ID = "studentId"
# GAP: what else a notification's metadata names, so the desktop can point at the row it is about.
META_SUBMISSION_ID = "submissionId"
META_LIVE_CLASS_ID = "liveClassId"
META_ASSIGNMENT_ID = "assignmentId"
META_COURSE_ID = "courseId"
META_CERTIFICATE_ID = "certificateId"


class Notification(WireModel):
    id: str
    title: str
    message: str = ""
    type: str = "INFO"
    key: Tolerant[ParentKey] | None = None
    category: str = ""
    action_url: str | None = None  # a web path; the desktop maps it to a tab itself
    is_read: bool = False
    read_at: UtcDateTime | None = None
    created_at: UtcDateTime
    metadata: dict[str, Any] = {}

    @property
    def child_contact_id(self) -> str | None:
        value = self.metadata.get(META_CHILD_CONTACT_ID)
        return value if isinstance(value, str) else None

    @property
    def child_name(self) -> str | None:
        value = self.metadata.get(META_CHILD_NAME)
        return value if isinstance(value, str) else None

    def meta_text(self, key: str) -> str | None:
        """A metadata value that is a non-empty string (anything else is not trusted as an id)."""
        value = self.metadata.get(key)
        return value if isinstance(value, str) and value else None


class NotificationPage(WireModel):
    notifications: list[Notification] = []
    total: int = 0
    unread_count: int = 0


class UnreadCount(WireModel):
    count: int = 0


class MarkReadRequest(WireModel):
    ids: list[str] | None = None
    all: bool | None = None


class MarkReadResult(WireModel):
    updated: int = 0


class Channels(WireModel):
    email: bool = False
    push: bool = False
    in_app: bool = True


class Preference(WireModel):
    """Definition defaults merged with the user's own choice (DOC fields + GAP extras)."""

    key: Tolerant[ParentKey]
    label: str = ""
    description: str = ""
    category: str = ""
    default_channels: Channels = Channels()
    can_disable: bool = True  # False: locked on
    can_change_frequency: bool = True  # False: always the default frequency
    available_to: list[str] = []
    controls: Any = None
    # GAP: the user's current choice, and which frequencies the definition allows.
    enabled: bool = True
    channels: Channels = Channels()
    frequency: Tolerant[Frequency] = Frequency.IMMEDIATE
    frequency_options: list[Tolerant[Frequency]] = [Frequency.IMMEDIATE]

    @property
    def locked(self) -> bool:
        return not self.can_disable


class PreferenceChange(WireModel):
    """GAP: one entry of `PUT /api/notifications/preferences` `{"preferences": [...]}`."""

    key: str
    enabled: bool | None = None
    channels: Channels | None = None
    frequency: str | None = None


class PreferencesPayload(WireModel):
    preferences: list[Preference] = []


class PreferencesUpdate(WireModel):
    preferences: list[PreferenceChange]
