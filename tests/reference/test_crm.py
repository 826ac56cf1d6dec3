"""The OptiCRM stand-in: guarded by OptiLearn's API key and scoped to the institution."""

from __future__ import annotations

import httpx

from optilearn_reference.process import DemoServer

from ._helpers import data, error_code, sign_in


def _crm(srv: DemoServer) -> httpx.Client:
    return httpx.Client(base_url=srv.crm_url, trust_env=False, timeout=10)


def test_api_key_and_institution_guard(srv: DemoServer) -> None:
    key = srv.info["crm_api_key"]
    path = "/api/lms/parent/ct_1101/children"
    with _crm(srv) as crm:
        assert error_code(crm.get(path, headers={"X-Institution-Slug": "svpms"}), 401) == (
            "AUTH_REQUIRED"
        )
        wrong = {"X-Api-Key": "wrong", "X-Institution-Slug": "svpms"}
        assert error_code(crm.get(path, headers=wrong), 401) == "AUTH_REQUIRED"
        # The admin key is not the API key.
        admin = {"X-Api-Key": srv.admin_key, "X-Institution-Slug": "svpms"}
        assert error_code(crm.get(path, headers=admin), 401) == "AUTH_REQUIRED"
        unknown = {"X-Api-Key": key, "X-Institution-Slug": "nowhere"}
        assert error_code(crm.get(path, headers=unknown), 404) == "NOT_FOUND"
        # A contact of another institution is not found from this one.
        other = {"X-Api-Key": key, "X-Institution-Slug": "greenwood"}
        assert error_code(crm.get(path, headers=other), 404) == "NOT_FOUND"
        ok = {"X-Api-Key": key, "X-Institution-Slug": "svpms"}
        children = data(crm.get(path, headers=ok))["children"]
        assert {c["contactId"] for c in children} == {"ct_1201", "ct_1202", "ct_1203"}
        parents = data(crm.get("/api/lms/student/st_2204/parents", headers=ok))["parents"]
        assert {(p["contactId"], p["relation"]) for p in parents} == {
            ("ct_1102", "FATHER"),
            ("ct_1103", "MOTHER"),
        }
        cross = crm.get("/api/lms/student/st_6201/parents", headers=ok)
        assert error_code(cross, 404) == "NOT_FOUND"


def test_link_and_unlink_show_on_the_very_next_children_call(
    lms: httpx.Client, srv: DemoServer
) -> None:
    headers = sign_in(lms, srv, "parent_none")
    assert data(lms.get("/api/parent/children", headers=headers))["children"] == []
    srv.link("ct_1104", "ct_1206", relation="GUARDIAN", is_primary=True)
    children = data(lms.get("/api/parent/children", headers=headers))["children"]
    assert [(c["name"], c["relation"], c["isPrimary"]) for c in children] == [
        ("Diya Reddy", "GUARDIAN", True)
    ]
    assert data(lms.get("/api/parent/children/ct_1206/overview", headers=headers))
    # A second primary link clears the first one.
    srv.link("ct_1104", "ct_1207", relation="MOTHER", is_primary=True)
    children = data(lms.get("/api/parent/children", headers=headers))["children"]
    assert {c["name"]: c["isPrimary"] for c in children} == {
        "Diya Reddy": False,
        "Arjun Mehta": True,
    }
    assert srv.unlink("ct_1104", "ct_1206") is True
    assert srv.unlink("ct_1104", "ct_1206") is False
    children = data(lms.get("/api/parent/children", headers=headers))["children"]
    assert [c["name"] for c in children] == ["Arjun Mehta"]
    gone = lms.get("/api/parent/children/ct_1206/overview", headers=headers)
    assert error_code(gone, 404) == "NOT_FOUND"
    # Each call asked OptiCRM again (no caching).
    asked = srv.requests("crm", route="/api/lms/parent/ct_1104/children")
    assert len(asked) == 6


def test_links_across_institutions_are_refused(srv: DemoServer) -> None:
    response = httpx.put(
        f"{srv.crm_url}/admin/links/ct_1104/ct_5203",
        json={"relation": "MOTHER", "isPrimary": False},
        headers={"X-Admin-Key": srv.admin_key},
        trust_env=False,
    )
    assert error_code(response, 400) == "VALIDATION_ERROR"


def test_opticrm_failure_is_a_logged_500(lms: httpx.Client, srv: DemoServer) -> None:
    headers = sign_in(lms, srv, "parent_three")
    srv.add_fault("crm", route="/api/lms/parent/*", status=503, times=2)
    assert error_code(lms.get("/api/parent/children", headers=headers), 500) == "INTERNAL_ERROR"
    overview = lms.get("/api/parent/children/ct_1201/overview", headers=headers)
    assert error_code(overview, 500) == "INTERNAL_ERROR"
    assert data(lms.get("/api/parent/children", headers=headers))["children"]
    assert "[opticrm] getParentChildren" in srv.output()
    srv.add_fault("crm", route="/api/lms/student/*", drop=True, times=1)
    response = httpx.post(
        f"{srv.lms_url}/admin/grades",
        json={"studentId": "st_2205", "score": 80},
        headers={"X-Admin-Key": srv.admin_key},
        trust_env=False,
    )
    assert error_code(response, 500) == "INTERNAL_ERROR"
    assert "[opticrm] getStudentParents" in srv.output()
