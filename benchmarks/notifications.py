"""Notification watcher budgets against the real reference backend.

    python benchmarks/notifications.py [--events 10]

Prints: requests per hour and CPU time per hour while idle (an hour of 30 s polls simulated by
running the same 120 rounds back to back), CPU used during a real idle wait between polls (no
busy loop), and the delay from a server event (an admin-API grade) to the alert being handed to
the tray, measured with 1 s and 2 s poll intervals (the 30 s default adds interval/2 on average).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import qasync
import shiboken6
from PySide6.QtWidgets import QApplication

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig
from optilearn_desktop.core.notification_watcher import NotificationWatcher
from optilearn_reference.process import DemoServer

POLLS_PER_HOUR = 3600 // 30


async def signed_in(demo: DemoServer) -> OptiLearnClient:
    account = demo.account("parent_one")
    client = OptiLearnClient(ClientConfig(base_url=demo.lms_url))
    await client.sign_in(account["institution_slug"], account["email"], account["password"])
    return client


async def until(condition, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.005)


async def idle_hour(demo: DemoServer) -> tuple[int, float]:
    """120 rounds (one hour at 30 s) back to back: requests sent and CPU seconds used."""
    client = await signed_in(demo)
    watcher = NotificationWatcher(client, None, interval=0.0)
    cpu = time.process_time()
    watcher.start()
    await until(lambda: watcher._polls >= POLLS_PER_HOUR + 1, limit=120)
    watcher.stop()
    used = time.process_time() - cpu
    requests = watcher.requests
    shiboken6.delete(watcher)  # not left to interpreter shutdown
    await client.aclose()
    return requests, used


async def idle_wait(demo: DemoServer, seconds: float = 5.0) -> float:
    """CPU seconds used while the watcher waits for its next 30 s poll."""
    client = await signed_in(demo)
    watcher = NotificationWatcher(client, None, interval=30.0)
    watcher.start()
    await until(lambda: watcher._polls >= 1)
    cpu = time.process_time()
    await asyncio.sleep(seconds)
    used = time.process_time() - cpu
    watcher.stop()
    shiboken6.delete(watcher)
    await client.aclose()
    return used


async def delays(demo: DemoServer, interval: float, events: int) -> list[float]:
    client = await signed_in(demo)
    child = (await client.children())[0]
    watcher = NotificationWatcher(client, None, interval=interval)
    arrived: list[float] = []
    watcher.arrived.connect(lambda batch: arrived.extend([time.monotonic()] * len(batch)))
    watcher.start()
    await until(lambda: watcher._polls >= 1)
    loop = asyncio.get_running_loop()
    result = []
    for n in range(events):
        await asyncio.sleep(interval * ((n * 0.37) % 1))  # events fall anywhere in the cycle
        sent = time.monotonic()
        await loop.run_in_executor(None, lambda: demo.grade(child.student_id, score=70))
        await until(lambda n=n: len(arrived) > n)
        result.append(arrived[n] - sent)
    watcher.stop()
    shiboken6.delete(watcher)
    await client.aclose()
    return result


async def main_async(events: int) -> None:
    with DemoServer() as demo:
        requests, cpu = await idle_hour(demo)
        waiting = await idle_wait(demo)
        fast = await delays(demo, 1.0, events)
        slower = await delays(demo, 2.0, events)
    print("\nOptiLearn Desktop notification benchmark (real reference backend on 127.0.0.1)\n")
    print(f"{'measure':<58}{'value':>14}")
    print("-" * 72)
    print(f"{'requests per idle hour (30 s polls, full check every 10th)':<58}{requests:>14}")
    print(f"{'CPU seconds per idle hour (120 rounds)':<58}{cpu:>14.3f}")
    print(f"{'CPU seconds during a 5 s wait between polls':<58}{waiting:>14.4f}")
    for label, values, interval in (("1 s", fast, 1.0), ("2 s", slower, 2.0)):
        median = statistics.median(values)
        print(f"{f'event -> tray, median, {label} polls (s)':<58}{median:>14.2f}")
        print(
            f"{'  minus half an interval (fetch and dispatch) (s)':<58}"
            f"{median - interval / 2:>14.2f}"
        )
    overhead = statistics.median(slower) - 1.0
    print(f"{'expected median at the 30 s default (s)':<58}{15 + overhead:>14.1f}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main_async(args.events))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
