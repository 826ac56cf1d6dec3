"""Delays between background reconnection attempts: growing, jittered, capped."""

from __future__ import annotations

import random
from collections.abc import Callable


class Backoff:
    def __init__(
        self,
        base: float = 5.0,
        cap: float = 300.0,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.base = base
        self.cap = cap
        self._jitter = jitter
        self.attempt = 0

    def next_delay(self) -> float:
        """Base * 2^n, capped, between 50 % and 100 % of it (never two clients in step)."""
        ceiling = min(self.cap, self.base * 2.0**self.attempt)
        self.attempt += 1
        return ceiling * (0.5 + 0.5 * self._jitter())

    def reset(self) -> None:
        self.attempt = 0
