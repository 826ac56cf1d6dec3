"""The fixed seeded people: CRM contacts, parent-student links and LMS accounts.

Tests and the ready file rely on these ids and names, so they are spelled out here rather than
generated. Everything else (courses, grades, classes) is generated in lms_seed.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .wire import PARENT_CONTACT_TYPE, STUDENT_CONTACT_TYPE

# One password for every demo account; it is published in the ready file on purpose.
DEMO_PASSWORD = "OptiLearn-demo-2026"  # noqa: S105 - a demo credential, not a secret


class Profile(StrEnum):
    """How much generated LMS data a student gets."""

    HEAVY = "heavy"  # 40+ courses, 200+ graded submissions
    NORMAL = "normal"
    SHARED = "shared"  # hand-picked grades: the average sits just above 60 %
    LIGHT = "light"
    NEW = "new"  # just enrolled at the school: no courses, grades, classes or certificates yet


@dataclass(frozen=True)
class StudentSeed:
    contact_id: str
    student_id: str
    name: str
    email: str
    student_code: str
    class_name: str
    section: str
    institution_slug: str
    profile: Profile
    photo_url: str | None = None


@dataclass(frozen=True)
class ParentSeed:
    contact_id: str
    name: str
    email: str
    institution_slug: str


@dataclass(frozen=True)
class LinkSeed:
    parent_contact_id: str
    student_contact_id: str
    relation: str
    is_primary: bool


@dataclass(frozen=True)
class AccountSeed:
    key: str
    role: str  # parent | student | staff
    institution_slug: str
    email: str
    name: str
    contact_id: str | None
    is_contact: bool
    contact_type: str | None
    description: str  # a human line for the demo's household picker: no keys, no codes


STUDENTS: tuple[StudentSeed, ...] = (
    # svpms: parent_three's children. Ananya is primary (not alphabetically first); Vihaan is heavy.
    StudentSeed(
        "ct_1201",
        "st_2201",
        "Vihaan Sharma",
        "vihaan.sharma@svpms.example.in",
        "SP-2026-007",
        "Class 10",
        "C",
        "svpms",
        Profile.HEAVY,
    ),
    StudentSeed(
        "ct_1202",
        "st_2202",
        "Ananya Sharma",
        "ananya.sharma@svpms.example.in",
        "SP-2026-014",
        "Class 8",
        "B",
        "svpms",
        Profile.NORMAL,
    ),
    StudentSeed(
        "ct_1203",
        "st_2203",
        "Aarav Sharma",
        "aarav.sharma@svpms.example.in",
        "SP-2026-021",
        "Class 5",
        "A",
        "svpms",
        Profile.NORMAL,
    ),
    StudentSeed(
        "ct_1204",
        "st_2204",
        "Ishita Verma",
        "ishita.verma@svpms.example.in",
        "SP-2026-033",
        "Class 7",
        "B",
        "svpms",
        Profile.NORMAL,
    ),
    StudentSeed(
        "ct_1205",
        "st_2205",
        "Kabir Patel",
        "kabir.patel@svpms.example.in",
        "SP-2026-045",
        "Class 9",
        "A",
        "svpms",
        Profile.SHARED,
    ),
    # svpms: not linked to anyone (tests and the school office link them).
    StudentSeed(
        "ct_1206",
        "st_2206",
        "Diya Reddy",
        "diya.reddy@svpms.example.in",
        "SP-2026-052",
        "Class 6",
        "C",
        "svpms",
        Profile.LIGHT,
    ),
    StudentSeed(
        "ct_1207",
        "st_2207",
        "Arjun Mehta",
        "arjun.mehta@svpms.example.in",
        "SP-2026-068",
        "Class 8",
        "B",
        "svpms",
        Profile.LIGHT,
    ),
    # greenwood
    StudentSeed(
        "ct_5201",
        "st_6201",
        "Oliver Carter",
        "oliver.carter@greenwood.example.org.uk",
        "GW-2026-031",
        "Year 7",
        "B",
        "greenwood",
        Profile.NORMAL,
    ),
    StudentSeed(
        "ct_5202",
        "st_6202",
        "Sophie Carter",
        "sophie.carter@greenwood.example.org.uk",
        "GW-2026-058",
        "Year 4",
        "A",
        "greenwood",
        Profile.NORMAL,
    ),
    StudentSeed(
        "ct_5203",
        "st_6203",
        "Noah Williams",
        "noah.williams@greenwood.example.org.uk",
        "GW-2026-064",
        "Year 7",
        "A",
        "greenwood",
        Profile.LIGHT,
    ),
    StudentSeed(
        "ct_5204",
        "st_6204",
        "Amelia Hughes",
        "amelia.hughes@greenwood.example.org.uk",
        "GW-2026-077",
        "Year 5",
        "C",
        "greenwood",
        Profile.LIGHT,
    ),
    # svpms, unlinked, brand new: the empty states of every tab (kept last: seeding order).
    StudentSeed(
        "ct_1208",
        "st_2208",
        "Rohan Gupta",
        "rohan.gupta@svpms.example.in",
        "SP-2026-101",
        "Class 1",
        "A",
        "svpms",
        Profile.NEW,
    ),
)

PARENTS: tuple[ParentSeed, ...] = (
    ParentSeed("ct_1101", "Priya Sharma", "priya.sharma@example.com", "svpms"),
    ParentSeed("ct_1102", "Rahul Verma", "rahul.verma@example.com", "svpms"),
    # A CRM parent without an LMS account: fan-out must skip her.
    ParentSeed("ct_1103", "Kavya Verma", "kavya.verma@example.com", "svpms"),
    ParentSeed("ct_1104", "Meera Iyer", "meera.iyer@example.com", "svpms"),
    ParentSeed("ct_1105", "Sunita Patel", "sunita.patel@example.com", "svpms"),
    ParentSeed("ct_1106", "Rajesh Patel", "rajesh.patel@example.com", "svpms"),
    ParentSeed("ct_5101", "Emily Carter", "emily.carter@example.co.uk", "greenwood"),
)

LINKS: tuple[LinkSeed, ...] = (
    LinkSeed("ct_1101", "ct_1201", "MOTHER", False),
    LinkSeed("ct_1101", "ct_1202", "MOTHER", True),
    LinkSeed("ct_1101", "ct_1203", "MOTHER", False),
    LinkSeed("ct_1102", "ct_1204", "FATHER", True),
    LinkSeed("ct_1103", "ct_1204", "MOTHER", True),
    LinkSeed("ct_1105", "ct_1205", "MOTHER", True),
    LinkSeed("ct_1106", "ct_1205", "FATHER", True),
    LinkSeed("ct_5101", "ct_5201", "MOTHER", False),
    LinkSeed("ct_5101", "ct_5202", "MOTHER", True),
)

ACCOUNTS: tuple[AccountSeed, ...] = (
    AccountSeed(
        "parent_three",
        "parent",
        "svpms",
        "priya.sharma@example.com",
        "Priya Sharma",
        "ct_1101",
        True,
        PARENT_CONTACT_TYPE,
        "three children; Ananya is the primary one, Vihaan has a long record",
    ),
    AccountSeed(
        "parent_one",
        "parent",
        "svpms",
        "rahul.verma@example.com",
        "Rahul Verma",
        "ct_1102",
        True,
        PARENT_CONTACT_TYPE,
        "one child, Ishita",
    ),
    AccountSeed(
        "parent_none",
        "parent",
        "svpms",
        "meera.iyer@example.com",
        "Meera Iyer",
        "ct_1104",
        True,
        PARENT_CONTACT_TYPE,
        "no child linked yet",
    ),
    AccountSeed(
        "parent_shared_a",
        "parent",
        "svpms",
        "sunita.patel@example.com",
        "Sunita Patel",
        "ct_1105",
        True,
        PARENT_CONTACT_TYPE,
        "shares a child, Kabir, with Rajesh; his average is just above the pass mark",
    ),
    AccountSeed(
        "parent_shared_b",
        "parent",
        "svpms",
        "rajesh.patel@example.com",
        "Rajesh Patel",
        "ct_1106",
        True,
        PARENT_CONTACT_TYPE,
        "shares a child, Kabir, with Sunita; his average is just above the pass mark",
    ),
    AccountSeed(
        "parent_no_contact",
        "parent",
        "svpms",
        "deepak.nair@example.com",
        "Deepak Nair",
        None,
        True,
        PARENT_CONTACT_TYPE,
        "a parent account the school has not linked to a contact yet",
    ),
    AccountSeed(
        "student",
        "student",
        "svpms",
        "ishita.verma@svpms.example.in",
        "Ishita Verma",
        "ct_1204",
        True,
        STUDENT_CONTACT_TYPE,
        "a student's account, not a parent's",
    ),
    AccountSeed(
        "staff",
        "staff",
        "svpms",
        "anil.kumar@svpms.example.in",
        "Anil Kumar",
        None,
        False,
        None,
        "a teacher's account, not a parent's",
    ),
    AccountSeed(
        "parent_greenwood",
        "parent",
        "greenwood",
        "emily.carter@example.co.uk",
        "Emily Carter",
        "ct_5101",
        True,
        PARENT_CONTACT_TYPE,
        "two children at Greenwood; Sophie is the primary one",
    ),
)

# Average of Kabir Patel's graded work in the seed (percentages below; mean 61.5).
SHARED_CHILD_PERCENTAGES: tuple[float, ...] = (72, 55, 64, 58, 70, 61, 49, 66, 57, 63)


def linked_contact_ids() -> set[str]:
    return {link.student_contact_id for link in LINKS}
