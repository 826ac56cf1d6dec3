"""Sign-in: institution code, email, password; errors inline, in words a parent understands."""

from __future__ import annotations

import html
import logging
import math
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..api.errors import (
    ApiError,
    CertificateError,
    InvalidCredentialsError,
    OfflineError,
    RateLimitedError,
    UnknownInstitutionError,
)
from ..core.errors import NotAParentError
from ..core.formatting import counted, duration_words
from ..core.tasks import TaskRunner
from ..core.wording import QT_TRANSLATE_NOOP, Context, arg, message_of
from .colors import accents
from .text import plain_label

if TYPE_CHECKING:
    from ..models.auth import SignedInUser

log = logging.getLogger(__name__)
SIGN_IN = QT_TRANSLATE_NOOP("SignInDialog", "&Sign in")
FORGOT_PASSWORD = QT_TRANSLATE_NOOP("SignInDialog", "Forgot password?")
SignIn = Callable[[str, str, str, bool], Coroutine[Any, Any, "SignedInUser"]]


class SignInWords(Context):
    """The translation context of this module's functions (plural texts need a `tr` call)."""


def explain(error: BaseException, slug: str) -> str:
    """The inline message for a failed sign-in."""
    if isinstance(error, InvalidCredentialsError):
        return SignInWords.tr("The email or password is not correct. Check both and try again.")
    if isinstance(error, UnknownInstitutionError):
        return arg(
            SignInWords.tr(
                "No school uses the institution code “%1”. Check the code in the letter or "
                "e-mail from your school (it is a short name such as “svpms”)."
            ),
            slug,
        )
    if isinstance(error, NotAParentError | CertificateError):
        return message_of(error)
    if isinstance(error, RateLimitedError):
        return arg(
            SignInWords.tr("Too many sign-in attempts. Try again %1."), _after(error.retry_after)
        )
    if isinstance(error, OfflineError):
        return SignInWords.tr(
            "OptiLearn cannot be reached. Check your internet connection and try again."
        )
    if isinstance(error, ApiError):
        return arg(SignInWords.tr("Signing in did not work: %1"), message_of(error))
    return SignInWords.tr(
        "Signing in did not work because of an unexpected problem. Please try again."
    )


def _after(seconds: float | None) -> str:
    if seconds is None:
        return SignInWords.tr("in a few minutes")
    minutes = math.ceil(seconds / 60)
    if minutes <= 1:
        return SignInWords.tr("in a minute")
    return counted(lambda n: SignInWords.tr("in %n minute(s)", "", n), minutes)


def demo_line(account: dict[str, Any]) -> str:
    """What the demo picker lists for a household: "Rajesh Patel: shares a child with Sunita"."""
    name = account.get("name") or account["email"]
    description = account.get("description") or ""
    return f"{name}: {description}" if description else name


def forget(edit: QLineEdit) -> None:
    """Empties a field for good: `QLineEdit.clear()` is an edit that Ctrl+Z undoes, which on a
    shared computer would give the next person the previous parent's text; `setText` also
    drops the undo history."""
    edit.setText("")


