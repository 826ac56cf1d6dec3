"""Wire shape of OptiCRM's `GET /api/lms/student/{studentId}/parents` (server-to-server only).

The desktop never calls OptiCRM, so this lives with the reference backend rather than in
optilearn_desktop/models; the children answer reuses models.children.Child.
"""

from __future__ import annotations

from optilearn_desktop.models.base import WireModel, tolerant
from optilearn_desktop.models.children import Relation


class StudentParent(WireModel):
    contact_id: str
    name: str
    email: str | None = None
    relation: tolerant(Relation) = Relation.OTHER  # type: ignore[valid-type]
    is_primary: bool = False


class StudentParentsPayload(WireModel):
    parents: list[StudentParent] = []
