"""Connection settings of the OptiLearn client: where, how long, how much."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..models.routes import PRODUCTION_BASE_URL

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ClientConfig:
    base_url: str = PRODUCTION_BASE_URL
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    deadline: float = 30.0  # the whole call, retries included: a dripping server is cut off
    max_json_bytes: int = 8 * MiB
    max_file_bytes: int = 25 * MiB
    get_attempts: int = 3  # idempotent GETs only; POST/PATCH/PUT are sent once
    backoff_base: float = 0.25
    backoff_cap: float = 4.0
    ca_bundle: Path | None = None  # extra CA for TLS-inspecting school proxies

    def __post_init__(self) -> None:
        check_base_url(self.base_url)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> None:
    """https only; plain http is allowed for loopback (the bundled demo backend) and nothing else,
    so tokens never cross a network in clear text."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValueError(f"refusing plain http to a non-local host: {url!r}")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValueError(f"the server URL must not carry credentials, query or fragment: {url!r}")


def same_origin(url: str, base_url: str) -> bool:
    a, b = urlsplit(url), urlsplit(base_url)
    return (a.scheme, a.hostname, a.port) == (b.scheme, b.hostname, b.port)
