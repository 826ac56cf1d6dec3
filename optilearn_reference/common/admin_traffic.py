"""Admin routes both services share: fault rules and the request log."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .faults import FaultRule, FaultStore, RequestLog
from .http_common import envelope, json_object, parse_as, require_admin

_RULES: TypeAdapter[list[FaultRule]] = TypeAdapter(list[FaultRule])


def _rules_wire(store: FaultStore) -> dict[str, Any]:
    return {"rules": [r.model_dump(mode="json", by_alias=True) for r in store.rules()]}


async def faults_endpoint(request: Request) -> Response:
    require_admin(request)
    store: FaultStore = request.app.state.faults
    if request.method == "POST":
        rule = parse_as(FaultRule, await json_object(request))
        added = store.add(rule)
        return envelope({"rule": added.model_dump(mode="json", by_alias=True)}, 201)
    if request.method == "PUT":
        body = await json_object(request)
        rules = [parse_as(FaultRule, r) for r in _as_list(body.get("rules", []))]
        store.replace(rules)
    elif request.method == "DELETE":
        store.clear()
    return envelope(_rules_wire(store))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


async def requests_endpoint(request: Request) -> Response:
    require_admin(request)
    log: RequestLog = request.app.state.requests
    if request.method == "DELETE":
        log.clear()
        return envelope({"requests": []})
    return envelope({"requests": log.query(request.query_params.get("route"))})


def traffic_admin_routes() -> list[Route]:
    return [
        Route("/admin/faults", faults_endpoint, methods=["GET", "PUT", "POST", "DELETE"]),
        Route("/admin/requests", requests_endpoint, methods=["GET", "DELETE"]),
    ]
