"""One HTTP exchange with OptiLearn: deadline, capped body, retries for GETs.

Everything that is about bytes on the wire lives here (what an answer means: answer.py);
`client.py` only knows endpoints.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import random
from collections.abc import AsyncGenerator, Awaitable, Callable

import httpx

from .. import __version__
from .answer import RawResponse, retry_after_seconds
from .config import ClientConfig
from .errors import (
    QT_TRANSLATE_NOOP,
    ApiError,
    OfflineError,
    ProtocolError,
    ResponseTooLargeError,
    ServerError,
)
from .request import Request
from .tls import certificate_error, ssl_context

log = logging.getLogger(__name__)

USER_AGENT = (
    f"OptiLearnDesktop/{__version__} ({platform.system()}; Python {platform.python_version()})"
)
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Marked at import, so that core.wording knows them as ours before any is raised.
TOO_SLOW = QT_TRANSLATE_NOOP(
    "ApiError", "OptiLearn is taking too long to answer. Check your connection and try again."
)
INTERRUPTED = QT_TRANSLATE_NOOP(
    "ApiError", "The connection to OptiLearn was interrupted. Please try again."
)
NOT_SENT = QT_TRANSLATE_NOOP("ApiError", "This request could not be sent to OptiLearn.")


class _Retryable(Exception):
    """A failed attempt that a GET may try again."""

    def __init__(self, error: ApiError, retry_after: float | None = None) -> None:
        self.error = error
        self.retry_after = retry_after


class HttpTransport:
    def __init__(
        self,
        config: ClientConfig,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.config = config
        self._sleep = sleep
        self._jitter = jitter
        self._client = httpx.AsyncClient(
            base_url=config.base_url,
            timeout=httpx.Timeout(
                connect=config.connect_timeout,
                read=config.read_timeout,
                write=config.read_timeout,
                pool=config.connect_timeout,
            ),
            verify=ssl_context(config.ca_bundle),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            follow_redirects=False,  # a redirect could carry the bearer token elsewhere
            trust_env=True,  # HTTPS_PROXY / NO_PROXY as the OS session sets them
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    @property
    def is_closed(self) -> bool:
        return self._client.is_closed

    async def send(self, request: Request) -> RawResponse:
        """Send once (or up to `get_attempts` times for a GET) within the overall deadline.

        Returns any HTTP answer, error statuses included; raises OfflineError, CertificateError
        or ResponseTooLargeError when there is no usable answer.
        """
        attempts = self.config.get_attempts if request.idempotent else 1
        limit = request.max_bytes or self.config.max_json_bytes
        loop = asyncio.get_running_loop()
        give_up_at = loop.time() + self.config.deadline
        try:
            async with asyncio.timeout(self.config.deadline):
                for attempt in range(attempts):
                    try:
                        last = attempt + 1 == attempts
                        return await self._attempt(request, limit, last=last)
                    except _Retryable as failure:
                        if attempt + 1 == attempts or self.is_closed:  # closed: quitting
                            raise failure.error from None
                        delay = self._backoff(attempt, failure.retry_after)
                        if loop.time() + delay >= give_up_at:
                            raise failure.error from None
                        log.info(
                            "retrying %s %s in %.2fs: %s",
                            request.method,
                            request.path,
                            delay,
                            failure.error,
                        )
                        await self._sleep(delay)
        except TimeoutError:
            raise OfflineError(TOO_SLOW) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return retry_after
        # Full jitter keeps many desktops from retrying in lock-step after an outage.
        return self._jitter() * min(
            self.config.backoff_cap, self.config.backoff_base * 2.0**attempt
        )

    async def _attempt(self, request: Request, limit: int, *, last: bool) -> RawResponse:
        try:
            outgoing = self._client.build_request(
                request.method,
                request.path,
                json=request.json,
                params=request.params,
                headers=request.headers,
            )
            response = await self._client.send(outgoing, stream=True)
            try:
                if response.status_code in _RETRY_STATUSES and not last:
                    raise _Retryable(
                        ServerError(status=response.status_code),
                        retry_after_seconds(response.headers.get("Retry-After")),
                    )
                content = await _read_capped(response, limit)
            finally:
                await response.aclose()
        except httpx.ConnectError as exc:
            if (untrusted := certificate_error(exc)) is not None:
                raise untrusted from exc
            raise _Retryable(OfflineError()) from exc
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _Retryable(OfflineError(INTERRUPTED)) from exc
        except httpx.HTTPError as exc:  # a request this app could not even send
            raise ProtocolError(NOT_SENT) from exc
        return RawResponse(response.status_code, response.headers, content)


async def _read_capped(response: httpx.Response, limit: int) -> bytes:
    """Read at most `limit` bytes; a larger answer is refused without buffering it."""
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ResponseTooLargeError(details={"declared": int(declared), "limit": limit})
    chunks: list[bytes] = []
    size = 0
    body = response.aiter_bytes()
    try:
        async for chunk in body:
            size += len(chunk)
            if size > limit:
                raise ResponseTooLargeError(details={"limit": limit})
            chunks.append(chunk)
    finally:
        # Leaving the loop early must close the stream in this task, not in the GC.
        if isinstance(body, AsyncGenerator):
            await body.aclose()
    return b"".join(chunks)
