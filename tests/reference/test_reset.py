"""/admin/reset brings both services back to the seed without a restart."""

from __future__ import annotations

import httpx

from optilearn_reference.process import DemoServer

from ._helpers import data, sign_in


def _state(lms: httpx.Client, srv: DemoServer) -> tuple:
    headers = sign_in(lms, srv, "parent_three")
    children = data(lms.get("/api/parent/children", headers=headers))["children"]
    overview = data(lms.get("/api/parent/children/ct_1202/overview", headers=headers))
    inbox = data(lms.get("/api/notifications", headers=headers))
    return (
        [(c["contactId"], c["isPrimary"]) for c in children],
        [c["courseTitle"] for c in overview["courses"]],
        [g["submissionId"] for g in overview["recentGrades"]],
        [n["title"] for n in inbox["notifications"]],
        inbox["unreadCount"],
    )


def test_reset_restores_the_seed(lms: httpx.Client, srv: DemoServer) -> None:
    before = _state(lms, srv)
    old_headers = sign_in(lms, srv, "parent_three")
    srv.link("ct_1101", "ct_1206", relation="MOTHER", is_primary=True)
    srv.grade("st_2202", 12)
    srv.digest()
    overview = data(lms.get("/api/parent/children/ct_1202/overview", headers=old_headers))
    srv.rename_course(overview["courses"][0]["courseId"], "Renamed")
    assert _state(lms, srv) != before
    srv.reset()
    assert _state(lms, srv) == before
    # Sessions are part of the data: old tokens are gone after a reset.
    assert lms.get("/api/v1/auth/me", headers=old_headers).status_code == 401
