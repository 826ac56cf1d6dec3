"""The client goes through the proxy the system configures (HTTP(S)_PROXY; on Windows and
macOS the OS settings reach httpx the same way through urllib's getproxies)."""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig


class _ForwardProxy(BaseHTTPRequestHandler):
    seen: list[str] = []

    def _forward(self) -> None:
        type(self).seen.append(f"{self.command} {self.path}")
        target = urlsplit(self.path)  # a proxy receives the absolute URL
        body = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
        upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
        headers = {k: v for k, v in self.headers.items() if k.lower() != "proxy-connection"}
        upstream.request(
            self.command,
            target.path + (f"?{target.query}" if target.query else ""),
            body=body or None,
            headers=headers,
        )
        answer = upstream.getresponse()
        data = answer.read()
        self.send_response(answer.status)
        for key, value in answer.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PATCH = do_PUT = _forward

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[tuple[str, list[str]]]:
    _ForwardProxy.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ForwardProxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _ForwardProxy.seen
    finally:
        server.shutdown()
        server.server_close()


def test_the_system_proxy_is_used(demo, aio, proxy, monkeypatch):
    url, seen = proxy
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", url)
    client = OptiLearnClient(ClientConfig(base_url=demo.lms_url))
    try:
        account = demo.account("parent_one")
        aio(client.sign_in(account["institution_slug"], account["email"], account["password"]))
        assert len(aio(client.children())) == 1
    finally:
        aio(client.aclose())
    assert f"POST {demo.lms_url}/api/v1/auth/login" in seen
    assert f"GET {demo.lms_url}/api/parent/children" in seen
