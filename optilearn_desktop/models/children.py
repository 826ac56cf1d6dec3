"""A parent's linked child as `GET /api/parent/children` returns it (DOC)."""

from __future__ import annotations

from pydantic import Field

from .base import Tolerant, WireModel
from .vocabulary import Relation

__all__ = ["Child", "ChildrenPayload", "Relation", "StudentContact", "primary_first"]


class StudentContact(WireModel):
    """A student as OptiCRM describes one: in the children list and in an overview's `child`."""

    contact_id: str  # the id every per-child call uses (not studentId)
    student_id: str = ""
    name: str
    email: str | None = None
    student_code: str | None = None
    class_name: str | None = Field(default=None, alias="class")
    section: str | None = None
    photo_url: str | None = None
    relation: Tolerant[Relation] = Relation.OTHER


class Child(StudentContact):
    status: str = "ACTIVE"
    is_primary: bool = False
    institution_id: str | None = None


class ChildrenPayload(WireModel):
    children: list[Child] = []


def primary_first(children: list[Child]) -> list[Child]:
    """Primary child first (DOC: selected by default), then by name; stable for equal names."""
    return sorted(children, key=lambda c: (not c.is_primary, c.name.casefold()))
