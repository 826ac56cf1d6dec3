"""Text that leaves the window: no bidi or other controls, & kept in menus, markup escaped."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from optilearn_desktop.core.outgoing_text import (
    BIDI_CONTROLS,
    markup_escaped,
    menu_text,
    one_line,
    without_controls,
)

RLO, LRI, PDI = "\u202e", "\u2066", "\u2069"


def test_bidi_controls_cannot_reorder_an_alert():
    assert without_controls(f"Ananya: {RLO}edarg wol{PDI} 12/50") == "Ananya: edarg wol 12/50"
    assert without_controls(f"{LRI}Tom{PDI}\tand\x00Jerry") == "Tom and Jerry"


@given(st.text())
def test_nothing_that_leaves_the_window_holds_a_control(text):
    for shown in (without_controls(text), one_line(text, 50), menu_text(text)):
        assert not any(ord(c) in BIDI_CONTROLS for c in shown)
        assert not any(c in "\x00\x1b\x7f\r\n" for c in shown)
    assert len(one_line(text, 50)) <= 50


def test_menu_entries_show_an_ampersand_as_an_ampersand(qapp):
    from PySide6.QtGui import QAction

    action = QAction(menu_text("Tom & Jerry && co"))
    assert action.text() == "Tom && Jerry &&&& co"
    assert action.iconText() == "Tom & Jerry && co"  # what the menu shows, no mnemonic


def test_a_markup_reading_daemon_shows_the_school_text_as_sent():
    assert markup_escaped("Quiz <b>4</b> &amp; more") == "Quiz &lt;b&gt;4&lt;/b&gt; &amp;amp; more"
