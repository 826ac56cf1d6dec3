"""The reference backend's real answers over HTTP have the shape of the golden files: the same
keys at every level, the same JSON types, enum values from the documented set (values differ)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from optilearn_reference.process import DemoServer

from .. import golden
from ._helpers import sign_in

# docs/api.md: the keys whose value may be null (in a golden file they may show a value).
NULLABLE = frozenset(
    {
        "contactId",
        "contactType",
        "email",
        "studentCode",
        "class",
        "section",
        "photoUrl",
        "thumbnailUrl",
        "finalScore",
        "passed",
        "lastAccessedAt",
        "completedAt",
        "lessonsCompleted",
        "lessonsTotal",
        "courseId",
        "maxScore",
        "endsAt",
        "attendancePercent",
        "iconUrl",
        "earnedAt",
        "expiresAt",
        "revokedAt",
        "revokedReason",
        "actionUrl",
        "readAt",
    }
)
# Objects whose keys depend on the case: `metadata` must hold the golden keys (how a
# notification names its child) and may add others; `details` is null or any object.
OPEN = {"metadata": "superset", "details": "any"}
# docs/api.md: the documented values, by the end of a value's path.
ENUMS: dict[str, frozenset[str]] = {
    "relation": frozenset({"FATHER", "MOTHER", "GUARDIAN", "OTHER"}),
    "courses[].status": frozenset({"ACTIVE", "COMPLETED"}),
    "certificates[].status": frozenset({"VALID", "REVOKED", "EXPIRED"}),
    "notifications[].key": frozenset(
        {"PARENT_CHILD_GRADED", "PARENT_CHILD_LOW_GRADE", "PARENT_CHILD_ABSENT"}
        | {"PARENT_WEEKLY_DIGEST"}
    ),
    "preferences[].key": frozenset(
        {"PARENT_CHILD_GRADED", "PARENT_CHILD_LOW_GRADE", "PARENT_CHILD_ABSENT"}
        | {"PARENT_WEEKLY_DIGEST"}
    ),
    "frequency": frozenset({"IMMEDIATE", "DAILY", "WEEKLY"}),
    "frequencyOptions[]": frozenset({"IMMEDIATE", "DAILY", "WEEKLY"}),
    "error.code": frozenset(
        {"AUTH_REQUIRED", "FORBIDDEN", "NOT_FOUND", "VALIDATION_ERROR", "TENANT_MISMATCH"}
        | {"ENROLLMENT_REQUIRED", "ALREADY_ENROLLED", "COURSE_FULL", "ATTEMPT_LIMIT"}
        | {"LESSON_LOCKED", "FEE_OVERDUE", "INTERNAL_ERROR"}
    ),
}


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


class ShapeCheck:
    """Compares a value with every golden example of its place (list items merge into one)."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.checked: set[str] = set()  # the paths where a non-null value was compared

    def check(self, examples: list[Any], actual: Any, path: str) -> None:
        name = path.rsplit(".", 1)[-1].removesuffix("[]")
        if actual is None:
            if name not in NULLABLE and name not in OPEN and None not in examples:
                self.problems.append(f"{path}: null where the golden answer never is")
            return
        types = {json_type(e) for e in examples} - {"null"}
        if OPEN.get(name) == "any":
            types.add("object")
        if json_type(actual) not in types:
            self.problems.append(f"{path}: {json_type(actual)}, golden {sorted(types)}")
            return
        self.checked.add(path)
        for suffix, allowed in ENUMS.items():
            if (path == suffix or path.endswith("." + suffix)) and actual not in allowed:
                self.problems.append(f"{path}: {actual!r} is not one of {sorted(allowed)}")
        if isinstance(actual, dict):
            self._object([e for e in examples if isinstance(e, dict)], actual, path, name)
        elif isinstance(actual, list):
            items = [item for e in examples if isinstance(e, list) for item in e]
            for item in actual:
                self.check(items, item, path + "[]")

    def _object(self, examples: list[dict], actual: dict, path: str, name: str) -> None:
        if OPEN.get(name) == "any":
            return
        keys = set().union(*examples) if examples else set()
        if OPEN.get(name) == "superset":  # the keys every example has, and maybe more
            required = set.intersection(*(set(e) for e in examples)) if examples else set()
            missing, extra = required - actual.keys(), set()
        else:
            missing, extra = keys - actual.keys(), actual.keys() - keys
        if missing:
            self.problems.append(f"{path}: missing {sorted(missing)}")
        if extra:
            self.problems.append(f"{path}: not in the golden answer {sorted(extra)}")
        for key in sorted(keys & actual.keys()):
            self.check([e[key] for e in examples if key in e], actual[key], f"{path}.{key}")


def problems_and_gaps(name: str, answers: list[Any]) -> tuple[list[str], set[str]]:
    """What differs from the golden file, and which golden paths no answer had a value for."""
    example = golden.load(name)
    own = ShapeCheck()
    own.check([example], example, "")
    assert own.problems == [], f"{name} breaks its own rules"
    seen = ShapeCheck()
    for answer in answers:
        seen.check([example], answer, "")
    return seen.problems, own.checked - seen.checked


# -- the real answers, collected over HTTP ---------------------------------------------------


def _login(lms: httpx.Client, srv: DemoServer, key: str) -> httpx.Response:
    account = srv.account(key)
    return lms.post(
        "/api/v1/auth/login",
        json={
            "institutionSlug": account["institution_slug"],
            "email": account["email"],
            "password": account["password"],
        },
    )


