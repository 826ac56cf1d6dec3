"""The first paint's pydantic-free records (core/saved_records.py) against the models: the same
fields, aliases and defaults, the same values for every row the app writes (the demo school's
data and a hand-made row full of edge cases), and a miss, never a guess, for anything else."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from enum import Enum
from typing import Any

import pytest
from pydantic import BaseModel

from optilearn_desktop.core import offline_cache, saved_records
from optilearn_desktop.core.offline_cache import OfflineCache
from optilearn_desktop.core.offline_store import OfflineStore
from optilearn_desktop.core.parent_data import ParentData
from optilearn_desktop.models import overview as models
from optilearn_desktop.models.children import Child
from optilearn_desktop.models.vocabulary import SECTION_FIELD, Section

from .saved_rows import EDGE_CHILDREN, EDGE_OVERVIEW, row

PAIRS = [
    (saved_records.ChildRecord, Child),
    (saved_records.ProfileRecord, models.ChildProfile),
    (saved_records.CourseRecord, models.Course),
    (saved_records.GradeRecord, models.Grade),
    (saved_records.UpcomingRecord, models.UpcomingAssignment),
    (saved_records.LiveClassRecord, models.LiveClass),
    (saved_records.LiveSummaryRecord, models.LiveClassSummary),
    (saved_records.BadgeRecord, models.Badge),
    (saved_records.GamificationRecord, models.Gamification),
    (saved_records.CertificateRecord, models.Certificate),
    (saved_records.OverviewRecord, models.ChildOverview),
]


def assert_same(record: Any, model: Any, where: str = "") -> None:
    """Every model field (recursively) equal in the record, of the same kind."""
    if isinstance(model, BaseModel):
        for name in type(model).model_fields:
            assert_same(getattr(record, name), getattr(model, name), f"{where}.{name}")
    elif isinstance(model, list):
        assert isinstance(record, list) and len(record) == len(model), where
        for i, (r, m) in enumerate(zip(record, model, strict=True)):
            assert_same(r, m, f"{where}[{i}]")
    else:
        assert record == model, where
        assert isinstance(record, Enum) == isinstance(model, Enum), where
        if isinstance(model, (datetime, float, bool, int)):
            assert type(record) is type(model), where
        if isinstance(model, datetime):
            assert record.utcoffset() == model.utcoffset(), where


def assert_rows_agree(children: bytes, overviews: dict[str, bytes]) -> int:
    fast = saved_records.decode_children(children)
    slow = offline_cache.decode_children(children)
    assert fast is not None and slow is not None
    assert_same(fast, slow, "children")
    for f, s in zip(fast, slow, strict=True):
        assert f.class_and_section == s.class_and_section
    compared = 0
    for child_id, data in overviews.items():
        fast_row = saved_records.decode_overview(data)
        slow_row = offline_cache.decode_overview(data)
        assert fast_row is not None and slow_row is not None, child_id
        (f_overview, f_updated), (s_overview, s_updated) = fast_row, slow_row
        assert_same(f_overview, s_overview, child_id)
        assert f_updated == s_updated and f_overview.section_errors == s_overview.section_errors
        assert f_overview.courses_completed == s_overview.courses_completed
        for section in Section:
            assert f_overview.section_ok(section) == s_overview.section_ok(section)
        compared += 1
    return compared


def test_each_record_has_its_models_fields_aliases_and_defaults():
    for record, model in PAIRS:
        fields = [(name, key, default) for name, key, _convert, default in record.FIELDS]
        assert [f[0] for f in fields] == list(model.model_fields), record.__name__
        for name, key, default in fields:
            info = model.model_fields[name]
            if model is not models.ChildOverview or name != "section_errors":
                assert key == info.alias, f"{record.__name__}.{name}"
            if info.is_required():
                assert default is saved_records._REQUIRED, f"{record.__name__}.{name}"
            else:
                assert default == info.get_default(call_default_factory=True), name


def test_the_section_field_table_is_the_models_own():
    aliases = {info.alias: name for name, info in models.OverviewPayload.model_fields.items()}
    assert {section: aliases[section.value] for section in Section} == SECTION_FIELD


def test_a_row_full_of_edge_cases_decodes_as_the_models_decode_it():
    assert assert_rows_agree(json.dumps(EDGE_CHILDREN).encode(), {"ct_9": row(EDGE_OVERVIEW)})
    fast, updated = saved_records.decode_overview(row(EDGE_OVERVIEW))
    assert fast.gamification is None and not fast.section_ok(Section.ACHIEVEMENTS)
    assert Section.ACHIEVEMENTS not in updated  # a section never fetched has no age
    assert fast.recent_grades[0].percentage == 77.8  # derived, as the models derive it
    assert fast.child.relation == "STEP_PARENT" and fast.courses[1].status == "PAUSED"
    assert fast.courses[0].completed_at == datetime(2026, 11, 21, 4, 30, tzinfo=UTC)
    assert "Zoë" not in repr(fast) + repr(fast.child)  # never a child's data in a log line


def test_the_demo_schools_rows_decode_as_the_models_decode_them(demo, make_client, aio, tmp_path):
    """Rows written by the app's own cache from the reference backend's every household."""
    compared = 0
    for account in demo.info["accounts"]:
        if account.get("role") != "parent" or account["key"] == "parent_no_contact":
            continue  # (that one is refused by the server: no contact to read children of)
        path, key = tmp_path / f"{account['key']}.sqlite3", os.urandom(32)
        cache = aio(OfflineCache.open(path, key))
        data = ParentData(make_client(account["key"]), cache=cache)
        aio(data.refresh_children())
        if not data.children:  # the demo's parent with no child linked
            aio(cache.close())
            continue
        for child in data.children:
            aio(data.refresh_overview(child.contact_id))
        aio(cache.close())
        with OfflineStore(path, key) as store:
            children = store.get_children()
            assert children is not None
            overviews = {}
            for child in data.children:
                found = store.get_overview(child.contact_id)
                if found is not None:
                    overviews[child.contact_id] = found[0]
        assert overviews, account["key"]
        compared += assert_rows_agree(children[0], overviews)
    assert compared >= 4  # every linked child of every demo parent


def test_records_are_read_only_and_merge_as_the_models_do():
    fast, _ = saved_records.decode_overview(row(EDGE_OVERVIEW))
    with pytest.raises(AttributeError):
        fast.courses = []  # type: ignore[misc]
    data = ParentData(None)  # type: ignore[arg-type]
    children = saved_records.decode_children(json.dumps(EDGE_CHILDREN).encode())
    at = datetime(2026, 11, 22, 9, tzinfo=UTC)
    data.remember(children, {"ct_9": (fast, {Section.COURSES: at})}, at)
    state = data.state("ct_9")
    assert isinstance(state.overview, saved_records.OverviewRecord)
    assert [c.course_title for c in state.overview.courses] == ["Algebra", "Physics"]
    assert state.section_errors == {Section.ACHIEVEMENTS: "missing from the server's answer"}


def _bad(path: str, value: Any) -> dict[str, Any]:
    """EDGE_OVERVIEW with the value at a dotted path replaced (`...=DROP`: removed)."""
    overview = json.loads(json.dumps(EDGE_OVERVIEW))
    *parents, last = path.split(".")
    node: Any = overview
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if value == "DROP":
        del node[last]
    else:
        node[last] = value
    return overview


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("courses.0.progress", "90"),  # a string where a number was written
        ("courses.0.progress", 100.5),  # out of range
        ("courses.0.enrollmentId", "DROP"),  # a required field missing
        ("courses.0.passed", 1),  # an integer is not a bool
        ("recentGrades.0.maxScore", 0),  # must be more than zero
        ("recentGrades.0.gradedAt", "yesterday"),
        ("liveClasses.missedThisMonth", -1),
        ("liveClasses.attendedThisMonth", 2.0),
        ("liveClasses.upcoming", {}),
        ("certificates.0.status", 3),
        ("child.name", None),
        ("courses", {"not": "a list"}),
    ],
)
def test_anything_the_app_would_not_write_is_a_miss_not_a_guess(path, value):
    assert saved_records.decode_overview(row(_bad(path, value))) is None


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not json",
        b"[]",
        b'{"overview": []}',
        b'{"overview": {}}',  # no updatedAt
        json.dumps({"overview": EDGE_OVERVIEW, "updatedAt": {"courses": 5}}).encode(),
        b"[" * 100_000,  # deeper than the parser goes
    ],
)
def test_a_damaged_row_is_a_miss(data):
    assert saved_records.decode_overview(data) is None
    fast_children = saved_records.decode_children(data)
    if offline_cache.decode_children(data) is None:  # never accepted where the models refuse
        assert fast_children is None
    else:
        assert fast_children == []  # an object without "children": none, as the models say


def test_a_children_row_missing_an_id_or_of_the_wrong_shape_is_a_miss():
    assert saved_records.decode_children(b'{"children": [{"name": "No id"}]}') is None
    assert saved_records.decode_children(b'{"children": null}') is None
    assert saved_records.decode_children(b'{"children": [{"contactId": 7, "name": "X"}]}') is None
    assert saved_records.decode_children(b"{}") == []
