"""Signing in, out and back in: the sign-in dialog, what a sign-in starts (the overview, the
inbox watch), what a sign-out clears, and a session that ended while the window was open."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from ..core.wording import QT_TRANSLATE_NOOP, Later, arg, translate

if TYPE_CHECKING:
    from ..core.alert_hub import AlertHub
    from ..core.kiosk_policy import KioskPolicy
    from ..core.overview_presenter import OverviewPresenter
    from ..core.session import Session
    from ..core.tasks import TaskRunner
    from ..models.auth import SignedInUser
    from .main_window import MainWindow
    from .sign_in_dialog import SignInDialog

SESSION_ENDED = QT_TRANSLATE_NOOP("SignInFlow", "Your session has ended. Please sign in again.")


class SignInFlow(QObject):
    signed_out = Signal()  # a sign-out cleared the window (a kiosk wipes the screen then)

    def __init__(
        self,
        window: MainWindow,
        session: Session,
        presenter: OverviewPresenter,
        tasks: TaskRunner,
        *,
        alerts: AlertHub | None = None,
        institution: str = "",
        demo_accounts: list[dict[str, Any]] | None = None,
        kiosk: KioskPolicy | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.presenter = presenter
        self.tasks = tasks
        self.alerts = alerts
        self.institution = institution
        self.demo_accounts = demo_accounts
        self.kiosk = kiosk
        self.dialog: SignInDialog | None = None
        self._told_keyring = False
        self._alerts_due = False  # signed in, the inbox not yet watched
        session.keyring_trouble = self._tell_keyring
        presenter.session_expired.connect(self.session_expired)
        presenter.refresh_started.connect(self._start_alerts)
        if alerts is not None:
            alerts.session_ended.connect(self.session_expired)

    def start(self) -> None:
        """Show the window and ask for sign-in."""
        self.window.show()
        self.ask()

    def ask(self, message: str | None = None, *, again: bool = False) -> None:
        """The sign-in dialog; `again` (the session ended) fills in the same parent's email."""
        from .sign_in_dialog import SignInDialog

        if self.dialog is not None:
            self.dialog.raise_()
            if message:
                self.dialog.show_error(message)
            return
        account = self.session.account if again else None
        fixed = self.kiosk.institution if self.kiosk is not None else ""
        dialog = SignInDialog(
            self.session.sign_in,
            self.tasks,
            institution=fixed or (account.institution_slug if account else self.institution),
            email=account.email if account else "",
            demo_accounts=self.demo_accounts,
            keep_option=self.session.can_remember,
            keep_problem=self.session.why_not_remembered,
            kiosk_timeout=self.kiosk.idle_timeout_s if self.kiosk is not None else None,
            institution_fixed=bool(fixed),
            forgot_password=None if self.kiosk is not None else self.open_forgot_password,
            parent=self.window,
        )
        if message:
            dialog.show_error(message)
        dialog.signed_in.connect(self.on_signed_in)
        dialog.finished.connect(self._finished)
        self.dialog = dialog
        dialog.open()  # never exec() under qasync

    def open_forgot_password(self, institution: str) -> None:
        """The school server's password reset page, in the parent's browser."""
        from ..models.routes import forgot_password

        links = self.window.links
        if links is None:
            return
        opened = links.open_web(links.policy.page(forgot_password(institution)))
        if not opened and self.dialog is not None:
            self.dialog.show_error(
                self.tr(
                    "The password reset page could not be opened. Ask the school office to "
                    "reset your password."
                )
            )

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted and self.session.client is None:
            self.window.close()

    def on_signed_in(self, user: SignedInUser) -> None:
        """After a sign-in (or a resumed session): show what the cache knows, then refresh.
        Signing in again as the same parent after a session ended keeps the data on screen."""
        client = self.session.client
        assert client is not None  # noqa: S101 - signed_in follows a sign-in
        self.window.show_signed_in(user.name or user.email)
        if self.session.keyring_notice:
            self._tell_keyring(Later(self._kept_only_while_running))
        self._alerts_due = self.alerts is not None
        self.presenter.begin(client, self.session.cache, self.session.account)

    def _start_alerts(self) -> None:
        """With the presenter's first request: the saved overview is painted before it."""
        client = self.session.client
        if self._alerts_due and self.alerts is not None and client is not None:
            self._alerts_due = False
            self.alerts.start(client, self.session.cache)

    def _kept_only_while_running(self) -> str:
        return arg(
            self.tr("Your sign-in and data are kept only while the app runs: %1."),
            self.session.keyring_notice or "",
        )

    def _tell_keyring(self, message: object) -> None:
        if not self._told_keyring:
            self._told_keyring = True  # said once per run
            self.window.set_notice(message)

    def sign_out(self, message: str | None = None) -> None:
        """Revoke and forget the session, clear the window, ask for the next sign-in."""
        self._alerts_due = False
        if self.alerts is not None:
            self.alerts.stop()
        self.tasks.cancel_all()
        self.tasks.start("sign_out", self.session.sign_out())
        self._discard_dialog()
        self.window.show_signed_out()
        self.signed_out.emit()
        self.ask(message)

    def session_expired(self) -> None:
        if self.kiosk is not None:  # a kiosk keeps nothing waiting for a password
            self.sign_out(translate("SignInFlow", SESSION_ENDED))
            return
        # Keep the window and its data on screen; only ask for the password again.
        self.ask(translate("SignInFlow", SESSION_ENDED), again=True)

    def message_action(self) -> None:
        """The button under a full-window message: Sign in when signed out, else Retry."""
        if self.session.client is None:
            self.ask()
        else:
            self.presenter.refresh()

    def forget_typing(self) -> None:
        """Kiosk: a half-filled sign-in form is cleared when nobody is there any more."""
        if self.dialog is not None:
            self.dialog.clear_form()

    def _discard_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._finished)
            dialog.hide()
            dialog.deleteLater()
