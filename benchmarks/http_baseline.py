"""The network's share of a sign-in: a plain httpx script making the calls the app needs
between "Sign in" and the first child's overview (login, children, overview), against the same
reference backend, so that benchmarks/window.py can report the app's own time on top of them.

    python benchmarks/http_baseline.py SERVER INSTITUTION EMAIL PASSWORD [RUNS]

Prints `RESULT {"http_ms": [...]}`: one figure per run, a fresh client (new connection) each
time, as a sign-in has. Paths and bodies are written out here rather than taken from the app,
so the baseline shares none of the app's code.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import httpx


async def three_calls(server: str, institution: str, email: str, password: str) -> float:
    # Timed from the first call: building the client (its TLS context) happens before "Sign in"
    # in the app too, so it is no part of the round trips.
    async with httpx.AsyncClient(base_url=server, timeout=30) as client:
        began = time.perf_counter()
        headers = {"X-Institution-Slug": institution}
        login = await client.post(
            "/api/v1/auth/login",
            json={"institutionSlug": institution, "email": email, "password": password},
            headers=headers,
        )
        headers["Authorization"] = (
            f"Bearer {login.raise_for_status().json()['data']['accessToken']}"
        )
        children = (await client.get("/api/parent/children", headers=headers)).json()
        ordered = sorted(children["data"]["children"], key=lambda c: not c["isPrimary"])
        overview = await client.get(
            f"/api/parent/children/{ordered[0]['contactId']}/overview", headers=headers
        )
        overview.raise_for_status().json()
        return (time.perf_counter() - began) * 1000


async def main(server: str, institution: str, email: str, password: str, runs: int) -> None:
    figures = [await three_calls(server, institution, email, password) for _ in range(runs)]
    print("RESULT " + json.dumps({"http_ms": figures}), flush=True)


if __name__ == "__main__":
    server, institution, email, password = sys.argv[1:5]
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 5
    asyncio.run(main(server, institution, email, password, runs))
