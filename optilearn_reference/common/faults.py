"""Fault injection and the request log, as one pure ASGI middleware around each app.

Pure ASGI (not BaseHTTPMiddleware) so that oversized, dripped and dropped bodies really stream.
Admin routes are never faulted nor logged; /healthz is logged but never faulted.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import itertools
import json
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .http_common import default_code
from .wire import fail

log = logging.getLogger(__name__)

_CHUNK = 64 * 1024


class FaultRule(BaseModel):
    """One rule as the admin API speaks it (camelCase)."""

    model_config = ConfigDict(
        alias_generator=to_camel, validate_by_name=True, serialize_by_alias=True, extra="forbid"
    )

    id: str | None = None
    route: str = "*"  # fnmatch glob over the path
    method: str | None = None
    times: int | None = Field(default=None, ge=0)  # remaining hits; None = unlimited
    latency_ms: int | None = Field(default=None, ge=0)
    status: int | None = Field(default=None, ge=200, le=599)
    code: str | None = None
    retry_after: float | None = Field(default=None, ge=0)  # extra: a Retry-After header
    malformed_json: bool = False
    # Valid JSON nested this deep (`{"data": [[[...]]]}`): deeper than a parser's recursion.
    nested_json_depth: int | None = Field(default=None, ge=1, le=1_000_000)
    oversized_bytes: int | None = Field(default=None, ge=1)
    drop: bool = False
    # Close the connection without answering and without running the app: "unreachable".
    refuse: bool = False
    drip_bytes_per_second: int | None = Field(default=None, ge=1)
    corrupt_section: str | None = None
    # Prepend one row that breaks the contract (a required field gone) to a list section.
    corrupt_row: str | None = None
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.times is not None and self.times <= 0:
            return False
        if self.method and self.method.upper() != method.upper():
            return False
        return fnmatch.fnmatchcase(path, self.route)


class FaultStore:
    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._ids = itertools.count(1)

    def rules(self) -> list[FaultRule]:
        return list(self._rules)

    def add(self, rule: FaultRule) -> FaultRule:
        stored = rule.model_copy(update={"id": rule.id or f"fault_{next(self._ids)}", "hits": 0})
        self._rules.append(stored)
        return stored

    def replace(self, rules: list[FaultRule]) -> list[FaultRule]:
        self._rules = []
        return [self.add(r) for r in rules]

    def clear(self) -> None:
        self._rules = []

    def take(self, method: str, path: str) -> FaultRule | None:
        """The first matching rule, counting the hit against its `times`."""
        for rule in self._rules:
            if rule.matches(method, path):
                rule.hits += 1
                if rule.times is not None:
                    rule.times -= 1
                return rule
        return None


@dataclass
class RequestLog:
    entries: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=50_000))

    def add(self, method: str, path: str, status: int, **extra: Any) -> None:
        self.entries.append({"method": method, "path": path, "status": status, **extra})

    def query(self, route: str | None) -> list[dict[str, Any]]:
        return [e for e in self.entries if route is None or fnmatch.fnmatchcase(e["path"], route)]

    def clear(self) -> None:
        self.entries.clear()


class DroppedConnection(Exception):
    """Raised mid-response on purpose so the server closes the connection (the `drop` fault)."""


class DroppedConnectionLogFilter(logging.Filter):
    """Keeps uvicorn's 'Exception in ASGI application' quiet for deliberate drops."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DroppedConnection)


@dataclass
class _Captured:
    start: Message
    body: bytearray = field(default_factory=bytearray)

    def headers_without_length(self) -> list[tuple[bytes, bytes]]:
        return [(k, v) for k, v in self.start.get("headers", []) if k.lower() != b"content-length"]


