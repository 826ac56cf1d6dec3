"""Children, overview and certificate PDF through our client against the reference backend."""

from __future__ import annotations

import pytest

from optilearn_desktop.api.errors import (
    ForbiddenError,
    NotFoundError,
    ProtocolError,
    RejectedError,
    ServerError,
)
from optilearn_desktop.models.children import Relation
from optilearn_desktop.models.overview import EnrollmentStatus, Section
from optilearn_desktop.models.routes import CHILDREN


def test_children_come_primary_first_and_are_fetched_no_store(make_client, demo, aio):
    client = make_client("parent_three")
    children = aio(client.children())
    assert len(children) == 3
    assert children[0].is_primary and not any(c.is_primary for c in children[1:])
    assert all(c.contact_id and c.name and c.class_name and c.section for c in children)
    assert {c.relation for c in children} <= set(Relation)
    # The children list is never served from a cache (DOC: no-store, always fresh).
    import httpx

    raw = httpx.get(
        demo.lms_url + CHILDREN,
        headers={"Authorization": f"Bearer {client.tokens.access_token}"},
    )
    assert "no-store" in raw.headers.get("cache-control", "")


@pytest.mark.parametrize(
    ("key", "count"), [("parent_one", 1), ("parent_none", 0), ("parent_greenwood", 2)]
)
def test_each_household_sees_its_own_children(make_client, demo, aio, key, count):
    assert len(aio(make_client(key).children())) == count


def test_two_parents_share_one_child(make_client, demo, aio):
    a = aio(make_client("parent_shared_a").children())
    b = aio(make_client("parent_shared_b").children())
    assert [c.contact_id for c in a] == [c.contact_id for c in b]


@pytest.mark.parametrize("key", ["student", "staff"])
def test_students_and_staff_are_refused_on_parent_endpoints(make_client, demo, aio, key):
    with pytest.raises(ForbiddenError) as caught:
        aio(make_client(key).children())
    assert caught.value.code == "FORBIDDEN" and caught.value.status == 403


def test_parent_without_contact_id_is_a_validation_error(make_client, demo, aio):
    with pytest.raises(RejectedError) as caught:
        aio(make_client("parent_no_contact").children())
    assert caught.value.code == "VALIDATION_ERROR" and caught.value.status == 400


def test_heavy_child_overview_parses_every_section_within_the_limits(make_client, demo, aio):
    client = make_client("parent_three")
    overviews = {c.contact_id: aio(client.overview(c.contact_id)) for c in aio(client.children())}
    heavy = max(overviews.values(), key=lambda o: len(o.courses or []))
    assert heavy.section_errors == {}
    assert len(heavy.courses) >= 40
    assert {c.status for c in heavy.courses} <= {
        EnrollmentStatus.ACTIVE,
        EnrollmentStatus.COMPLETED,
    }
    assert len(heavy.recent_grades) == 10
    graded = [g.graded_at for g in heavy.recent_grades]
    assert graded == sorted(graded, reverse=True)
    assert all(g.percentage == round(g.score / g.max_score * 100, 1) for g in heavy.recent_grades)
    assert all(g.passed == (g.percentage >= 60) for g in heavy.recent_grades)
    assert len(heavy.upcoming_assignments) == 5
    due = [a.due_at for a in heavy.upcoming_assignments]
    assert due == sorted(due)
    active_titles = {c.course_title for c in heavy.courses if c.status == EnrollmentStatus.ACTIVE}
    assert {a.course_title for a in heavy.upcoming_assignments} <= active_titles
    assert len(heavy.live_classes.upcoming) <= 5
    assert heavy.gamification.longest_streak >= heavy.gamification.current_streak
    for overview in overviews.values():
        assert overview.child is not None and overview.child.contact_id in overviews


def test_a_child_of_another_parent_is_refused(make_client, demo, aio):
    other = aio(make_client("parent_one").children())[0]
    with pytest.raises((NotFoundError, ForbiddenError)):
        aio(make_client("parent_three").overview(other.contact_id))


def test_a_child_linked_by_the_office_appears_on_the_next_call(make_client, demo, aio):
    client = make_client("parent_none")
    assert aio(client.children()) == []
    student = next(
        s for s in demo.info["students"] if not s["linked"] and s["institution_slug"] == "svpms"
    )
    demo.link(
        demo.account("parent_none")["contact_id"],
        student["contact_id"],
        relation="GUARDIAN",
        is_primary=True,
    )
    children = aio(client.children())
    assert [c.contact_id for c in children] == [student["contact_id"]]
    assert children[0].relation is Relation.GUARDIAN and children[0].is_primary
    assert aio(client.overview(student["contact_id"])).child.name == student["name"]


def test_an_unlinked_child_disappears_and_is_refused_at_once(make_client, demo, aio):
    client = make_client("parent_three")
    before = aio(client.children())
    gone = before[-1]
    demo.unlink(demo.account("parent_three")["contact_id"], gone.contact_id)
    after = aio(client.children())
    assert [c.contact_id for c in after] == [c.contact_id for c in before[:-1]]
    with pytest.raises((NotFoundError, ForbiddenError)):
        aio(client.overview(gone.contact_id))


def test_opticrm_failure_is_a_server_error(make_client, demo, aio):
    client = make_client("parent_three")
    demo.add_fault(service="crm", route="/api/lms/parent/*", status=503, code="INTERNAL_ERROR")
    with pytest.raises(ServerError) as caught:
        aio(client.children())
    assert caught.value.code == "INTERNAL_ERROR"


def test_certificate_pdf_is_fetched_from_the_api_host_only(make_client, demo, aio):
    client = make_client("parent_three")
    certificates = [
        cert
        for child in aio(client.children())
        for cert in (aio(client.overview(child.contact_id)).certificates or [])
    ]
    assert certificates, "the seed issues certificates to parent_three's children"
    pdf = aio(client.certificate_pdf(certificates[0]))
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    demo.clear_requests()
    foreign = certificates[0].model_copy(update={"pdf_url": "https://evil.example/steal.pdf"})
    with pytest.raises(ProtocolError):
        aio(client.certificate_pdf(foreign))
    assert demo.requests() == []  # refused before anything left the machine


def test_corrupted_section_fails_alone(make_client, demo, aio):
    client = make_client("parent_one")
    child = aio(client.children())[0]
    demo.add_fault(route="/api/parent/children/*/overview", corruptSection="recentGrades")
    overview = aio(client.overview(child.contact_id))
    assert set(overview.section_errors) == {Section.GRADES}
    assert overview.courses is not None and overview.gamification is not None
