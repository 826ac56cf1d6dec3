"""An answer from OptiLearn, as bytes and as what its envelope means (the data, or the typed
error it stands for). Apart from the transport, so that the client can exist before httpx is
loaded: the first request loads it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from ..models.envelope import Envelope
from .errors import ProtocolError, RateLimitedError, error_for_status


@dataclass(frozen=True, slots=True)
class RawResponse:
    status: int
    headers: Mapping[str, str]
    content: bytes


def retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def decode_envelope(response: RawResponse) -> Envelope:
    """The envelope of a 2xx answer, or the typed error an error answer stands for."""
    try:
        payload = json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):  # nested past the parser's depth
        payload = None
    envelope: Envelope | None = None
    if isinstance(payload, dict) and ("data" in payload or "error" in payload):
        try:
            envelope = Envelope.model_validate(payload)
        except ValueError:
            envelope = None
    if 200 <= response.status < 300:
        if envelope is None:
            raise ProtocolError(status=response.status)
        if envelope.error is not None:
            raise error_for_status(400)(
                envelope.error.message or None,
                status=response.status,
                code=envelope.error.code,
                details=envelope.error.details,
            )
        return envelope
    error_class = error_for_status(response.status)
    if envelope is not None and envelope.error is not None:
        error = error_class(
            envelope.error.message or None,
            status=response.status,
            code=envelope.error.code,
            details=envelope.error.details,
        )
    else:  # a proxy or load balancer answered (HTML 502 and the like): no server message
        error = error_class(status=response.status)
    if isinstance(error, RateLimitedError):
        error.retry_after = retry_after_seconds(response.headers.get("Retry-After"))
    raise error
