"""The OptiLearn stand-in as one ASGI app (public API + admin API + fault middleware)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.types import ASGIApp

from ..common.clock import utc_now
from ..common.faults import FaultStore, RequestLog, TrafficMiddleware
from ..common.http_common import EXCEPTION_HANDLERS
from ..common.sqlite_db import open_db
from ..notifications.api import notification_routes
from ..notifications.service import DigestScheduler, NotificationService
from .admin import admin_routes
from .api import public_routes
from .crm_client import CrmClient
from .seed import seed_lms
from .throttle import LoginThrottle


def create_lms_app(
    db_path: Path, crm_url: str, crm_api_key: str, admin_key: str, access_ttl: int
) -> ASGIApp:
    faults, requests = FaultStore(), RequestLog()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        conn = open_db(db_path)
        seed_lms(conn, utc_now())
        crm = CrmClient(crm_url, crm_api_key)
        service = NotificationService(conn, crm)
        scheduler = DigestScheduler(service)
        app.state.conn = conn
        app.state.crm = crm
        app.state.notifications = service
        scheduler.start()
        try:
            yield
        finally:
            await scheduler.stop()
            await crm.aclose()
            conn.close()

    app = Starlette(
        routes=[*public_routes(), *notification_routes(), *admin_routes()],
        exception_handlers=EXCEPTION_HANDLERS,
        lifespan=lifespan,
    )
    app.state.admin_key = admin_key
    app.state.access_ttl = access_ttl
    app.state.login_throttle = LoginThrottle()
    app.state.faults = faults
    app.state.requests = requests
    return TrafficMiddleware(app, faults, requests)
