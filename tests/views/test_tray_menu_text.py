"""A child's name reaches the tray menu and the window title as a name: no mnemonic, no bidi
reordering, no 100,000-character entry."""

from __future__ import annotations

from optilearn_desktop.models.children import Child
from optilearn_desktop.views.child_switcher import describe
from optilearn_desktop.views.tray import TrayController

from .test_tray_notifications import TrayDouble


def test_tray_menu_entries_show_names_as_sent(qapp):
    children = [
        Child(contact_id="ct_1", name="Tom & Jerry\u202eevil", class_name="Class 8", section="B"),
        Child(contact_id="ct_2", name="K" * 100_000),
    ]
    tray = TrayController(TrayDouble())
    tray.set_children(children)
    shown = [a.iconText() for a in tray.menu.actions() if a.text().startswith(("Tom", "K"))]
    assert shown[0] == "Tom & Jerryevil — Class 8, Section B"
    long = next(a.text() for a in tray.menu.actions() if a.text().startswith("K"))
    assert len(long) <= 100 and long.endswith("…")
    tray.deleteLater()


def test_the_title_and_switcher_text_is_one_short_line():
    child = Child(contact_id="ct_1", name="Line\none\u2066" + "x" * 5000)
    text = describe(child)
    assert "\n" not in text and "\u2066" not in text and len(text) <= 100
