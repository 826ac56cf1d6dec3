"""Fan-out through OptiCRM, per-parent preferences, digest, inbox and preference API."""

from __future__ import annotations

import httpx

from optilearn_reference.process import DemoServer

from ._helpers import data, error_code, sign_in

SHARED_STUDENT = "st_2205"


def _inbox(lms: httpx.Client, headers: dict[str, str], **params: str) -> dict:
    return data(lms.get("/api/notifications", headers=headers, params=params))


def _keys(notifications: list[dict], contact_id: str) -> list[str]:
    return [n["key"] for n in notifications if n["recipientContactId"] == contact_id]


def test_grade_fans_out_to_both_parents_and_low_grade_on_crossing(
    lms: httpx.Client, srv: DemoServer
) -> None:
    first = srv.grade(SHARED_STUDENT, 95, title="Essay: Monsoon")
    assert sorted(_keys(first["notifications"], "ct_1105")) == ["PARENT_CHILD_GRADED"]
    assert sorted(_keys(first["notifications"], "ct_1106")) == ["PARENT_CHILD_GRADED"]
    srv.reset()
    low = srv.grade(SHARED_STUDENT, 0, max_score=100)
    assert low["percentage"] == 0
    for parent in ("ct_1105", "ct_1106"):
        assert sorted(_keys(low["notifications"], parent)) == [
            "PARENT_CHILD_GRADED",
            "PARENT_CHILD_LOW_GRADE",
        ]
    # Already below: a further low grade does not alert again.
    again = srv.grade(SHARED_STUDENT, 10)
    assert {n["key"] for n in again["notifications"]} == {"PARENT_CHILD_GRADED"}

    inbox = _inbox(lms, sign_in(lms, srv, "parent_shared_b"))
    newest = inbox["notifications"][0]
    assert newest["metadata"] == {
        **newest["metadata"],
        "childContactId": "ct_1205",
        "childName": "Kabir Patel",
        "studentId": SHARED_STUDENT,
    }
    assert "Kabir Patel" in newest["title"]
    assert newest["actionUrl"].startswith("/")
    assert inbox["unreadCount"] == inbox["total"] == 3


def test_parent_without_account_and_preferences_are_respected(
    lms: httpx.Client, srv: DemoServer
) -> None:
    # Ishita's mother has no LMS account: only her father is notified.
    result = srv.grade("st_2204", 70)
    assert [n["recipientContactId"] for n in result["notifications"]] == ["ct_1102"]

    headers_a = sign_in(lms, srv, "parent_shared_a")
    headers_b = sign_in(lms, srv, "parent_shared_b")
    put = lms.put(
        "/api/notifications/preferences",
        headers=headers_a,
        json={"preferences": [{"key": "PARENT_CHILD_GRADED", "enabled": False}]},
    )
    graded = {p["key"]: p for p in data(put)["preferences"]}["PARENT_CHILD_GRADED"]
    assert graded["enabled"] is False
    put = lms.put(
        "/api/notifications/preferences",
        headers=headers_b,
        json={
            "preferences": [
                {
                    "key": "PARENT_CHILD_GRADED",
                    "channels": {"email": True, "push": True, "inApp": False},
                },
                {
                    "key": "PARENT_CHILD_ABSENT",
                    "channels": {"email": False, "push": False, "inApp": False},
                },
            ]
        },
    )
    assert put.status_code == 200
    assert srv.grade(SHARED_STUDENT, 90)["notifications"] == []
    # The locked key is delivered whatever the channels say.
    absence = srv.absence(SHARED_STUDENT)
    assert sorted(n["recipientContactId"] for n in absence["notifications"]) == [
        "ct_1105",
        "ct_1106",
    ]
    assert {n["key"] for n in absence["notifications"]} == {"PARENT_CHILD_ABSENT"}


def test_absence_of_a_registered_class_only(lms: httpx.Client, srv: DemoServer, lms_db) -> None:
    registered = lms_db.execute(
        "SELECT r.live_class_id FROM registrations r JOIN live_classes l USING (live_class_id)"
        " WHERE r.student_id = 'st_2202' AND r.attendance IS NULL LIMIT 1"
    ).fetchone()[0]
    result = srv.absence("st_2202", registered)
    assert [n["recipientContactId"] for n in result["notifications"]] == ["ct_1101"]
    unregistered = lms_db.execute(
        "SELECT live_class_id FROM live_classes WHERE live_class_id NOT IN"
        " (SELECT live_class_id FROM registrations WHERE student_id = 'st_2202')"
        " LIMIT 1"
    ).fetchone()[0]
    response = httpx.post(
        f"{srv.lms_url}/admin/absences",
        trust_env=False,
        headers={"X-Admin-Key": srv.admin_key},
        json={"studentId": "st_2202", "liveClassId": unregistered},
    )
    assert response.status_code == 409
    # A new absence ("an hour ago") counts as missed this month.
    headers = sign_in(lms, srv, "parent_three")
    before = data(lms.get("/api/parent/children/ct_1202/overview", headers=headers))
    srv.absence("st_2202")
    after = data(lms.get("/api/parent/children/ct_1202/overview", headers=headers))
    assert after["liveClasses"]["missedThisMonth"] >= before["liveClasses"]["missedThisMonth"]