class SignInDialog(QDialog):
    signed_in = Signal(object)  # SignedInUser

    def __init__(
        self,
        sign_in: SignIn,
        tasks: TaskRunner,
        *,
        institution: str = "",
        email: str = "",
        demo_accounts: list[dict[str, Any]] | None = None,
        keep_option: bool = True,
        keep_problem: str | None = None,
        kiosk_timeout: float | None = None,
        institution_fixed: bool = False,
        forgot_password: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        kiosk = kiosk_timeout is not None  # a shared computer, signing out after this long
        self.kiosk = kiosk
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(self.tr("Sign in to OptiLearn"))
        self.setModal(True)
        self._sign_in = sign_in
        self._tasks = tasks
        layout = QVBoxLayout(self)
        intro_text = self.tr("Sign in with the parent account your school gave you.")
        if kiosk_timeout is not None:
            shared = arg(
                self.tr(
                    "This is a shared computer: nothing of your visit is kept, and you are "
                    "signed out after %1 without activity."
                ),
                duration_words(kiosk_timeout),
            )
            intro_text = arg(
                self.tr("%1 %2", "the intro, then the shared computer"), intro_text, shared
            )
        intro = plain_label(intro_text, wrap=True)
        intro.setObjectName("sign_in_intro")
        layout.addWidget(intro)
        form = QFormLayout()
        self.demo_picker: QComboBox | None = None
        if demo_accounts:
            self.demo_picker = QComboBox()
            self.demo_picker.setObjectName("demo_picker")
            self.demo_picker.setAccessibleName(self.tr("Demo household"))
            self.demo_picker.addItem(self.tr("Choose a demo household…"), None)
            for account in demo_accounts:
                self.demo_picker.addItem(demo_line(account), account)
            self.demo_picker.currentIndexChanged.connect(self._pick_demo)
            form.addRow(self.tr("&Demo household"), self.demo_picker)
        self.institution = QLineEdit(institution)
        self.institution.setObjectName("institution_input")
        self.institution.setPlaceholderText(self.tr("e.g. svpms"))
        self.institution.setAccessibleName(self.tr("Institution code"))
        if institution_fixed:  # set by the school's IT for this computer
            self.institution.setReadOnly(True)
            self.institution.setFrame(False)  # reads as text, not as a field to fill in
            self.institution.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            palette = self.institution.palette()
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            self.institution.setPalette(palette)
            self.institution.setToolTip(self.tr("Set by your school for this computer"))
        self.email = QLineEdit(email)
        self.email.setObjectName("email_input")
        self.email.setAccessibleName(self.tr("Email"))
        self.email.setPlaceholderText(self.tr("you@example.com"))
        self.password = QLineEdit()
        self.password.setObjectName("password_input")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # "&" marks each label's Alt+letter; addRow makes the label its field's buddy.
        form.addRow(self.tr("&Institution code"), self.institution)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("&Password"), self.password)
        self.forgot = self._forgot_row(forgot_password, kiosk)
        form.addRow("", self.forgot)
        self.keep = QCheckBox(self.tr("&Keep me signed in on this computer"))
        self.keep.setObjectName("keep_signed_in")
        self.keep.setAccessibleName(self.tr("Keep me signed in on this computer"))
        self._keep_option = keep_option
        self.keep.setChecked(keep_option)
        self.keep.setEnabled(keep_option)
        not_here = arg(self.tr("Not available here: %1."), keep_problem or self.tr("no keyring"))
        self.keep.setToolTip(
            self.tr(
                "Your sign-in is kept in this computer's keyring and the last overview is "
                "saved, encrypted, for reading offline. Sign out to remove both."
            )
            if keep_option
            else not_here
        )
        form.addRow("", self.keep)
        # Why it is off, on the form itself: a tooltip is found by few and by no keyboard.
        self.keep_note = plain_label("" if keep_option else not_here, wrap=True)
        self.keep_note.setObjectName("keep_signed_in_note")
        self.keep_note.setVisible(not keep_option)
        self.keep_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.keep.setAccessibleDescription(self.keep_note.text())
        form.addRow("", self.keep_note)
        if kiosk:  # a shared computer keeps nobody signed in
            self._keep_option = False
            self.keep.setChecked(False)
            self.keep.hide()
            self.keep_note.hide()
        layout.addLayout(form)
        self.error_label = plain_label(wrap=True)
        self.error_label.setObjectName("sign_in_error")
        self.error_label.setAccessibleName(self.tr("Sign-in problem"))
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.submit = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.submit.setText(self.tr(SIGN_IN))
        self.submit.setObjectName("sign_in_button")
        self.submit.setAccessibleName(self.tr("Sign in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Quit"))
        cancel.setObjectName("quit_button")
        cancel.setVisible(not kiosk)  # the next parent needs the app: no Quit at the kiosk
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.institution, self.email, self.password):
            edit.textChanged.connect(self._update_submit)
        self.setMinimumWidth(460)
        self._update_submit()
        (self.password if email else self.email if institution else self.institution).setFocus()

    def _forgot_row(self, forgot_password: Callable[[str], object] | None, kiosk: bool) -> QLabel:
        """A link to the school server's own reset page, opened in the browser; at a kiosk
        (which opens nothing outside the app) the office is named instead."""
        if kiosk or forgot_password is None:
            label = plain_label(
                self.tr("Forgot your password? The school office can reset it."), wrap=True
            )
        else:
            label = QLabel(f'<a href="#forgot">{html.escape(self.tr(FORGOT_PASSWORD))}</a>')
            label.setTextFormat(Qt.TextFormat.RichText)  # our own constant, never server text
            label.setOpenExternalLinks(False)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.setToolTip(self.tr("Opens your school's password reset page in the browser"))
            label.linkActivated.connect(
                lambda _link: forgot_password(self.institution.text().strip().lower())
            )
        label.setObjectName("forgot_password_link")
        label.setAccessibleName(self.tr(FORGOT_PASSWORD))
        return label

    def _pick_demo(self, index: int) -> None:
        account = self.demo_picker.itemData(index) if self.demo_picker else None
        if account:
            if not self.institution.isReadOnly():  # a school-fixed code stays as IT set it
                self.institution.setText(account["institution_slug"])
            self.email.setText(account["email"])
            self.password.setText(account["password"])

    def _update_submit(self) -> None:
        filled = all(e.text().strip() for e in (self.institution, self.email)) and bool(
            self.password.text()
        )
        self.submit.setEnabled(filled and not self._tasks.is_running("sign_in"))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.institution, self.email, self.password, self.demo_picker):
            if widget is not None:
                widget.setEnabled(not busy)
        self.keep.setEnabled(self._keep_option and not busy)
        self.submit.setText(self.tr("Signing in…") if busy else self.tr(SIGN_IN))
        self._update_submit()
        if busy:
            self.submit.setEnabled(False)

    def show_error(self, text: str) -> None:
        self.error_label.setStyleSheet(f"color: {accents(self.palette()).failed.name()};")
        self.error_label.setText(text)
        self.error_label.show()

    def attempt(self) -> None:
        if not self.submit.isEnabled():
            return
        slug = self.institution.text().strip().lower()
        self.error_label.hide()
        self._set_busy(True)
        self._tasks.start(
            "sign_in",
            self._sign_in(
                slug, self.email.text().strip(), self.password.text(), self.keep.isChecked()
            ),
            on_result=self._succeeded,
            on_error=lambda error: self._failed(error, slug),
        )

    def _succeeded(self, user: SignedInUser) -> None:
        forget(self.password)
        self._set_busy(False)
        self.signed_in.emit(user)
        self.accept()

    def _failed(self, error: BaseException, slug: str) -> None:
        if not isinstance(error, ApiError):
            log.error("sign-in failed unexpectedly", exc_info=error)
        self._set_busy(False)
        self.password.selectAll()
        self.show_error(explain(error, slug))
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_form(self) -> None:
        """Kiosk: forget what a parent typed (Escape, or idle) but keep a fixed institution."""
        self._tasks.cancel("sign_in")
        self._set_busy(False)
        if not self.institution.isReadOnly():
            forget(self.institution)
        for edit in (self.email, self.password):
            forget(edit)
        if self.demo_picker is not None:
            self.demo_picker.setCurrentIndex(0)
        self.error_label.clear()
        self.error_label.hide()
        (self.email if self.institution.text() else self.institution).setFocus()

    def reject(self) -> None:
        if self.kiosk:  # Escape or the window's close button: clear, never quit the kiosk
            self.clear_form()
            return
        self._tasks.cancel("sign_in")
        super().reject()
