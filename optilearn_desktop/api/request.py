"""One request to OptiLearn as the client's endpoint methods describe it; the client adds the
institution and bearer headers, the transport sends it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str  # relative to the base URL, or an absolute URL of the same origin
    json: object = None  # the body, already in wire form
    params: Mapping[str, str | int] | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    authed: bool = True  # send the bearer token; refresh it once on 401
    slug: str | None = None  # the institution, when it is not the signed-in one (sign-in)
    max_bytes: int | None = None  # a larger answer is refused; None: the JSON limit

    @property
    def idempotent(self) -> bool:
        """Only a GET may be retried: a repeated write could act twice."""
        return self.method == "GET"
