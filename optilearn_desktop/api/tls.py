"""TLS settings: always verified, the OS trust store honoured, an optional extra CA bundle."""

from __future__ import annotations

import ssl
from pathlib import Path

import truststore


def ssl_context(ca_bundle: Path | None = None) -> ssl.SSLContext:
    """The OS trust store (Windows, macOS, Linux) through truststore, plus `ca_bundle` if given.

    Schools that inspect TLS install their proxy CA in the OS store, or hand IT a PEM file.
    """
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_bundle is not None:
        context.load_verify_locations(cafile=str(ca_bundle))
    return context


def is_certificate_failure(exc: BaseException) -> bool:
    """True when an httpx connect error was caused by certificate verification."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)