class TrafficMiddleware:
    def __init__(self, app: ASGIApp, faults: FaultStore, requests: RequestLog) -> None:
        self.app = app
        self.faults = faults
        self.requests = requests

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/admin"):
            await self.app(scope, receive, send)
            return
        method: str = scope["method"]
        path: str = scope["path"]
        status = 0

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        rule = None if path == "/healthz" else self.faults.take(method, path)
        try:
            if rule is None:
                await self.app(scope, receive, recording_send)
            else:
                await self._apply(rule, scope, receive, recording_send)
        finally:
            extra: dict[str, Any] = {"fault": rule.id} if rule is not None else {}
            user_agent = dict(scope.get("headers") or []).get(b"user-agent", b"")
            extra["userAgent"] = user_agent.decode("latin-1")
            self.requests.add(method, path, status, **extra)

    async def _apply(self, rule: FaultRule, scope: Scope, receive: Receive, send: Send) -> None:
        if rule.latency_ms:
            await asyncio.sleep(rule.latency_ms / 1000)
        if rule.refuse:
            # uvicorn answers 500 for an app that fails before starting a response; a started
            # response with no byte of it written makes it close the connection instead.
            await send({"type": "http.response.start", "status": 503, "headers": []})
            raise DroppedConnection(scope["path"])
        if rule.status is not None:
            await self._send_error(rule, rule.status, send)
        elif rule.malformed_json:
            body = b'{"data": {"children": [{"contactId": "ct_'  # cut off mid-value
            await _send_whole(send, 200, [(b"content-type", b"application/json")], body)
        elif rule.nested_json_depth is not None:
            depth = rule.nested_json_depth
            body = b'{"data": ' + b"[" * depth + b"]" * depth + b', "error": null}'
            await _send_whole(send, 200, [(b"content-type", b"application/json")], body)
        elif rule.oversized_bytes is not None:
            await self._send_oversized(rule.oversized_bytes, receive, send)
        elif rule.drop:
            captured = await self._capture(scope, receive)
            await send(captured.start)
            await send(
                {
                    "type": "http.response.body",
                    "body": bytes(captured.body[: len(captured.body) // 2]),
                    "more_body": True,
                }
            )
            raise DroppedConnection(scope["path"])
        elif rule.drip_bytes_per_second is not None:
            captured = await self._capture(scope, receive)
            await self._drip(captured, rule.drip_bytes_per_second, receive, send)
        elif rule.corrupt_section is not None or rule.corrupt_row is not None:
            captured = await self._capture(scope, receive)
            if rule.corrupt_section is not None:
                body = _corrupt(bytes(captured.body), rule.corrupt_section)
            else:
                body = _corrupt_row(bytes(captured.body), str(rule.corrupt_row))
            await _send_whole(
                send, captured.start["status"], captured.headers_without_length(), body
            )
        else:  # latency only
            await self.app(scope, receive, send)

    async def _send_error(self, rule: FaultRule, status: int, send: Send) -> None:
        code = rule.code or default_code(status)
        body = json.dumps(fail(code, "Injected fault")).encode()
        headers = [(b"content-type", b"application/json")]
        if rule.retry_after is not None:
            headers.append((b"retry-after", f"{rule.retry_after:g}".encode()))
        await _send_whole(send, status, headers, body)

    async def _capture(self, scope: Scope, receive: Receive) -> _Captured:
        start: Message | None = None
        body = bytearray()

        async def capture_send(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))

        await self.app(scope, receive, capture_send)
        if start is None:
            raise RuntimeError("the app finished without starting a response")
        return _Captured(start, body)

    async def _send_oversized(self, size: int, receive: Receive, send: Send) -> None:
        # Chunked (no Content-Length), generated on the fly: memory stays at one chunk.
        head, tail = b'{"data": {"padding": "', b'"}, "error": null}'
        if size < len(head) + len(tail):
            head, tail = b"", b""
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        disconnected = _watch_disconnect(receive)
        try:
            await send({"type": "http.response.body", "body": head, "more_body": True})
            remaining = size - len(head) - len(tail)
            chunk = b"x" * _CHUNK
            while remaining > 0 and not disconnected.is_set():
                part = chunk if remaining >= _CHUNK else chunk[:remaining]
                await send({"type": "http.response.body", "body": part, "more_body": True})
                remaining -= len(part)
                await asyncio.sleep(0)  # let the disconnect watcher run
            await send({"type": "http.response.body", "body": tail, "more_body": False})
        finally:
            _stop_watch(disconnected)

    async def _drip(self, captured: _Captured, rate: int, receive: Receive, send: Send) -> None:
        await send(captured.start)  # keeps the real Content-Length: the body is complete, slow
        body = bytes(captured.body)
        step = max(1, rate // 10)
        disconnected = _watch_disconnect(receive)
        try:
            for offset in range(0, len(body), step):
                if disconnected.is_set():
                    return
                part = body[offset : offset + step]
                await send({"type": "http.response.body", "body": part, "more_body": True})
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(disconnected.wait(), timeout=len(part) / rate)
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            _stop_watch(disconnected)


class _DisconnectEvent(asyncio.Event):
    task: asyncio.Task[None] | None = None


def _watch_disconnect(receive: Receive) -> _DisconnectEvent:
    event = _DisconnectEvent()

    async def watch() -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                event.set()
                return

    event.task = asyncio.get_running_loop().create_task(watch())
    return event


def _stop_watch(event: _DisconnectEvent) -> None:
    if event.task is not None:
        event.task.cancel()


async def _send_whole(
    send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    headers = [*headers, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def _edit_data(body: bytes, edit: Callable[[dict[str, Any]], None]) -> bytes:
    """`body` with its envelope's `data` object changed by `edit` (as it was if not JSON)."""
    try:
        payload = json.loads(body)
    except ValueError:
        return body
    data = payload.get("data") if isinstance(payload, dict) else None
    if isinstance(data, dict):
        edit(data)
    return json.dumps(payload, ensure_ascii=False).encode()


def _corrupt(body: bytes, section: str) -> bytes:
    """Replace `data[section]` with a value of the wrong type (list <-> object <-> number)."""

    def wrong_type(data: dict[str, Any]) -> None:
        current = data.get(section)
        if isinstance(current, list):
            data[section] = "corrupted"
        elif isinstance(current, dict):
            data[section] = ["corrupted"]
        else:
            data[section] = {"corrupted": True}

    return _edit_data(body, wrong_type)


def _corrupt_row(body: bytes, section: str) -> bytes:
    """Put a copy of `data[section][0]` without its first field in front of the list."""

    def broken_row(data: dict[str, Any]) -> None:
        rows = data.get(section)
        if isinstance(rows, list) and rows and isinstance(rows[0], dict):
            broken = dict(rows[0])
            broken.pop(next(iter(broken)))
            rows.insert(0, broken)

    return _edit_data(body, broken_row)
