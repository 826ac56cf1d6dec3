"""OptiCRM stand-in data: contacts (parents, students) and ContactStudentLink rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..common import households, institutions
from ..common.sqlite_db import open_db, recreate, transaction
from ..common.wire import RELATIONS
from .wire import Child, StudentParent

PARENT = "PARENT"
STUDENT = "STUDENT"

SCHEMA = """
CREATE TABLE contacts (
    contact_id TEXT PRIMARY KEY,
    institution_id TEXT NOT NULL,
    kind TEXT NOT NULL,               -- PARENT | STUDENT
    name TEXT NOT NULL,
    email TEXT,
    student_id TEXT UNIQUE,
    student_code TEXT,
    class_name TEXT,
    section TEXT,
    photo_url TEXT,
    status TEXT NOT NULL DEFAULT 'ACTIVE'
);
CREATE TABLE links (
    parent_contact_id TEXT NOT NULL REFERENCES contacts(contact_id),
    student_contact_id TEXT NOT NULL REFERENCES contacts(contact_id),
    relation TEXT NOT NULL,
    is_primary INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (parent_contact_id, student_contact_id)
);
"""


class LinkError(ValueError):
    """A link request naming contacts that cannot be linked; `status` is the HTTP answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class CrmStore:
    def __init__(self, path: Path) -> None:
        self.conn = open_db(path)

    def close(self) -> None:
        self.conn.close()

    def reset(self) -> None:
        """Back to the seeded households (deterministic: the table in households.py)."""
        recreate(self.conn, SCHEMA)
        with transaction(self.conn):
            for p in households.PARENTS:
                inst = institutions.require_slug(p.institution_slug)
                self.conn.execute(
                    "INSERT INTO contacts (contact_id, institution_id, kind, name, email)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (p.contact_id, inst.id, PARENT, p.name, p.email),
                )
            for s in households.STUDENTS:
                inst = institutions.require_slug(s.institution_slug)
                self.conn.execute(
                    "INSERT INTO contacts (contact_id, institution_id, kind, name, email,"
                    " student_id, student_code, class_name, section, photo_url)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        s.contact_id,
                        inst.id,
                        STUDENT,
                        s.name,
                        s.email,
                        s.student_id,
                        s.student_code,
                        s.class_name,
                        s.section,
                        s.photo_url,
                    ),
                )
            for link in households.LINKS:
                self.conn.execute(
                    "INSERT INTO links VALUES (?, ?, ?, ?)",
                    (
                        link.parent_contact_id,
                        link.student_contact_id,
                        link.relation,
                        int(link.is_primary),
                    ),
                )

    def _contact(self, contact_id: str) -> sqlite3.Row | None:
        return self.conn.execute(
            "SELECT * FROM contacts WHERE contact_id = ?", (contact_id,)
        ).fetchone()

    def parent_children(self, institution_id: str, parent_contact_id: str) -> list[Child] | None:
        """The parent's linked children, or None when no such parent in this institution."""
        parent = self._contact(parent_contact_id)
        if parent is None or parent["institution_id"] != institution_id or parent["kind"] != PARENT:
            return None
        # Name order, not primary-first: ordering the primary child first is the client's job.
        rows = self.conn.execute(
            "SELECT c.*, l.relation, l.is_primary FROM links l"
            " JOIN contacts c ON c.contact_id = l.student_contact_id"
            " WHERE l.parent_contact_id = ? AND c.institution_id = ?"
            " ORDER BY c.name COLLATE NOCASE, c.contact_id",
            (parent_contact_id, institution_id),
        ).fetchall()
        return [
            Child(
                contact_id=r["contact_id"],
                student_id=r["student_id"],
                name=r["name"],
                email=r["email"],
                student_code=r["student_code"],
                class_name=r["class_name"],
                section=r["section"],
                photo_url=r["photo_url"],
                status=r["status"],
                relation=r["relation"],
                is_primary=bool(r["is_primary"]),
                institution_id=r["institution_id"],
            )
            for r in rows
        ]

    def student_parents(self, institution_id: str, student_id: str) -> list[StudentParent] | None:
        """The student's linked parents, or None when no such student in this institution."""
        student = self.conn.execute(
            "SELECT * FROM contacts WHERE student_id = ? AND institution_id = ?",
            (student_id, institution_id),
        ).fetchone()
        if student is None:
            return None
        rows = self.conn.execute(
            "SELECT c.*, l.relation, l.is_primary FROM links l"
            " JOIN contacts c ON c.contact_id = l.parent_contact_id"
            " WHERE l.student_contact_id = ? AND c.institution_id = ?"
            " ORDER BY c.name COLLATE NOCASE, c.contact_id",
            (student["contact_id"], institution_id),
        ).fetchall()
        return [
            StudentParent(
                contact_id=r["contact_id"],
                name=r["name"],
                email=r["email"],
                relation=r["relation"],
                is_primary=bool(r["is_primary"]),
            )
            for r in rows
        ]

    def set_link(
        self, parent_contact_id: str, student_contact_id: str, relation: str, is_primary: bool
    ) -> None:
        """Link (or change the link); a new primary clears the parent's other primary."""
        parent = self._contact(parent_contact_id)
        student = self._contact(student_contact_id)
        if parent is None or student is None:
            raise LinkError(404, "Unknown contact")
        if parent["kind"] != PARENT or student["kind"] != STUDENT:
            raise LinkError(400, "A link joins a parent contact to a student contact")
        if parent["institution_id"] != student["institution_id"]:
            raise LinkError(400, "Contacts belong to different institutions")
        relation = relation.strip().upper()
        if relation not in RELATIONS:
            raise LinkError(400, f"relation must be one of {', '.join(RELATIONS)}")
        with transaction(self.conn):
            if is_primary:
                self.conn.execute(
                    "UPDATE links SET is_primary = 0 WHERE parent_contact_id = ?",
                    (parent_contact_id,),
                )
            self.conn.execute(
                "INSERT INTO links VALUES (?, ?, ?, ?) ON CONFLICT"
                " (parent_contact_id, student_contact_id)"
                " DO UPDATE SET relation = excluded.relation, is_primary = excluded.is_primary",
                (parent_contact_id, student_contact_id, relation, int(is_primary)),
            )

    def delete_link(self, parent_contact_id: str, student_contact_id: str) -> bool:
        with transaction(self.conn):
            cur = self.conn.execute(
                "DELETE FROM links WHERE parent_contact_id = ? AND student_contact_id = ?",
                (parent_contact_id, student_contact_id),
            )
        return cur.rowcount > 0

    def contacts(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM contacts ORDER BY contact_id").fetchall()
        links = self.conn.execute("SELECT * FROM links ORDER BY parent_contact_id").fetchall()
        result = []
        for r in rows:
            inst = institutions.by_id(r["institution_id"])
            entry = {
                "contactId": r["contact_id"],
                "kind": r["kind"],
                "name": r["name"],
                "email": r["email"],
                "institutionId": r["institution_id"],
                "institutionSlug": inst.slug if inst else None,
                "studentId": r["student_id"],
                "studentCode": r["student_code"],
                "class": r["class_name"],
                "section": r["section"],
            }
            if r["kind"] == PARENT:
                entry["links"] = [
                    {
                        "studentContactId": lk["student_contact_id"],
                        "relation": lk["relation"],
                        "isPrimary": bool(lk["is_primary"]),
                    }
                    for lk in links
                    if lk["parent_contact_id"] == r["contact_id"]
                ]
            result.append(entry)
        return result
