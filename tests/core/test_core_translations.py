"""The texts core writes are in the language in use (issue 20): the printed report and its PDF,
the calendar file, the tray's quiet-hours summary, the overview's notes on rows left out, the
keyring and remember-off reasons of the sign-in form, and the kiosk policy's problems. Each in
Hindi has none of its English left, and in the pseudo-locale every word of ours is bracketed
(what is not is the school's data, shown as sent). Data comes from the real reference backend."""

from __future__ import annotations

import re
import tomllib
from datetime import datetime, time

import icalendar
import pytest
from keyring.errors import KeyringLocked
from pypdf import PdfReader

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig
from optilearn_desktop.core.calendar_export import household_calendar
from optilearn_desktop.core.clock import utc_now
from optilearn_desktop.core.credentials import CredentialStore
from optilearn_desktop.core.desktop_options import DesktopOptions
from optilearn_desktop.core.household_export import calendar_children, report_child
from optilearn_desktop.core.kiosk_policy import load_policy
from optilearn_desktop.core.notification_alerts import AlertDispatcher, alert_for
from optilearn_desktop.core.overview_words import class_and_section, rows_note
from optilearn_desktop.core.report_content import ReportHeader, child_html
from optilearn_desktop.core.report_layout import write_pdf
from optilearn_desktop.core.session import DEMO_SCHOOL, Session
from optilearn_desktop.models.overview import RowsLeftOut

from ..views.language_checks import server_strings, untranslated
from .household import words
from .keyrings import RaisingKeyring

# The report's, the calendar's and the tray's English words, none of which Hindi may keep.
REPORT_ENGLISH = (
    "Recent grades",
    "Upcoming work",
    "Live classes this month",
    "Achievements",
    "Certificates",
    "Data as of",
    "Student code",
    "School:",
    "Printed",
    "Current streak",
    "Total points",
    "Verification code",
    "Section",
)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture
def language(app_language):
    """`language("hi")` switches the running app's language; English again after the test."""
    yield app_language.apply
    app_language.apply("en")


def _plain(html_text: str) -> str:
    return re.sub(r"\s+", " ", _TAG.sub(" ", html_text))


def test_the_report_is_written_in_the_language_in_use(household, language, tmp_path, qapp):
    _data, states = household("parent_three")
    header = ReportHeader("SVPMS", utc_now())
    english = _plain(child_html(report_child(states[0]), header))
    assert all(word in english for word in REPORT_ENGLISH)  # the control: all there in English
    language("hi")
    for state in states:
        text = _plain(child_html(report_child(state), header))
        left = [word for word in REPORT_ENGLISH if word in text]
        assert not left, (state.child.name, left)
        assert "हाल के ग्रेड" in text and "सेक्शन" in text and "तक का डेटा" in text
    path = tmp_path / "hi.pdf"
    write_pdf(path, [report_child(states[0])], header)
    reader = PdfReader(path)
    assert reader.metadata.title == f"OptiLearn रिपोर्ट: {states[0].child.name}"


def test_the_report_has_no_word_of_ours_untranslated(household, language, tmp_path, qapp):
    _data, states = household("parent_three")
    language("xx")
    header = ReportHeader("SVPMS", utc_now())
    for state in states:
        allowed = server_strings(state.child, state.overview) | {"SVPMS"}
        text = _plain(child_html(report_child(state, offline=True), header))
        assert untranslated([text], allowed) == [], state.child.name
    path = tmp_path / "xx.pdf"
    write_pdf(path, [report_child(states[0])], header)
    reader = PdfReader(path)
    footer = words(" ".join(page.extract_text() for page in reader.pages))
    assert "[Page 1 of 2~" in footer
    assert untranslated([reader.metadata.title], server_strings(states[0].child)) == []


def test_the_calendar_follows_the_language_at_export(household, language):
    _data, states = household("parent_three")
    children = calendar_children(states)
    language("hi")
    calendar = icalendar.Calendar.from_ical(household_calendar(children, now=utc_now()))
    assert str(calendar["x-wr-calname"]) == "OptiLearn: स्कूल कैलेंडर"
    descriptions = [str(e["description"]) for e in calendar.walk("VEVENT")]
    assert descriptions and not [d for d in descriptions if "for" in d or "Course:" in d]
    assert any("का असाइनमेंट जमा करना है" in d for d in descriptions)
    assert any("की लाइव कक्षा" in d for d in descriptions)
    language("xx")
    calendar = icalendar.Calendar.from_ical(household_calendar(children, now=utc_now()))
    allowed = server_strings([s.child for s in states], [s.overview for s in states])
    allowed |= {s.child.name.split()[0] for s in states}  # each event's title starts with it
    texts = [str(calendar["x-wr-calname"])]
    for event in calendar.walk("VEVENT"):
        texts += [str(event["summary"]), str(event["description"])]
    assert untranslated(texts, allowed) == []


def _held_summary(demo, make_client, aio) -> tuple[AlertDispatcher, list]:
    """Two parent notifications made on the server, fetched and held through quiet hours."""
    client = make_client("parent_three")
    children = aio(client.children())
    demo.grade(children[0].student_id, score=88)
    demo.absence(children[1].student_id)
    notifications = aio(client.notifications()).notifications
    quiet = DesktopOptions(quiet_hours_enabled=True, quiet_start=time(0, 0), quiet_end=time(23, 59))
    options = [quiet]
    dispatcher = AlertDispatcher(lambda: options[0], local_now=lambda: datetime(2026, 9, 9, 12))
    assert dispatcher.take(notifications) == []
    options[0] = DesktopOptions()  # quiet hours over
    return dispatcher, notifications


