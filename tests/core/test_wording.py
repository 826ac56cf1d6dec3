"""Filling and splitting translated templates (core/wording.py)."""

from __future__ import annotations

from optilearn_desktop.core.wording import arg, pieces, without_mnemonic


def test_arg_fills_once_and_never_inside_a_value():
    assert arg("%1 of %2", "a %2", "b") == "a %2 of b"
    assert arg("%1 and %2", "only") == "only and %2"


def test_pieces_are_the_words_around_the_widgets():
    assert pieces("Quiet hours from %1 to %2", 2) == ["Quiet hours from", "to", ""]
    assert pieces("शांत समय %1 से %2 तक", 2) == ["शांत समय", "से", "तक"]


def test_pieces_refuse_a_template_that_does_not_place_every_widget_in_order():
    assert pieces("Quiet hours", 2) is None
    assert pieces("%2 to %1", 2) is None
    assert pieces("%1 to %1", 2) is None


def test_without_mnemonic_handles_both_forms():
    assert without_mnemonic("Sign &out") == "Sign out"
    assert without_mnemonic("रीफ़्रेश करें (&R)") == "रीफ़्रेश करें"


def test_a_phrase_is_said_in_the_language_in_use_when_shown(app_language):
    from optilearn_desktop.core.wording import Phrase

    refreshing = Phrase.translate("OverviewPresenter", "Could not refresh: %1")
    shown = refreshing.filled(Phrase.translate("OverviewPresenter", "Refreshing…"))
    assert str(shown) == "Could not refresh: Refreshing…"
    try:
        app_language.apply("hi")
        assert str(shown) != "Could not refresh: Refreshing…"
        assert "%1" not in str(shown) and "Refreshing" not in str(shown)
    finally:
        app_language.apply("en")
    assert str(shown) == "Could not refresh: Refreshing…"


def test_our_api_messages_are_said_in_the_language_in_use(app_language, tmp_path):
    """A message with values (the CA file's path, the system's reason) keeps them in Hindi."""
    import re

    from optilearn_desktop.api.errors import CaBundleError, OfflineError
    from optilearn_desktop.api.tls import ssl_context
    from optilearn_desktop.api.transport import TOO_SLOW
    from optilearn_desktop.core.wording import message_of

    missing = tmp_path / "school-ca.pem"
    try:
        ssl_context(missing)
    except CaBundleError as exc:
        error = exc
    assert str(missing) in message_of(error) and "does not exist" in message_of(error)
    timeout = OfflineError(TOO_SLOW)
    try:
        app_language.apply("hi")
        hindi = message_of(error)
        assert re.search("[\u0900-\u097f]", hindi) and str(missing) in hindi
        assert "does not exist" not in hindi
        assert re.search("[\u0900-\u097f]", message_of(timeout))
    finally:
        app_language.apply("en")


def test_every_section_problem_the_models_word_is_translated(app_language):
    """core.overview_words marks the models' words a second time (models know no Qt): a
    change on either side would leave the reason in English."""
    from optilearn_desktop.core.overview_words import section_problem
    from optilearn_desktop.models.overview import NOT_A_LIST, SECTION_MISSING

    try:
        app_language.apply("hi")
        for problem in (SECTION_MISSING, NOT_A_LIST):
            assert section_problem(problem) != problem
        assert section_problem("grade: field required") == "grade: field required"
    finally:
        app_language.apply("en")
