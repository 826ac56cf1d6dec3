"""Which links the app may hand to the operating system (reliability-security.md).

Only https to the institution's own OptiLearn host (plain http only for a loopback demo server).
file:, smb:, javascript:, custom schemes and other hosts are refused, whatever the server sent.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..api.config import check_base_url


class LinkPolicy:
    def __init__(self, base_url: str) -> None:
        check_base_url(base_url)
        parts = urlsplit(base_url)
        self.base_url = base_url.rstrip("/")
        self._allowed = {(parts.scheme, (parts.hostname or "").lower(), parts.port)}

    def allows(self, url: str) -> bool:
        if not isinstance(url, str) or any(ch in url for ch in "\r\n\t\\") or url != url.strip():
            return False
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            return False
        if parts.username or parts.password:
            return False
        return (parts.scheme.lower(), (parts.hostname or "").lower(), port) in self._allowed

    def page(self, path: str) -> str:
        """The address of one of the school server's own pages (a path from models.routes)."""
        return self.base_url + path