def _json(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def login(lms: httpx.Client, srv: DemoServer) -> list[Any]:
    return [_json(_login(lms, srv, key)) for key in ("parent_three", "parent_greenwood")]


def refresh(lms: httpx.Client, srv: DemoServer) -> list[Any]:
    token = _json(_login(lms, srv, "parent_one"))["data"]["refreshToken"]
    return [_json(lms.post("/api/v1/auth/refresh", json={"refreshToken": token}))]


def logout(lms: httpx.Client, srv: DemoServer) -> list[Any]:
    headers = sign_in(lms, srv, "parent_one")
    return [_json(lms.post("/api/v1/auth/logout", headers=headers)) for _ in range(2)]


def me(lms: httpx.Client, srv: DemoServer) -> list[Any]:
    return [_json(lms.get("/api/v1/auth/me", headers=sign_in(lms, srv, "parent_three")))]


def children(lms: httpx.Client, srv: DemoServer) -> list[Any]:
    return [
        _json(lms.get("/api/parent/children", headers=sign_in(lms, srv, key)))
        for key in ("parent_three", "parent_greenwood", "parent_none")
    ]


def overview(lms: httpx.Client, srv: DemoServer) -> list[Any]:
    answers = []
    for key in ("parent_three", "parent_greenwood"):
        headers = sign_in(lms, srv, key)
        for child in _json(lms.get("/api/parent/children", headers=headers))["data"]["children"]:
            path = f"/api/parent/children/{child['contactId']}/overview"
            answers.append(_json(lms.get(path, headers=headers)))
    return answers


def notifications(lms: httpx.Client, srv: DemoServer) -> list[Any]:
    srv.grade("st_2205", 20, 100)  # the shared child: GRADED and LOW_GRADE for both parents
    srv.absence("st_2205")
    srv.digest()
    headers = sign_in(lms, srv, "parent_shared_a")
    return [
        _json(lms.get("/api/notifications", headers=headers, params=params))
        for params in ({}, {"page": 2, "limit": 2})
    ]


def unread_count(lms: httpx.Client, srv: DemoServer) -> list[Any]:
    headers = sign_in(lms, srv, "parent_three")
    return [_json(lms.get("/api/notifications/unread-count", headers=headers))]


def mark_read(lms: httpx.Client, srv: DemoServer) -> list[Any]:
    headers = sign_in(lms, srv, "parent_three")
    return [
        _json(lms.patch("/api/notifications/read", headers=headers, json=body))
        for body in ({"ids": ["ntf_unknown"]}, {"all": True})
    ]


def preferences(lms: httpx.Client, srv: DemoServer) -> list[Any]:
    headers = sign_in(lms, srv, "parent_three")
    change = {"key": "PARENT_CHILD_GRADED", "frequency": "DAILY", "channels": {"email": False}}
    return [
        _json(lms.get("/api/notifications/preferences", headers=headers)),
        _json(
            lms.put(
                "/api/notifications/preferences", headers=headers, json={"preferences": [change]}
            )
        ),
    ]


def error(lms: httpx.Client, srv: DemoServer) -> list[Any]:
    parent = sign_in(lms, srv, "parent_three")
    locked = {"preferences": [{"key": "PARENT_CHILD_ABSENT", "enabled": False}]}
    return [
        _json(lms.get("/api/parent/children", headers=sign_in(lms, srv, "student")), 403),
        _json(lms.get("/api/parent/children"), 401),
        _json(lms.get("/api/parent/children/ct_nobody/overview", headers=parent), 404),
        _json(
            lms.get("/api/parent/children", headers={**parent, "X-Institution-Slug": "greenwood"}),
            403,
        ),
        _json(lms.put("/api/notifications/preferences", headers=parent, json=locked), 400),
        _json(lms.post("/api/v1/auth/login", json={}), 400),
    ]


ANSWERS: dict[str, Callable[[httpx.Client, DemoServer], list[Any]]] = {
    f"{f.__name__}.json": f
    for f in (
        login,
        refresh,
        logout,
        me,
        children,
        overview,
        notifications,
        unread_count,
        mark_read,
        preferences,
        error,
    )
}


def test_every_golden_file_is_checked_against_the_backend() -> None:
    assert sorted(ANSWERS) == golden.names()


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_the_backend_answers_in_the_golden_shape(
    name: str, lms: httpx.Client, srv: DemoServer
) -> None:
    problems, unchecked = problems_and_gaps(name, ANSWERS[name](lms, srv))
    assert problems == []
    # Every place of the golden answer was compared with a real value at least once (a
    # nullable one may stay null: the seed has no photo or thumbnail).
    assert {
        p for p in unchecked if p.rsplit(".", 1)[-1].removesuffix("[]") not in NULLABLE
    } == set()


def test_the_shape_check_catches_a_renamed_field_a_wrong_type_and_an_unknown_value() -> None:
    answer = golden.load("overview.json")
    answer["data"]["courses"][0]["courseName"] = answer["data"]["courses"][0].pop("courseTitle")
    answer["data"]["gamification"]["totalPoints"] = "1340"
    answer["data"]["certificates"][0]["status"] = "ACTIVE"
    answer["data"]["child"]["name"] = None
    problems, _ = problems_and_gaps("overview.json", [answer])
    assert sorted(problems) == [
        ".data.certificates[].status: 'ACTIVE' is not one of ['EXPIRED', 'REVOKED', 'VALID']",
        ".data.child.name: null where the golden answer never is",
        ".data.courses[]: missing ['courseTitle']",
        ".data.courses[]: not in the golden answer ['courseName']",
        ".data.gamification.totalPoints: string, golden ['number']",
    ]
