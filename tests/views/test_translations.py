"""Translations (issue 20): the pseudo-locale finds no text of ours left untranslated and none
cut off at 1280x800; a change of language applies at once; Hindi is complete; the catalogues
are up to date with the source."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from optilearn_desktop.platform.translations import pseudo

from .conftest import overview_loaded
from .language_checks import clipped, server_strings, texts_under, untranslated

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"


@pytest.fixture
def language(app_language):
    """`language("xx")` switches the running app; English again after the test."""
    yield app_language.apply
    app_language.apply("en")


def _household(window) -> set[str]:
    data = window.presenter.data
    states = [window.presenter.state(c.contact_id) for c in data.children]
    user = window.session.user if window.session is not None else None
    return server_strings(data.children, [s.overview for s in states if s], user)


def test_pseudo_locale_brackets_and_lengthens_keeping_placeholders():
    assert pseudo("Sign in") == "[Sign in~~~]"
    assert pseudo("%n day(s) ago").startswith("[%n day(s) ago")
    assert len(pseudo("x" * 100)) == 100 + 40 + 2


def test_the_checker_sees_an_untranslated_word():
    # The control for the page walk below: plain English is caught, bracketed text is not,
    # server data and month names are not.
    assert untranslated(["Updated 2 min ago"], []) == ["Updated 2 min ago"]
    fine = ["[Updated [2 min ago~~]~~~]", "Asha Rao", "9 Sept 2026"]
    assert untranslated(fine, ["Asha Rao"]) == []


def _household_settled(window) -> bool:
    """The household page on screen with every child's card loaded."""
    nav = window.household
    return (
        nav.showing
        and not nav.service.loading
        and all(s.loaded for s in nav.service.summary().children)
    )


def _screens(window, qtbot):
    """Walks what a parent sees, one screen at a time: the household page (the first page with
    three children), then every tab of every child. Yields the screen's name once it is
    really on screen (a tab under the household page is not)."""
    qtbot.waitUntil(lambda: _household_settled(window), timeout=15_000)
    window.household.render()  # every card and item as now, not as when the first child loaded
    QApplication.processEvents()
    assert window.household.page.isVisible()
    yield "household"
    for child in window.presenter.data.children:
        window.switcher.select(child.contact_id)
        window.household.show_overview()  # the child already chosen is not selected again
        qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
        for index, page in enumerate(window.pages):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            assert page.isVisible(), page.objectName()
            yield f"{child.name} / {page.objectName()}"


def _course_detail(window):
    """The first course's details, opened as the Courses tab opens them."""
    window.tabs.setCurrentIndex(window.pages.index(window.courses_page))
    dialog = window.household.open_course(window.courses_page.table, 0)
    assert dialog is not None
    QApplication.processEvents()
    return dialog


def test_every_page_of_every_child_is_translated_and_fits(signed_in, language, qtbot):
    language("xx")  # before the window, as `--language xx` does (a switch later: below)
    window = signed_in("parent_three")
    window.resize(1280, 800)
    window.show()
    problems: dict[str, list[str]] = {}
    allowed: set[str] = set()

    def check(where: str, top) -> None:
        missed = untranslated(texts_under(top), allowed)
        cut = clipped(top)
        if missed or cut:
            problems[where] = missed + cut

    walked = []
    for where in _screens(window, qtbot):
        allowed |= _household(window)
        check(where, window)
        walked.append(where)
    assert walked[0] == "household" and len(walked) == 1 + 3 * len(window.pages)
    dialog = _course_detail(window)
    check("course details", dialog)
    dialog.close()
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_a_change_of_language_applies_at_once_and_back(signed_in, language, qtbot):
    window = signed_in("parent_three")
    assert window.tabs.tabText(0) == "Courses"
    language("hi")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "कोर्स", timeout=5_000)
    assert window.refresh_action.text() == "रीफ़्रेश करें"
    assert QLocale().language() == QLocale.Language.Hindi
    age = window.courses_page.age_label.text()
    assert "अपडेट" in age, age
    # A tab not in view says its data's words again when it is opened.
    window.tabs.setCurrentWidget(window.grades_page)
    assert "अपडेट" in window.grades_page.age_label.text()
    language("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Courses", timeout=5_000)
    assert window.grades_page.age_label.text().startswith("Updated")
    window.tabs.setCurrentWidget(window.courses_page)
    assert window.courses_page.age_label.text().startswith("Updated")


def test_english_plurals_come_from_the_catalogue(language):
    from optilearn_desktop.core.formatting import duration_words

    assert duration_words(1) == "1 second" and duration_words(30) == "30 seconds"
    language("hi")
    assert duration_words(30) == "30 सेकंड"


def _messages(lang: str) -> list[ET.Element]:
    tree = ET.parse(CATALOGUES / f"optilearn_desktop_{lang}.ts")  # noqa: S314 - our own file
    return list(tree.getroot().iter("message"))