def test_weekly_digest_one_per_child_per_parent(lms: httpx.Client, srv: DemoServer) -> None:
    result = srv.digest("svpms")
    per_parent: dict[str, list[str]] = {}
    for n in result["notifications"]:
        assert n["key"] == "PARENT_WEEKLY_DIGEST"
        per_parent.setdefault(n["recipientContactId"], []).append(n["metadata"]["childName"])
    assert sorted(per_parent["ct_1101"]) == ["Aarav Sharma", "Ananya Sharma", "Vihaan Sharma"]
    assert per_parent["ct_1105"] == per_parent["ct_1106"] == ["Kabir Patel"]
    assert "ct_5101" not in per_parent
    assert len(srv.digest("greenwood")["notifications"]) == 2
    inbox = _inbox(lms, sign_in(lms, srv, "parent_three"), category="SUMMARY")
    assert sum(n["key"] == "PARENT_WEEKLY_DIGEST" for n in inbox["notifications"]) == 4


def test_inbox_paging_unread_and_mark_read_own_only(lms: httpx.Client, srv: DemoServer) -> None:
    for score in range(30):
        srv.grade("st_2204", 50 + score)
    headers = sign_in(lms, srv, "parent_one")
    page = data(lms.get("/api/notifications", headers=headers, params={"limit": 500}))
    assert len(page["notifications"]) == 30  # above 60 %: no low-grade alert; under the cap
    assert {n["key"] for n in page["notifications"]} == {"PARENT_CHILD_GRADED"}
    body = lms.get("/api/notifications", headers=headers, params={"page": 2, "limit": 25}).json()
    assert body["meta"] == {"total": 30, "page": 2, "perPage": 25, "totalPages": 2}
    assert len(body["data"]["notifications"]) == 5
    created = [n["createdAt"] for n in page["notifications"]]
    assert created == sorted(created, reverse=True)
    count = data(lms.get("/api/notifications/unread-count", headers=headers))["count"]
    assert count == 30
    other = sign_in(lms, srv, "parent_three")
    foreign = [n["id"] for n in page["notifications"][:3]]
    marked = lms.patch("/api/notifications/read", headers=other, json={"ids": foreign})
    assert data(marked)["updated"] == 0
    marked = lms.patch("/api/notifications/read", headers=headers, json={"ids": foreign})
    assert data(marked)["updated"] == 3
    unread = data(
        lms.get("/api/notifications", headers=headers, params={"unreadOnly": "true", "limit": 100})
    )
    assert unread["total"] == unread["unreadCount"] == 27
    assert (
        data(lms.patch("/api/notifications/read", headers=headers, json={"all": True}))["updated"]
        == 27
    )
    assert data(lms.get("/api/notifications/unread-count", headers=headers))["count"] == 0
    bad = lms.patch("/api/notifications/read", headers=headers, json={})
    assert error_code(bad, 400) == "VALIDATION_ERROR"


def test_preferences_by_role_and_all_or_nothing_updates(lms: httpx.Client, srv: DemoServer) -> None:
    parent = sign_in(lms, srv, "parent_one")
    prefs = {
        p["key"]: p
        for p in data(lms.get("/api/notifications/preferences", headers=parent))["preferences"]
    }
    assert set(prefs) == {
        "PARENT_CHILD_GRADED",
        "PARENT_CHILD_LOW_GRADE",
        "PARENT_CHILD_ABSENT",
        "PARENT_WEEKLY_DIGEST",
    }
    assert prefs["PARENT_CHILD_ABSENT"]["canDisable"] is False
    assert prefs["PARENT_WEEKLY_DIGEST"]["frequency"] == "WEEKLY"
    assert prefs["PARENT_CHILD_GRADED"]["frequencyOptions"] == ["IMMEDIATE", "DAILY"]
    student = sign_in(lms, srv, "student")
    student_keys = {
        p["key"]
        for p in data(lms.get("/api/notifications/preferences", headers=student))["preferences"]
    }
    assert student_keys and not student_keys & set(prefs)

    def put(changes: list[dict]) -> httpx.Response:
        return lms.put(
            "/api/notifications/preferences", headers=parent, json={"preferences": changes}
        )

    ok_change = {"key": "PARENT_CHILD_GRADED", "frequency": "DAILY"}
    for bad, key in (
        ({"key": "PARENT_CHILD_ABSENT", "enabled": False}, "PARENT_CHILD_ABSENT"),
        ({"key": "STUDENT_ASSIGNMENT_GRADED", "enabled": False}, "STUDENT_ASSIGNMENT_GRADED"),
        ({"key": "NO_SUCH_KEY"}, "NO_SUCH_KEY"),
        ({"key": "PARENT_CHILD_LOW_GRADE", "frequency": "DAILY"}, "PARENT_CHILD_LOW_GRADE"),
        ({"key": "PARENT_CHILD_GRADED", "frequency": "WEEKLY"}, "PARENT_CHILD_GRADED"),
    ):
        response = put([ok_change, bad])
        assert error_code(response, 400) == "VALIDATION_ERROR"
        assert response.json()["error"]["details"]["key"] == key
    unchanged = {
        p["key"]: p
        for p in data(lms.get("/api/notifications/preferences", headers=parent))["preferences"]
    }
    assert unchanged["PARENT_CHILD_GRADED"]["frequency"] == "IMMEDIATE"  # nothing saved
    saved = {p["key"]: p for p in data(put([ok_change]))["preferences"]}
    assert saved["PARENT_CHILD_GRADED"]["frequency"] == "DAILY"
