"""The real window with loaded children and no server: what the in-process window benchmarks
(child switch, household page) measure on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any


def courses_wire(i: int, count: int, now: datetime) -> list[dict[str, Any]]:
    """Child `i`'s `count` enrollments, one in seven completed, one accessed each hour back."""
    return [
        {
            "enrollmentId": f"e{i}_{n}",
            "courseId": f"c{n}",
            "courseTitle": f"Course {n}",
            "progress": n % 100,
            "status": "COMPLETED" if n % 7 == 0 else "ACTIVE",
            "lastAccessedAt": (now - timedelta(hours=n)).isoformat(),
        }
        for n in range(count)
    ]


def loaded_window(count: int, wire: Callable[[int], dict[str, Any]], now: datetime) -> Any:
    """A shown 1280x800 window whose `count` children (child `i`'s overview is `wire(i)`,
    every section fetched at `now`) are loaded, the first one on screen."""
    from optilearn_desktop.api.client import OptiLearnClient
    from optilearn_desktop.api.config import ClientConfig
    from optilearn_desktop.compose import build_window
    from optilearn_desktop.core.links import LinkPolicy
    from optilearn_desktop.core.parent_data import ParentData
    from optilearn_desktop.core.session import Session
    from optilearn_desktop.models.children import Child
    from optilearn_desktop.models.overview import ChildOverview, Section
    from optilearn_desktop.views.link_opener import LinkOpener

    config = ClientConfig(base_url="https://learn.opticrm.app")
    session = Session(lambda **kw: OptiLearnClient(config, **kw))
    window = build_window(session, LinkOpener(LinkPolicy(config.base_url)))
    window.resize(1280, 800)
    window.show()
    kids = [
        Child(
            contact_id=f"ct_{i}",
            name=f"Child {i}",
            class_name=f"Class {i}",
            section="A",
            is_primary=i == 0,
        )
        for i in range(count)
    ]
    data = ParentData(None, clock=lambda: now)  # type: ignore[arg-type]  # no client: no request
    every = dict.fromkeys(Section, now)
    saved = {k.contact_id: (ChildOverview.from_wire(wire(i)), every) for i, k in enumerate(kids)}
    data.remember(kids, saved, now)
    window.presenter.data = data
    window.switcher.set_children(kids, kids[0].contact_id)
    window.stack.setCurrentWidget(window.overview_view)
    window.presenter.show_child(kids[0].contact_id)
    return window
