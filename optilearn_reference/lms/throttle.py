"""Sign-in throttling: failed attempts counted per account and per address over a window.

Past the limit, every sign-in for that account (or from that address) is refused with
`429 RATE_LIMITED` and a `Retry-After` until enough failures have aged out, a correct password
included, so guessing cannot go on at full speed. A successful sign-in clears the account's
count. docs/api.md records the limits (a GAP: OptiLearn documents no rate-limit code).
"""

from __future__ import annotations

import math
import time
from collections import defaultdict, deque
from collections.abc import Callable

WINDOW_SECONDS = 15 * 60
ACCOUNT_FAILURES = 5  # per institution + e-mail
ADDRESS_FAILURES = 20  # per client address, over every account


class LoginThrottle:
    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._accounts: defaultdict[str, deque[float]] = defaultdict(deque)
        self._addresses: defaultdict[str, deque[float]] = defaultdict(deque)

    def retry_after(self, account: str, address: str) -> int | None:
        """Seconds until a sign-in may be tried again, or None when it may be tried now."""
        waits = [
            self._wait(self._accounts, account, ACCOUNT_FAILURES),
            self._wait(self._addresses, address, ADDRESS_FAILURES),
        ]
        longest = max((w for w in waits if w is not None), default=None)
        return None if longest is None else max(1, math.ceil(longest))

    def failed(self, account: str, address: str) -> None:
        now = self._now()
        self._accounts[account].append(now)
        self._addresses[address].append(now)

    def succeeded(self, account: str) -> None:
        self._accounts.pop(account, None)

    def clear(self) -> None:
        self._accounts.clear()
        self._addresses.clear()

    def _wait(self, table: defaultdict[str, deque[float]], key: str, limit: int) -> float | None:
        if key not in table:
            return None
        now, failures = self._now(), table[key]
        while failures and failures[0] <= now - WINDOW_SECONDS:
            failures.popleft()
        if not failures:
            del table[key]
            return None
        if len(failures) < limit:
            return None
        # Allowed again once the failures that make the count reach the limit have aged out.
        return failures[len(failures) - limit] + WINDOW_SECONDS - now


def account_key(institution_id: str, email: str) -> str:
    return f"{institution_id}\x00{email.strip().lower()}"
