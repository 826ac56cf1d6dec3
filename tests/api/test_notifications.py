"""Inbox, preferences and the server's fan-out, read through our client."""

from __future__ import annotations

import pytest

from optilearn_desktop.api.errors import RejectedError
from optilearn_desktop.models.notifications import (
    Channels,
    Frequency,
    ParentKey,
    PreferenceChange,
)

PARENT_KEYS = set(ParentKey)


def inbox(aio, client, key: ParentKey | None = None):
    page = aio(client.notifications(limit=100))
    return [n for n in page.notifications if key is None or n.key == key]


def shared_child(aio, make_client):
    a, b = make_client("parent_shared_a"), make_client("parent_shared_b")
    child = aio(a.children())[0]
    return a, b, child


def test_parents_get_exactly_the_four_parent_preferences(make_client, demo, aio):
    prefs = aio(make_client("parent_three").preferences())
    assert {p.key for p in prefs} == PARENT_KEYS
    absent = next(p for p in prefs if p.key == ParentKey.CHILD_ABSENT)
    assert absent.locked and absent.enabled
    student_prefs = aio(make_client("student").preferences())
    assert not PARENT_KEYS & {p.key for p in student_prefs}


def test_a_grade_reaches_each_linked_parent_once_naming_the_child(make_client, demo, aio):
    a, b, child = shared_child(aio, make_client)
    before_a, before_b = len(inbox(aio, a)), len(inbox(aio, b))
    demo.grade(child.student_id, score=88, title="Fractions quiz")
    for client, before in ((a, before_a), (b, before_b)):
        notes = inbox(aio, client)
        assert len(notes) == before + 1
        graded = [n for n in notes if n.key == ParentKey.CHILD_GRADED]
        assert len(graded) == 1
        assert graded[0].child_contact_id == child.contact_id
        assert graded[0].child_name == child.name
        assert child.name.split()[0] in graded[0].title
    # Nobody else hears about another family's child.
    assert inbox(aio, make_client("parent_one"), ParentKey.CHILD_GRADED) == []


def test_a_disabled_key_produces_nothing_for_that_parent_only(make_client, demo, aio):
    a, b, child = shared_child(aio, make_client)
    aio(b.update_preferences([PreferenceChange(key=ParentKey.CHILD_GRADED, enabled=False)]))
    demo.grade(child.student_id, score=90)
    assert len(inbox(aio, a, ParentKey.CHILD_GRADED)) == 1
    assert inbox(aio, b, ParentKey.CHILD_GRADED) == []


def test_in_app_channel_off_produces_nothing(make_client, demo, aio):
    a, b, child = shared_child(aio, make_client)
    aio(
        a.update_preferences(
            [
                PreferenceChange(
                    key=ParentKey.CHILD_GRADED, channels=Channels(email=True, in_app=False)
                )
            ]
        )
    )
    demo.grade(child.student_id, score=90)
    assert inbox(aio, a, ParentKey.CHILD_GRADED) == []
    assert len(inbox(aio, b, ParentKey.CHILD_GRADED)) == 1


def test_a_locked_key_cannot_be_disabled_and_is_still_sent(make_client, demo, aio):
    a, b, child = shared_child(aio, make_client)
    with pytest.raises(RejectedError) as caught:
        aio(a.update_preferences([PreferenceChange(key=ParentKey.CHILD_ABSENT, enabled=False)]))
    assert caught.value.code == "VALIDATION_ERROR"
    demo.absence(child.student_id)
    for client in (a, b):
        absent = inbox(aio, client, ParentKey.CHILD_ABSENT)
        assert len(absent) == 1 and absent[0].child_contact_id == child.contact_id


def test_low_grade_fires_when_the_average_crosses_below_the_threshold(make_client, demo, aio):
    a, b, child = shared_child(aio, make_client)
    demo.grade(child.student_id, score=0, max_score=100, title="Missed test")
    for client in (a, b):
        low = inbox(aio, client, ParentKey.CHILD_LOW_GRADE)
        assert len(low) == 1 and low[0].child_contact_id == child.contact_id
    demo.grade(child.student_id, score=0, max_score=100)  # already below: no second alert
    assert len(inbox(aio, a, ParentKey.CHILD_LOW_GRADE)) == 1


def test_two_children_give_two_weekly_digests(make_client, demo, aio):
    client = make_client("parent_three")
    children = aio(client.children())
    seeded = {n.id for n in inbox(aio, client, ParentKey.WEEKLY_DIGEST)}
    demo.digest("svpms")
    digests = [n for n in inbox(aio, client, ParentKey.WEEKLY_DIGEST) if n.id not in seeded]
    assert len(digests) == len(children) == 3
    assert {d.child_contact_id for d in digests} == {c.contact_id for c in children}


def test_unread_count_and_mark_read(make_client, demo, aio):
    client = make_client("parent_three")
    demo.digest("svpms")
    start = aio(client.unread_count())
    assert start >= 3
    first = inbox(aio, client)[0]
    assert aio(client.mark_read([first.id])) == 1
    assert aio(client.unread_count()) == start - 1
    assert aio(client.mark_read(all=True)) == start - 1
    assert aio(client.unread_count()) == 0
    page = aio(client.notifications(unread_only=True))
    assert page.notifications == [] and page.unread_count == 0


def test_mark_read_touches_only_the_callers_own_notifications(make_client, demo, aio):
    a, b, child = shared_child(aio, make_client)
    demo.grade(child.student_id, score=75)
    note_of_b = inbox(aio, b)[0]
    assert aio(a.mark_read([note_of_b.id])) == 0
    assert not inbox(aio, b)[0].is_read


def test_pagination_respects_the_limit(make_client, demo, aio):
    client = make_client("parent_three")
    demo.digest("svpms")
    page = aio(client.notifications(page=1, limit=2))
    assert len(page.notifications) == 2 and page.total >= 3
    everything = aio(client.notifications(limit=1000))  # clamped to the documented 100
    assert len(everything.notifications) == min(everything.total, 100)


def test_preference_update_is_all_or_nothing(make_client, demo, aio):
    client = make_client("parent_three")
    before = aio(client.preferences())
    with pytest.raises(RejectedError) as caught:
        aio(
            client.update_preferences(
                [
                    PreferenceChange(key=ParentKey.CHILD_GRADED, enabled=False),
                    PreferenceChange(key="PARENT_SOMETHING_UNKNOWN", enabled=False),
                ]
            )
        )
    assert caught.value.code == "VALIDATION_ERROR"
    assert aio(client.preferences()) == before


def test_frequency_changes_follow_the_definition(make_client, demo, aio):
    client = make_client("parent_three")
    prefs = {p.key: p for p in aio(client.preferences())}
    graded = prefs[ParentKey.CHILD_GRADED]
    assert graded.can_change_frequency and Frequency.DAILY in graded.frequency_options
    saved = aio(
        client.update_preferences(
            [PreferenceChange(key=ParentKey.CHILD_GRADED, frequency=Frequency.DAILY)]
        )
    )
    assert next(p for p in saved if p.key == ParentKey.CHILD_GRADED).frequency is Frequency.DAILY
    with pytest.raises(RejectedError):
        aio(
            client.update_preferences(
                [PreferenceChange(key=ParentKey.CHILD_LOW_GRADE, frequency=Frequency.WEEKLY)]
            )
        )
