"""Kiosk memory: RSS after 300 sign-in/sign-out cycles against RSS after the first 10
(budget: within 5 %), beside a bare PySide6 window measured in the same run.

Each cycle is what a front-office PC sees: a parent signs in through the real dialog of the
real entry point (`optilearn_desktop.app.main --kiosk`), the overview loads from the reference
backend, every tab is opened, then the large Sign out button wipes everything. Parents
alternate between a three-children and a one-child household.

    python benchmarks/kiosk.py [--cycles 300]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from harness import HERE, bare, result_of

CYCLES = HERE / "kiosk_cycles.py"  # a few of the same cycles run in the tests


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cycles", type=int, default=300)
    args = parser.parse_args()

    from optilearn_reference.process import DemoServer

    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "OPTILEARN_DESKTOP_HOME": home,  # a kiosk writes nothing; checked below
        }
        with DemoServer() as demo:
            accounts = [demo.account("parent_three"), demo.account("parent_one")]
            bare_before = bare(env)
            result = result_of(
                [str(CYCLES), demo.lms_url, json.dumps(accounts), str(args.cycles)],
                env,
                timeout=1800,
            )
            bare_after = bare(env)
        written = [str(p) for p in Path(home).rglob("*")]
    if result["resumed"] or result["cycles"] != args.cycles:
        raise RuntimeError(f"the kiosk run went wrong: {result}")
    rss = {int(k): v for k, v in result["rss"].items()}
    first, last = rss[10], rss[max(rss)]
    growth = (last - first) / first * 100
    print(
        f"\nOptiLearn Desktop kiosk memory ({max(rss)} sign-in/sign-out cycles, "
        f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']})\n"
    )
    print(f"{'measure':<46}{'MiB':>10}")
    print("-" * 56)
    bare_rss = (bare_before["rss_mib"] + bare_after["rss_mib"]) / 2
    print(f"{'bare QMainWindow, shown (before/after)':<46}{bare_rss:>10.1f}")
    for cycle in sorted(rss):
        print(f"{f'kiosk RSS after cycle {cycle}':<46}{rss[cycle]:>10.1f}")
    print(f"{'growth from cycle 10 to the last':<46}{growth:>9.1f}%   (budget: within 5 %)")
    print(f"{'files written under the app folders':<46}{len(written):>10}")
    ok = abs(growth) <= 5 and not written
    print("\nbudget:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