def test_hindi_is_complete():
    unfinished = [
        m.findtext("source")
        for m in _messages("hi")
        if m.find("translation").get("type") == "unfinished"
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert not unfinished, unfinished


def test_hindi_keeps_every_placeholder():
    wrong = []
    for message in _messages("hi"):
        source = message.findtext("source")
        for form in [message.find("translation"), *message.iter("numerusform")]:
            text = "".join(form.itertext())
            if not text:
                continue
            for mark in ("%1", "%2", "%3", "%n"):
                if (mark in source) != (mark in text):
                    wrong.append((source, text))
    assert not wrong, wrong


@pytest.mark.timeout(180)
def test_the_catalogues_are_up_to_date_with_the_source():
    script = ROOT / "build" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations", script)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.stale() == [], "run: python build/translations.py --update, then translate"


def test_right_to_left_lays_out_mirrored_without_clipping(signed_in, qtbot):
    window = signed_in("parent_three")
    window.resize(1280, 800)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        QApplication.processEvents()
        tabs = window.tabs.tabBar()
        assert tabs.tabRect(0).x() > tabs.tabRect(1).x()  # the first tab on the right
        toolbar = window.toolbar
        switcher = toolbar.widgetForAction(toolbar.actions()[0]) or window.switcher
        assert switcher.mapTo(window, switcher.rect().topLeft()).x() > window.width() / 2
        for where in _screens(window, qtbot):
            assert clipped(window) == [], where
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_language_setting_applies_at_once_and_is_remembered(
    signed_in, app_language, language, qtbot, tmp_path
):
    from optilearn_desktop.core.settings import LocalSettings

    window = signed_in("parent_three")
    window.translations = app_language
    window.settings = LocalSettings(tmp_path)
    window.open_notification_settings()
    dialog = window.settings_dialog
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10_000)
    combo = dialog.local_panel.language
    assert combo.currentData() == "system"
    assert [combo.itemText(i) for i in (1, 2)] == ["English", "हिन्दी"]
    combo.setCurrentIndex(combo.findData("hi"))
    dialog.save()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "कोर्स", timeout=5_000)
    assert LocalSettings(tmp_path).get("language") == "hi"
    window.open_notification_settings()
    again = window.settings_dialog
    assert again.local_panel.language.currentData() == "hi"
    assert again.local_panel.language.itemText(0) == "सिस्टम के अनुसार"
    again.reject()


def _check_dialog(top, allowed: set[str]) -> list[str]:
    """Untranslated or clipped texts of a dialog on screen (its own window, not the main one)."""
    QApplication.processEvents()
    assert top.isVisible(), top.objectName()
    return untranslated(texts_under(top), allowed) + clipped(top)


def test_notifications_settings_and_about_are_translated_and_fit(
    signed_in, language, qtbot, tmp_path
):
    from optilearn_desktop.core import language as languages
    from optilearn_desktop.core.settings import LocalSettings
    from optilearn_desktop.views.about_dialog import licence_text, open_about

    language("xx")
    window = signed_in("parent_three")
    window.resize(1280, 800)
    window.settings = LocalSettings(tmp_path)
    window.show()
    allowed = _household(window)
    problems: dict[str, list[str]] = {}

    window.open_notification_centre()
    centre = window.notification_centre
    qtbot.waitUntil(lambda: centre.model.rowCount() > 0, timeout=15_000)
    allowed |= server_strings(centre.model.rows())
    centre.table.selectRow(0)  # the message in full below the list
    centre.child_filter.setCurrentIndex(1)  # the summary's "about" part
    problems["notification list"] = _check_dialog(centre, allowed)

    window.open_notification_settings()
    dialog = window.settings_dialog
    qtbot.waitUntil(lambda: not dialog.is_loading and bool(dialog.rows), timeout=15_000)
    allowed |= server_strings(dialog.loaded_preferences)
    # Each language is named in itself, whatever the language in use (its code is item data).
    allowed |= {languages.SYSTEM, *languages.ENDONYMS, *languages.ENDONYMS.values()}
    problems["notification settings"] = _check_dialog(dialog, allowed)
    dialog.set_online(False)  # the offline note and the save button's offline tooltip
    problems["notification settings, offline"] = _check_dialog(dialog, allowed)
    dialog.reject()
    centre.close()

    about = open_about(window)
    shipped = {"Qt", "PySide6", "Python", licence_text()}  # a licence reads as it was written
    problems["about"] = _check_dialog(about, allowed | shipped)
    about.reject()
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_sign_in_tray_and_kiosk_are_translated_and_fit(
    make_window, demo, language, qtbot, opened_urls
):
    from optilearn_desktop.core.tasks import TaskRunner
    from optilearn_desktop.models.children import Child
    from optilearn_desktop.views.kiosk_mode import BigSignOut
    from optilearn_desktop.views.sign_in_dialog import SignInDialog
    from optilearn_desktop.views.tray import TrayController

    from .conftest import fill_sign_in
    from .tray_app import TrayDouble

    language("xx")
    problems: dict[str, list[str]] = {}
    account = demo.account("parent_three")
    typed = {account["institution_slug"], account["email"], "not the password"}

    # The real sign-in, refused by the server: the form and its inline error.
    window = make_window()
    fill_sign_in(qtbot, window, account, password="not the password")
    dialog = window.flow.dialog
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=15_000)
    problems["sign-in"] = _check_dialog(dialog, typed)

    # A shared computer: the intro names the idle time, the office resets passwords.
    kiosk = SignInDialog(window.session.sign_in, TaskRunner(), kiosk_timeout=120)
    qtbot.addWidget(kiosk)
    kiosk.show()
    problems["kiosk sign-in"] = _check_dialog(kiosk, set())
    big = BigSignOut()
    qtbot.addWidget(big)
    big.show()
    problems["kiosk sign out"] = _check_dialog(big, set())

    child = Child(contact_id="ct_1", name="Asha Rao", class_name="Class 8", section="B")
    tray = TrayController(TrayDouble())
    tray.set_children([child])
    problems["tray menu"] = untranslated(texts_under(tray.menu), {"Asha Rao", "Class 8"})
    language("en")  # the menu lives on: it follows the change
    qtbot.waitUntil(lambda: tray.menu.actions()[-1].text() == "Quit", timeout=5_000)
    tray.deleteLater()
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())
