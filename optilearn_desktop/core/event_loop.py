"""What qasync leaves out of asyncio's loop set-up."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncGenerator
from typing import Any


def install_asyncgen_hooks(loop: asyncio.AbstractEventLoop) -> None:
    """qasync never installs asyncio's async-generator finalizer. Without it an async generator
    left early (an httpx body stream abandoned at the size cap or on cancel) is finalized by the
    garbage collector outside any task, and its cleanup fails. Close it in a task instead, as
    asyncio's own loops do."""

    def finalizer(agen: AsyncGenerator[Any, Any]) -> None:
        if not loop.is_closed():
            loop.call_soon_threadsafe(loop.create_task, agen.aclose())

    sys.set_asyncgen_hooks(finalizer=finalizer)
