"""The household calendar (.ics) from the real reference backend's overviews, read back with
`icalendar`: one event per upcoming assignment and next live class of every child, UIDs that
stay the same from one export to the next, and times that a daylight-saving change cannot
move. The only stand-ins are at the OS edge: the clock and the local time zone."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from optilearn_desktop.core.calendar_export import CalendarChild, household_calendar
from optilearn_desktop.core.clock import utc_now
from optilearn_desktop.core.household_export import calendar_children


def second(moment: datetime) -> datetime:
    """A time as a calendar holds it: whole seconds."""
    return moment.replace(microsecond=0)


def events_of(payload: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(payload).walk("VEVENT"))


def expected_items(children: list[CalendarChild]) -> dict[str, datetime]:
    """The start of every item the calendar should hold, by the child and item ids."""
    starts = {}
    for entry in children:
        child = entry.child.contact_id
        for work in entry.overview.upcoming_assignments or []:
            starts[f"assignment-{work.assignment_id}-{child}"] = second(work.due_at)
        for live in entry.overview.live_classes.upcoming:
            starts[f"live-class-{live.live_class_id}-{child}"] = second(live.starts_at)
    return starts


def test_one_event_per_upcoming_item_and_next_class_of_every_child(household):
    _data, states = household("parent_three")
    children = calendar_children(states)
    assert len(children) == 3
    payload = household_calendar(children, now=utc_now(), institution="svpms")
    events = events_of(payload)

    expected = expected_items(children)
    assert len(expected) > 3 * 2  # each child has upcoming work and classes in the seed
    assert len(events) == len(expected)
    by_item = {str(e["uid"]).split("@")[0]: e for e in events}
    assert set(by_item) == set(expected)
    for entry in children:
        first_name = entry.child.name.split()[0]
        for live in entry.overview.live_classes.upcoming:
            event = by_item[f"live-class-{live.live_class_id}-{entry.child.contact_id}"]
            assert str(event["summary"]).startswith(f"{first_name}: {live.title}")
            assert str(event["summary"]).endswith(live.course_title)
            assert event["dtstart"].dt == second(live.starts_at)
            assert event["dtend"].dt == second(live.ends_at)
            assert live.course_title in event["categories"].cats
        for work in entry.overview.upcoming_assignments:
            event = by_item[f"assignment-{work.assignment_id}-{entry.child.contact_id}"]
            assert str(event["summary"]) == f"{first_name}: {work.title}, {work.course_title}"
            assert event["dtstart"].dt == second(work.due_at)
            assert entry.child.name in str(event["description"])
    assert b"DTSTART:" in payload and b"TZID" not in payload  # every time in UTC ("...Z")


def test_uids_stay_the_same_from_one_export_to_the_next(household):
    _data, first = household("parent_three")
    _data, second = household("parent_three")  # another sign-in, another day's export
    now = utc_now()
    one = events_of(household_calendar(calendar_children(first), now=now, institution="svpms"))
    two = events_of(
        household_calendar(
            calendar_children(second), now=now + timedelta(minutes=1), institution="svpms"
        )
    )
    uids = [str(e["uid"]) for e in one]
    assert len(set(uids)) == len(uids)  # the same assignment for two siblings: two events
    assert uids == [str(e["uid"]) for e in two]
    assert one[0]["dtstamp"].dt != two[0]["dtstamp"].dt  # a newer file, the same events

    # One child chosen: that child's events, with the same UIDs as in the household's file.
    ananya = [c for c in calendar_children(first) if c.child.name == "Ananya Sharma"]
    alone = events_of(household_calendar(ananya, now=now, institution="svpms"))
    assert alone and {str(e["uid"]) for e in alone} < set(uids)
    assert all(str(e["summary"]).startswith("Ananya: ") for e in alone)


def test_items_whose_time_has_passed_are_left_out_of_a_saved_copy(household):
    _data, states = household("parent_three")
    children = calendar_children(states)
    later = utc_now() + timedelta(days=3)  # the saved overview is days old by now
    events = events_of(household_calendar(children, now=later, institution="svpms"))
    expected = {k: at for k, at in expected_items(children).items() if at >= later}
    assert 0 < len(events) == len(expected) < len(expected_items(children))


@pytest.fixture
def london_time(monkeypatch):
    """The computer's local time zone is Europe/London (the OS edge), as a parent's is."""
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield ZoneInfo("Europe/London")
    monkeypatch.undo()
    time.tzset()


def test_times_stay_right_across_a_daylight_saving_change(household, london_time):
    # Greenwood is in London, where clocks go forward at 01:00 UTC on 29 March 2026. The real
    # overview is moved, whole, to the days around that change; the fake clock stands before it.
    change = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    real_now = utc_now()
    fake_now = change - timedelta(days=1)
    _data, states = household("parent_greenwood", now=real_now)
    children = []
    for entry in calendar_children(states):
        shift = timedelta(seconds=round((fake_now - real_now).total_seconds()))
        overview = entry.overview
        live = overview.live_classes
        moved_live = [
            c.model_copy(update={"starts_at": c.starts_at + shift, "ends_at": c.ends_at + shift})
            for c in live.upcoming
        ]
        # One class runs over the change itself: 00:30 to 02:30 on the London clock, one hour.
        moved_live[0] = moved_live[0].model_copy(
            update={
                "starts_at": change - timedelta(minutes=30),
                "ends_at": change + timedelta(minutes=30),
            }
        )
        moved = overview.model_copy(
            update={
                "upcoming_assignments": [
                    a.model_copy(update={"due_at": a.due_at + shift})
                    for a in overview.upcoming_assignments
                ],
                "live_classes": live.model_copy(update={"upcoming": moved_live}),
            }
        )
        children.append(CalendarChild(entry.child, moved))
    expected = expected_items(children)
    assert any(at < change for at in expected.values())
    assert any(at > change for at in expected.values())

    events = events_of(household_calendar(children, now=fake_now, institution="greenwood"))
    assert len(events) == len(expected)
    for event in events:
        start = event["dtstart"].dt
        assert start.utcoffset() == timedelta(0)
        assert start == expected[str(event["uid"]).split("@")[0]]
        # What a London calendar shows: the wall-clock time the school set, on both sides.
        wall = start.astimezone(london_time)
        assert wall.utcoffset() == (timedelta(hours=1) if start >= change else timedelta(0))
    over = next(e for e in events if e["dtstart"].dt == change - timedelta(minutes=30))
    assert over["dtend"].dt - over["dtstart"].dt == timedelta(hours=1)
    assert over["dtstart"].dt.astimezone(london_time).strftime("%H:%M") == "00:30"
    assert over["dtend"].dt.astimezone(london_time).strftime("%H:%M") == "02:30"
