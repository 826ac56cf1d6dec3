"""TLS settings: always verified, the OS trust store honoured, an optional extra CA bundle."""

from __future__ import annotations

import ssl
from pathlib import Path

import truststore

from .errors import (
    QT_TRANSLATE_NOOP,
    CaBundleError,
    CertificateError,
    CertificateProblem,
)

# OpenSSL's X509_V_ERR_* verify codes for the cases a parent or IT can act on.
_EXPIRED = {9, 10}  # not yet valid, has expired
_WRONG_HOST = {62, 64}  # hostname mismatch, IP address mismatch


MISSING = QT_TRANSLATE_NOOP(
    "ApiError",
    "The CA certificate file given with --ca-bundle, %1, does not exist. Ask the school's IT "
    "for the right file, or start the app without --ca-bundle.",
)
NOT_PEM = QT_TRANSLATE_NOOP(
    "ApiError",
    "The CA certificate file given with --ca-bundle, %1, holds no certificate in PEM form "
    "(-----BEGIN CERTIFICATE-----). Ask the school's IT for the right file, or start the app "
    "without --ca-bundle.",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "ApiError",
    "The CA certificate file given with --ca-bundle, %1, cannot be read (%2). Ask the school's "
    "IT for the right file, or start the app without --ca-bundle.",
)


def ssl_context(ca_bundle: Path | None = None) -> ssl.SSLContext:
    """The OS trust store (Windows, macOS, Linux) through truststore, plus `ca_bundle` if given.

    Schools that inspect TLS install their proxy CA in the OS store, or hand IT a PEM file.
    """
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_bundle is not None:
        try:
            context.load_verify_locations(cafile=str(ca_bundle))
        except FileNotFoundError:
            raise CaBundleError(MISSING, values=(str(ca_bundle),)) from None
        except ssl.SSLError:  # before OSError, its base class
            raise CaBundleError(NOT_PEM, values=(str(ca_bundle),)) from None
        except OSError as exc:
            reason = exc.strerror or str(exc)  # the system's words, in its language
            raise CaBundleError(UNREADABLE, values=(str(ca_bundle), reason)) from None
    return context


def certificate_error(exc: BaseException) -> CertificateError | None:
    """The error to show when an httpx connect error was caused by certificate verification
    (None when it was not), naming the case: expired, another server's, unknown issuer."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return _by_verify_code(current.verify_code, current.verify_message or "")
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    if "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return _by_verify_code(None, str(exc))
    return None


def _by_verify_code(code: int | None, message: str) -> CertificateError:
    lowered = message.lower()
    if code in _EXPIRED or "expired" in lowered or "not yet valid" in lowered:
        return CertificateError(CertificateProblem.EXPIRED)
    if code in _WRONG_HOST or "mismatch" in lowered:
        return CertificateError(CertificateProblem.WRONG_HOST)
    return CertificateError(CertificateProblem.UNKNOWN_ISSUER)
