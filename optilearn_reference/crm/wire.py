"""OptiCRM's server-to-server wire (docs/api.md): paths, headers and the two answers' records.

The desktop never calls OptiCRM; OptiLearn does, and re-serves the children as its own DOC
`GET /api/parent/children` answer, so `Child.to_wire` is that answer's item too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

API_KEY_HEADER = "X-Api-Key"
PARENT_CHILDREN = "/api/lms/parent/{parent_contact_id}/children"
STUDENT_PARENTS = "/api/lms/student/{student_id}/parents"


@dataclass(frozen=True)
class Child:
    """A student linked to a parent, as the parent sees it (DOC field names)."""

    contact_id: str  # the id every per-child call uses (not studentId)
    student_id: str
    name: str
    email: str | None
    student_code: str | None
    class_name: str | None
    section: str | None
    photo_url: str | None
    status: str
    relation: str
    is_primary: bool
    institution_id: str

    def to_wire(self) -> dict[str, Any]:
        return {
            "contactId": self.contact_id,
            "studentId": self.student_id,
            "name": self.name,
            "email": self.email,
            "studentCode": self.student_code,
            "class": self.class_name,
            "section": self.section,
            "photoUrl": self.photo_url,
            "status": self.status,
            "relation": self.relation,
            "isPrimary": self.is_primary,
            "institutionId": self.institution_id,
        }

    @classmethod
    def from_wire(cls, item: dict[str, Any]) -> Child:
        """Raises KeyError or TypeError when OptiCRM's answer is not this shape."""
        return cls(
            contact_id=_text(item["contactId"]),
            student_id=_text(item["studentId"]),
            name=_text(item["name"]),
            email=item.get("email"),
            student_code=item.get("studentCode"),
            class_name=item.get("class"),
            section=item.get("section"),
            photo_url=item.get("photoUrl"),
            status=_text(item["status"]),
            relation=_text(item["relation"]),
            is_primary=bool(item["isPrimary"]),
            institution_id=_text(item["institutionId"]),
        )


@dataclass(frozen=True)
class StudentParent:
    contact_id: str
    name: str
    email: str | None
    relation: str
    is_primary: bool

    def to_wire(self) -> dict[str, Any]:
        return {
            "contactId": self.contact_id,
            "name": self.name,
            "email": self.email,
            "relation": self.relation,
            "isPrimary": self.is_primary,
        }

    @classmethod
    def from_wire(cls, item: dict[str, Any]) -> StudentParent:
        """Raises KeyError or TypeError when OptiCRM's answer is not this shape."""
        return cls(
            contact_id=_text(item["contactId"]),
            name=_text(item["name"]),
            email=item.get("email"),
            relation=_text(item["relation"]),
            is_primary=bool(item["isPrimary"]),
        )


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value
