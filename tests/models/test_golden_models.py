"""The client's models read every golden answer of docs/api.md, name by name, and docs/api.md
shows the golden files unchanged (so the contract document and the fixtures cannot drift)."""

from __future__ import annotations

import pytest

from optilearn_desktop.models.auth import AuthTokens, SignedInUser
from optilearn_desktop.models.base import WireModel
from optilearn_desktop.models.children import ChildrenPayload, Relation
from optilearn_desktop.models.envelope import Envelope
from optilearn_desktop.models.notifications import (
    Frequency,
    MarkReadResult,
    NotificationPage,
    ParentKey,
    PreferencesPayload,
    UnreadCount,
)
from optilearn_desktop.models.overview import (
    CertificateStatus,
    ChildOverview,
    EnrollmentStatus,
    OverviewPayload,
)

from .. import golden

MODELS: dict[str, type[WireModel]] = {
    "login.json": AuthTokens,
    "refresh.json": AuthTokens,
    "me.json": SignedInUser,
    "children.json": ChildrenPayload,
    "overview.json": OverviewPayload,
    "notifications.json": NotificationPage,
    "unread_count.json": UnreadCount,
    "mark_read.json": MarkReadResult,
    "preferences.json": PreferencesPayload,
}


def _data(name: str) -> object:
    envelope = Envelope.model_validate(golden.load(name))
    assert envelope.error is None
    return envelope.data


@pytest.mark.parametrize("name", sorted(MODELS))
def test_the_model_reads_every_wire_name_of_the_golden_answer(name: str) -> None:
    data = _data(name)
    parsed = MODELS[name].model_validate(data)
    # Written back, nothing is lost or added: a name the model misspells falls back to its
    # default (or is dropped) and the two differ.
    assert parsed.to_wire() == data


def test_every_golden_answer_is_covered() -> None:
    assert set(golden.names()) == {*MODELS, "logout.json", "error.json"}


def test_sign_in_answers_read_as_a_parent() -> None:
    for name in ("login.json", "refresh.json"):
        tokens = AuthTokens.model_validate(_data(name))
        assert tokens.expires_in == 900
        assert tokens.user is not None and tokens.user.is_parent
        assert tokens.user.institution_slug == "svpms"
    assert SignedInUser.model_validate(_data("me.json")).contact_id == "ct_456"
    assert _data("logout.json") == {"signedOut": True}


def test_children_and_overview_read_into_known_values() -> None:
    children = ChildrenPayload.model_validate(_data("children.json")).children
    assert [c.relation for c in children] == [Relation.MOTHER, Relation.MOTHER]
    assert [c.is_primary for c in children] == [True, False]
    assert (children[0].class_name, children[0].section) == ("Class 8", "B")
    overview = ChildOverview.from_wire(_data("overview.json"))
    assert overview.section_errors == {}
    assert overview.child is not None and overview.child.contact_id == "ct_456"
    assert [c.status for c in overview.courses or []] == [
        EnrollmentStatus.ACTIVE,
        EnrollmentStatus.COMPLETED,
    ]
    assert overview.courses_completed == 1
    assert [c.status for c in overview.certificates or []] == [
        CertificateStatus.VALID,
        CertificateStatus.REVOKED,
    ]
    grade = (overview.recent_grades or [])[0]
    assert (grade.score, grade.max_score, grade.percentage, grade.passed) == (42, 50, 84.0, True)
    assert overview.live_classes is not None and overview.live_classes.attendance_percent == 75


def test_notifications_and_preferences_read_into_known_values() -> None:
    envelope = Envelope.model_validate(golden.load("notifications.json"))
    assert envelope.meta is not None
    assert (envelope.meta.total, envelope.meta.per_page, envelope.meta.total_pages) == (57, 25, 3)
    page = NotificationPage.model_validate(envelope.data)
    assert [n.key for n in page.notifications] == [
        ParentKey.CHILD_GRADED,
        ParentKey.CHILD_ABSENT,
    ]
    assert {n.child_contact_id for n in page.notifications} == {"ct_456"}
    assert page.notifications[0].child_name == "Ananya Sharma"
    assert (page.total, page.unread_count) == (57, 1)
    assert UnreadCount.model_validate(_data("unread_count.json")).count == 1
    assert MarkReadResult.model_validate(_data("mark_read.json")).updated == 2
    graded, absent = PreferencesPayload.model_validate(_data("preferences.json")).preferences
    assert (graded.frequency, graded.frequency_options) == (
        Frequency.DAILY,
        [Frequency.IMMEDIATE, Frequency.DAILY],
    )
    assert not graded.channels.email and graded.default_channels.email
    assert absent.locked and not graded.locked


def test_the_error_envelope_reads_code_message_and_details() -> None:
    envelope = Envelope.model_validate(golden.load("error.json"))
    assert envelope.data is None and envelope.error is not None
    assert (envelope.error.code, envelope.error.message) == ("FORBIDDEN", "Parent access only")


def test_docs_api_md_shows_each_golden_file_unchanged() -> None:
    blocks, marked, total = golden.doc_blocks()
    assert marked == total, "every ```json block of docs/api.md says whether it is golden"
    assert sorted(blocks) == golden.names()
    for name, shown in blocks.items():
        assert shown == [golden.load(name)], f"docs/api.md and {name} differ"
