"""A saved overview row full of edge cases, as the app's cache could hold it (shared by the
records' core tests and the window's first-paint tests)."""

from __future__ import annotations

import json
from typing import Any

# Every optional field set somewhere, new enum values, naive and offset times, an omitted
# percentage, unknown fields, a section the server never sent: a row the app could write.
EDGE_OVERVIEW: dict[str, Any] = {
    "child": {
        "contactId": "ct_9",
        "studentId": "st_9",
        "name": "Zoë O'Brien <b>",
        "email": "zoe@example.org",
        "studentCode": "S-9",
        "class": "8",
        "section": "B",
        "photoUrl": "https://lms.example.org/p.png",
        "relation": "step_parent",
        "somethingNew": {"nested": True},
    },
    "courses": [
        {
            "enrollmentId": "e1",
            "courseId": "c1",
            "courseTitle": "Algebra",
            "thumbnailUrl": None,
            "progress": 100,
            "status": "COMPLETED",
            "finalScore": 91,
            "passed": True,
            "lastAccessedAt": "2026-11-20T09:30:00Z",
            "completedAt": "2026-11-21T10:00:00+05:30",
            "lessonsCompleted": 12,
            "lessonsTotal": 12,
        },
        {
            "enrollmentId": "e2",
            "courseId": "c2",
            "courseTitle": "Physics",
            "progress": 0.5,
            "status": "PAUSED",
            "lastAccessedAt": "2026-11-22T08:00:00",
        },
    ],
    "recentGrades": [
        {
            "submissionId": "s1",
            "assignmentTitle": "Quiz 1",
            "courseTitle": "Algebra",
            "score": 7,
            "maxScore": 9,
            "gradedAt": "2026-11-19T12:00:00Z",
        },
        {
            "submissionId": "s2",
            "assignmentTitle": "Lab",
            "courseId": "c2",
            "score": 38.5,
            "maxScore": 40,
            "percentage": 96.3,
            "passed": True,
            "gradedAt": "2026-11-18T12:00:00.123456Z",
        },
    ],
    "upcomingAssignments": [
        {"assignmentId": "a1", "title": "Essay", "dueAt": "2026-11-30T23:59:00Z", "maxScore": 20}
    ],
    "liveClasses": {
        "month": "2026-11",
        "attendedThisMonth": 3,
        "missedThisMonth": 1,
        "attendancePercent": 75,
        "upcoming": [
            {"liveClassId": "l1", "title": "Revision", "startsAt": "2026-11-26T10:00:00Z"},
            {
                "liveClassId": "l2",
                "title": "Q&A",
                "courseTitle": "Physics",
                "startsAt": "2026-11-27T10:00:00Z",
                "endsAt": "2026-11-27T11:00:00Z",
            },
        ],
    },
    "gamification": None,
    "certificates": [
        {
            "certificateId": "cert1",
            "courseId": "c1",
            "courseTitle": "Algebra",
            "issuedAt": "2026-11-21T10:00:00Z",
            "expiresAt": "2027-11-21T10:00:00Z",
            "status": "REVOKED",
            "revokedAt": "2026-11-22T10:00:00Z",
            "revokedReason": "Issued in error",
            "verificationCode": "V-1",
            "pdfUrl": "https://lms.example.org/c.pdf",
            "verificationUrl": "https://lms.example.org/verify/V-1",
        }
    ],
}
EDGE_CHILDREN = {
    "children": [
        {**EDGE_OVERVIEW["child"], "isPrimary": True, "status": "ACTIVE", "institutionId": "i1"},
        {"contactId": "ct_8", "name": "Sam", "relation": "MOTHER"},
    ]
}
EDGE_UPDATED = {"courses": "2026-11-22T09:00:00+00:00", "gamification": "2026-11-22T09:00:00"}


def row(overview: dict[str, Any], updated: dict[str, str] | None = None) -> bytes:
    return json.dumps({"overview": overview, "updatedAt": updated or EDGE_UPDATED}).encode()