def test_the_quiet_hours_summary_is_hindi_with_the_right_plural(demo, make_client, aio, language):
    dispatcher, _notifications = _held_summary(demo, make_client, aio)
    held = list(dispatcher.held)
    assert len(held) >= 2
    language("hi")
    summary = dispatcher.release_held()
    assert summary is not None
    assert summary.title == f"शांत समय में {len(held)} सूचनाएँ"
    assert "के बारे में" in summary.body and "नई सूचनाएँ" in summary.body
    assert "notification" not in summary.body


def test_the_quiet_hours_summary_has_no_word_of_ours_untranslated(demo, make_client, aio, language):
    dispatcher, notifications = _held_summary(demo, make_client, aio)
    language("xx")
    summary = dispatcher.release_held()
    assert summary is not None
    # A title that does not name the child (another server's) gets the name put before it.
    about = next(n for n in notifications if n.child_name)
    unnamed = about.model_copy(update={"title": "Result published"})
    alone = alert_for(unnamed).title
    assert alone.startswith("[") and about.child_name in alone
    allowed = server_strings(notifications) | {"Result published", about.child_name}
    assert untranslated([summary.title, summary.body, alone], allowed) == []


def test_the_notes_on_left_out_rows_and_the_section_follow_the_language(language, demo):
    from optilearn_desktop.models.children import Child

    child = Child(contact_id="ct_1", name="Asha Rao", class_name="Class 8", section="B")
    one, many = RowsLeftOut(1, 4, 5), RowsLeftOut(2, 1000, 20_000)
    assert rows_note(one) == "1 entry from the school's server could not be read and is left out."
    assert rows_note(many).endswith("Showing the first 1,000 of 20,000.")
    assert class_and_section(child) == "Class 8, Section B"
    language("hi")
    assert rows_note(one) == "स्कूल के सर्वर से आई 1 प्रविष्टि पढ़ी नहीं जा सकी और छोड़ दी गई है।"
    assert rows_note(many).startswith("स्कूल के सर्वर से आई 2 प्रविष्टियाँ")
    assert "20,000 में से पहली 1,000" in rows_note(many)
    assert class_and_section(child) == "Class 8, सेक्शन B"
    language("xx")
    texts = [rows_note(one), rows_note(many), class_and_section(child)]
    assert untranslated(texts, {"Class 8", "B"}) == []


def _session(demo, credentials=None, remember_off_reason=None) -> Session:
    def client(**options):
        return OptiLearnClient(ClientConfig(base_url=demo.lms_url), **options)

    return Session(
        client,
        server_url=demo.lms_url,
        credentials=credentials,
        remember_off_reason=remember_off_reason,
    )


def test_the_sign_in_forms_reasons_follow_the_language(demo, aio, language):
    locked = _session(demo, CredentialStore(RaisingKeyring(KeyringLocked("locked"))))
    aio(locked.probe_keyring())
    demo_school = _session(demo, remember_off_reason=DEMO_SCHOOL)
    assert locked.keyring_notice == "The keyring is locked"
    assert demo_school.why_not_remembered == "the demo school starts afresh every time"
    language("hi")
    assert locked.keyring_notice == locked.why_not_remembered == "कीरिंग लॉक है"
    assert demo_school.why_not_remembered == "डेमो स्कूल हर बार नए सिरे से शुरू होता है"
    language("xx")
    reasons = [locked.keyring_notice, locked.why_not_remembered, demo_school.why_not_remembered]
    assert untranslated(reasons, []) == []
    aio(locked.leave())
    aio(demo_school.leave())


def test_the_kiosk_policy_problems_follow_the_language(language, tmp_path):
    broken = tmp_path / "broken" / "policy.toml"
    broken.parent.mkdir()
    broken.write_text("[kiosk\n", encoding="utf-8")
    odd = tmp_path / "odd" / "policy.toml"
    odd.parent.mkdir()
    odd.write_text('[kiosk]\ninstitution = "Not A Slug"\nidle_timeout_seconds = "x"\n', "utf-8")
    failed, problems = load_policy([broken]), load_policy([odd])
    assert "could not be used" in failed.problem and "'institution'" in problems.problem
    language("hi")
    assert failed.problem.startswith(f"कियॉस्क नीति फ़ाइल {broken} का उपयोग नहीं किया जा सका")
    assert "मान्य TOML नहीं है" in failed.problem and "could not" not in failed.problem
    assert problems.problem.startswith(f"कियॉस्क नीति फ़ाइल {odd} में समस्याएँ हैं:")
    assert "must" not in problems.problem and "'Not A Slug'" in problems.problem
    language("xx")
    # TOML's own message and the values quoted from the file are shown as they are.
    try:
        tomllib.loads(broken.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        toml_message = str(exc)
    allowed = {str(broken), str(odd), toml_message, "'Not A Slug'", "'x'"}
    assert untranslated([failed.problem, problems.problem], allowed) == []


@pytest.mark.parametrize("days", [1, 3])
def test_the_report_counts_days_with_the_languages_plural(household, language, days, qapp):
    _data, states = household("parent_one")
    state = states[0]
    game = state.overview.gamification
    assert game is not None
    state.overview = state.overview.model_copy(
        update={"gamification": game.model_copy(update={"current_streak": days})}
    )
    header = ReportHeader("", utc_now())
    english = _plain(child_html(report_child(state), header))
    assert re.search(rf"\b{days} {'day' if days == 1 else 'days'}\b", english)
    language("hi")
    assert f"{days} दिन" in _plain(child_html(report_child(state), header))
