"""Seed invariants: the documented households and the heavy child's sizes."""

from __future__ import annotations

import sqlite3

import httpx

from optilearn_reference.process import DemoServer

from ._helpers import data, error_code, sign_in


def _children(lms: httpx.Client, srv: DemoServer, key: str) -> list[dict]:
    return data(lms.get("/api/parent/children", headers=sign_in(lms, srv, key)))["children"]


def test_parent_three_has_three_children_and_a_non_alphabetical_primary(
    lms: httpx.Client, srv: DemoServer
) -> None:
    children = _children(lms, srv, "parent_three")
    assert [c["name"] for c in children] == ["Aarav Sharma", "Ananya Sharma", "Vihaan Sharma"]
    assert [c["name"] for c in children if c["isPrimary"]] == ["Ananya Sharma"]
    for child in children:
        assert child["relation"] == "MOTHER"
        assert child["institutionId"] == "inst_svpms"
        assert child["class"].startswith("Class ")
        assert child["section"] and child["studentCode"].startswith("SP-2026-")
        assert set(child) >= {"contactId", "studentId", "name", "email", "photoUrl", "status"}


def test_household_shapes(lms: httpx.Client, srv: DemoServer) -> None:
    assert [c["name"] for c in _children(lms, srv, "parent_one")] == ["Ishita Verma"]
    assert _children(lms, srv, "parent_none") == []
    shared_a = _children(lms, srv, "parent_shared_a")
    shared_b = _children(lms, srv, "parent_shared_b")
    assert [c["contactId"] for c in shared_a] == [c["contactId"] for c in shared_b] == ["ct_1205"]
    greenwood = _children(lms, srv, "parent_greenwood")
    assert [c["name"] for c in greenwood] == ["Oliver Carter", "Sophie Carter"]
    assert {c["institutionId"] for c in greenwood} == {"inst_greenwood"}
    assert [c["name"] for c in greenwood if c["isPrimary"]] == ["Sophie Carter"]


def test_non_parent_accounts_are_refused(lms: httpx.Client, srv: DemoServer) -> None:
    for key, status, code in (
        ("parent_no_contact", 400, "VALIDATION_ERROR"),
        ("student", 403, "FORBIDDEN"),
        ("staff", 403, "FORBIDDEN"),
    ):
        response = lms.get("/api/parent/children", headers=sign_in(lms, srv, key))
        assert error_code(response, status) == code, key


def test_unlinked_students_exist_in_both_institutions(srv: DemoServer) -> None:
    unlinked = [s for s in srv.info["students"] if not s["linked"]]
    assert {s["institution_slug"] for s in unlinked} == {"svpms", "greenwood"}
    contacts = {c["contactId"]: c for c in srv.contacts()}
    for student in unlinked:
        assert student["contact_id"] in contacts
    for parent in (c for c in contacts.values() if c["kind"] == "PARENT"):
        linked = {link["studentContactId"] for link in parent["links"]}
        assert not linked & {s["contact_id"] for s in unlinked}


def test_heavy_child_sizes(lms_db: sqlite3.Connection) -> None:
    courses = lms_db.execute(
        "SELECT COUNT(*) FROM enrollments WHERE student_id = 'st_2201'"
        " AND status IN ('ACTIVE', 'COMPLETED')"
    ).fetchone()[0]
    graded = lms_db.execute(
        "SELECT COUNT(*) FROM submissions WHERE student_id = 'st_2201' AND graded_at IS NOT NULL"
    ).fetchone()[0]
    assert courses >= 40
    assert graded >= 200


def test_shared_child_average_sits_just_above_sixty(lms_db: sqlite3.Connection) -> None:
    average = lms_db.execute(
        "SELECT AVG(s.score * 100.0 / a.max_score) FROM submissions s"
        " JOIN assignments a USING (assignment_id)"
        " WHERE s.student_id = 'st_2205' AND s.graded_at IS NOT NULL"
    ).fetchone()[0]
    assert 60 <= average < 62
    assert round(average, 1) == 61.5


def test_certificate_states_are_all_seeded(lms: httpx.Client, srv: DemoServer) -> None:
    headers = sign_in(lms, srv, "parent_three")
    overview = data(lms.get("/api/parent/children/ct_1201/overview", headers=headers))
    certificates = overview["certificates"]
    assert {c["status"] for c in certificates} == {"VALID", "REVOKED", "EXPIRED"}
    revoked = next(c for c in certificates if c["status"] == "REVOKED")
    assert revoked["revokedReason"] and revoked["revokedAt"]


def test_seed_is_deterministic(srv: DemoServer, lms_db: sqlite3.Connection) -> None:
    def snapshot() -> list[tuple]:
        return [
            tuple(r)
            for r in lms_db.execute(
                "SELECT e.enrollment_id, e.course_id, e.status, c.title FROM enrollments e"
                " JOIN courses c USING (course_id) ORDER BY enrollment_id"
            )
        ]

    before = snapshot()
    srv.reset()
    assert snapshot() == before
