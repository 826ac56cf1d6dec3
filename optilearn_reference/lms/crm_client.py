"""OptiLearn's HTTP client for OptiCRM: asked on every call that needs the link graph, no cache."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

import httpx

from ..common.wire import INSTITUTION_HEADER
from ..crm.wire import API_KEY_HEADER, PARENT_CHILDREN, STUDENT_PARENTS, Child, StudentParent

log = logging.getLogger(__name__)


class CrmUnavailable(Exception):
    """OptiCRM did not answer usefully; OptiLearn answers 500 INTERNAL_ERROR."""


class CrmClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 10.0) -> None:
        # trust_env=False: loopback traffic must never go through a configured proxy.
        self._http = httpx.AsyncClient(
            base_url=base_url,
            headers={API_KEY_HEADER: api_key},
            timeout=timeout,
            trust_env=False,
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def parent_children(self, institution_slug: str, parent_contact_id: str) -> list[Child]:
        path = PARENT_CHILDREN.format(parent_contact_id=_segment(parent_contact_id))
        data = await self._get("getParentChildren", path, institution_slug, parent_contact_id)
        try:
            return [Child.from_wire(item) for item in data["children"]]
        except (KeyError, TypeError) as exc:
            log.error("[opticrm] getParentChildren %s: bad payload: %s", parent_contact_id, exc)
            raise CrmUnavailable("getParentChildren: bad payload") from exc

    async def student_parents(self, institution_slug: str, student_id: str) -> list[StudentParent]:
        path = STUDENT_PARENTS.format(student_id=_segment(student_id))
        data = await self._get("getStudentParents", path, institution_slug, student_id)
        try:
            return [StudentParent.from_wire(item) for item in data["parents"]]
        except (KeyError, TypeError) as exc:
            log.error("[opticrm] getStudentParents %s: bad payload: %s", student_id, exc)
            raise CrmUnavailable("getStudentParents: bad payload") from exc

    async def _get(self, operation: str, path: str, institution_slug: str, subject: str) -> Any:
        try:
            response = await self._http.get(path, headers={INSTITUTION_HEADER: institution_slug})
        except httpx.HTTPError as exc:
            log.error("[opticrm] %s %s failed: %s: %s", operation, subject, type(exc).__name__, exc)
            raise CrmUnavailable(f"{operation}: {exc}") from exc
        if response.status_code != 200:
            log.error("[opticrm] %s %s failed: HTTP %s", operation, subject, response.status_code)
            raise CrmUnavailable(f"{operation}: HTTP {response.status_code}")
        try:
            body = response.json()
            return body["data"]
        except (ValueError, KeyError, TypeError) as exc:
            log.error("[opticrm] %s %s failed: body is not an envelope", operation, subject)
            raise CrmUnavailable(f"{operation}: not an envelope") from exc


def _segment(value: str) -> str:
    return quote(value, safe="")
