"""Typed errors the UI can act on; each carries the server's status, code, message and details."""

from __future__ import annotations

import re
from enum import StrEnum

# Our own messages (not the server's), which the services show translated: core/wording.py.
OUR_MESSAGES: set[str] = set()
PLACEHOLDER = re.compile(r"%([1-9])")  # %1 to %9, as Qt writes them


def fill(template: str, *values: object) -> str:
    """'%1 of %2' with ('a', 'b') -> 'a of b', in one pass: a "%2" inside the first value (a
    course title may hold one) stays as it is; a placeholder with no value stays as written."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return PLACEHOLDER.sub(value, template)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` as one of our messages, under the name lupdate looks for (this layer knows
    no Qt): the translation happens where it is shown, in the language in use then."""
    OUR_MESSAGES.add(text)
    return text


class ApiError(Exception):
    """Base class. `message` is safe to show a parent; `code`/`details` come from the server."""

    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "Something went wrong while talking to OptiLearn."
    )

    def __init__(
        self,
        message: str | None = None,
        *,
        status: int | None = None,
        code: str | None = None,
        details: object = None,
        values: tuple[str, ...] = (),
    ) -> None:
        # `template` with %1, %2… is what gets translated; `values` (a path, an OS error) not.
        self.template = message or self.default_message
        self.values = values
        self.message = fill(self.template, *values)
        self.status = status
        self.code = code
        self.details = details
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, code={self.code!r}, {self.message!r})"


class OfflineError(ApiError):
    """No answer: connection refused, DNS failure, timeout, deadline, dropped connection."""

    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "OptiLearn cannot be reached. Check your internet connection."
    )


class CertificateProblem(StrEnum):
    """Why a certificate was refused, in the cases a parent or the school's IT can act on."""

    UNKNOWN_ISSUER = "unknown issuer"
    EXPIRED = "expired"
    WRONG_HOST = "another server's"


_WHAT_TO_DO = {
    CertificateProblem.UNKNOWN_ISSUER: QT_TRANSLATE_NOOP(
        "ApiError",
        "The connection to OptiLearn is not secure: its certificate was issued by an authority "
        "this computer does not trust. If your school's network inspects secure connections, "
        "ask IT for its CA certificate and install it in the system's trust store, or start "
        "the app with --ca-bundle FILE.",
    ),
    CertificateProblem.EXPIRED: QT_TRANSLATE_NOOP(
        "ApiError",
        "The connection to OptiLearn is not secure: the server's certificate has expired, or "
        "is not valid yet. Check that this computer's date and time are right; if they are, "
        "the school's IT must renew the server's certificate.",
    ),
    CertificateProblem.WRONG_HOST: QT_TRANSLATE_NOOP(
        "ApiError",
        "The connection to OptiLearn is not secure: the certificate belongs to another server. "
        "Check the server address; if it is right, something on the network is answering in "
        "OptiLearn's place: ask the school's IT.",
    ),
}


class CertificateError(ApiError):
    """The server's TLS certificate is not trusted. Never bypassed. `problem` says why."""

    default_message = QT_TRANSLATE_NOOP(
        "ApiError",
        "The connection to OptiLearn is not secure: its certificate is not trusted by this "
        "computer. If your school uses a filtering proxy, ask IT for its CA certificate.",
    )

    def __init__(self, problem: CertificateProblem | None = None) -> None:
        self.problem = problem
        super().__init__(None if problem is None else _WHAT_TO_DO[problem])


class CaBundleError(ApiError):
    """The file given with --ca-bundle cannot be used; its message names the file and why."""


class InvalidCredentialsError(ApiError):
    default_message = QT_TRANSLATE_NOOP("ApiError", "The email or password is not correct.")


class UnknownInstitutionError(ApiError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "No school is registered under that institution code."
    )


class AuthExpiredError(ApiError):
    """The session ended and a silent refresh did not help: the user must sign in again."""

    default_message = QT_TRANSLATE_NOOP("ApiError", "Your session has ended. Please sign in again.")


class ForbiddenError(ApiError):
    default_message = QT_TRANSLATE_NOOP("ApiError", "This account is not allowed to see this.")


class NotFoundError(ApiError):
    default_message = QT_TRANSLATE_NOOP("ApiError", "This is no longer available.")


class RejectedError(ApiError):
    """The server understood the request and refused it (400, 402, 409)."""

    default_message = QT_TRANSLATE_NOOP("ApiError", "The server refused the request.")


class ServerError(ApiError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "OptiLearn had a problem answering. Please try again in a moment."
    )


class RateLimitedError(ServerError):
    """429: the server asks this computer to wait (`retry_after` seconds, when it said)."""

    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "OptiLearn is asking this computer to wait a little before trying again."
    )
    retry_after: float | None = None


class ProtocolError(ApiError):
    """The answer was not what the contract says: not JSON, no envelope, broken schema."""

    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "OptiLearn sent an answer this app could not read."
    )


class ResponseTooLargeError(ProtocolError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "OptiLearn sent an unexpectedly large answer; it was refused."
    )


def error_for_status(status: int) -> type[ApiError]:
    """The class for an HTTP error status (docs/api.md table)."""
    if status == 401:
        return AuthExpiredError
    if status == 403:
        return ForbiddenError
    if status == 404:
        return NotFoundError
    if status in (400, 402, 409, 422):
        return RejectedError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    return ProtocolError
