"""Named, preemptive asyncio tasks for one window (FeelUOwn / parsec style).

Starting a task under a name that is already running cancels the older one, so a slow answer for
the previous child can never land after the answer for the current one. Running tasks are kept
strongly referenced (asyncio only keeps weak ones) and all are cancelled on close.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskRunner:
    def __init__(self) -> None:
        self._named: dict[str, asyncio.Task[object]] = {}
        self._all: set[asyncio.Task[object]] = set()

    def start(
        self,
        name: str,
        coro: Coroutine[Any, Any, T],
        *,
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[T]:
        """Run `coro` as `name`, cancelling an earlier task of that name. Callbacks run on the
        loop's (UI) thread and never for a cancelled task."""
        import asyncio

        self.cancel(name)
        task = asyncio.get_event_loop().create_task(coro, name=name)
        self._named[name] = task
        self._all.add(task)

        def finished(done: asyncio.Task[T]) -> None:
            self._all.discard(done)
            if self._named.get(name) is done:
                del self._named[name]
            if done.cancelled():
                return
            error = done.exception()
            if error is None:
                if on_result is not None:
                    on_result(done.result())
            elif on_error is not None:
                on_error(error)
            else:
                log.error("task %s failed", name, exc_info=error)

        task.add_done_callback(finished)
        return task

    def cancel(self, name: str) -> None:
        task = self._named.pop(name, None)
        if task is not None and not task.done():
            task.cancel()

    def task(self, name: str) -> asyncio.Task[object] | None:
        """The unfinished task of that name, to wait for (screenshots wait for a sign-out)."""
        task = self._named.get(name)
        return task if task is not None and not task.done() else None

    def is_running(self, name: str) -> bool:
        # Until its callbacks have run: a finished task whose result is not on screen yet
        # still counts as running.
        return name in self._named

    def cancel_all(self) -> None:
        for task in list(self._all):
            task.cancel()
        self._named.clear()

    @property
    def running(self) -> int:
        return sum(not t.done() for t in self._all)
