"""First run of a parent who ticks "Keep me signed in", driven through the app's own services
(no window): sign in, load every child's overview into the encrypted cache, quit.

Run under a D-Bus session with an unlocked gnome-keyring; argv: server URL, slug, email,
password. The app's folders come from OPTILEARN_DESKTOP_HOME.
"""

from __future__ import annotations

import asyncio
import sys

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig
from optilearn_desktop.core.app_dirs import AppDirs
from optilearn_desktop.core.credentials import CredentialStore
from optilearn_desktop.core.parent_data import ParentData
from optilearn_desktop.core.session import Session
from optilearn_desktop.core.settings import LocalSettings


async def main(server: str, slug: str, email: str, password: str) -> int:
    dirs = AppDirs.default().ensure()
    config = ClientConfig(base_url=server)
    session = Session(
        lambda **kw: OptiLearnClient(config, **kw),
        server_url=server,
        credentials=CredentialStore(),
        settings=LocalSettings(dirs.config),
        cache_dir=dirs.cache,
    )
    await session.probe_keyring()
    if session.keyring_problem:
        print(f"keyring: {session.keyring_problem}", file=sys.stderr)
        return 3
    await session.sign_in(slug, email, password, keep_signed_in=True)
    data = ParentData(session.client, cache=session.cache)
    await data.refresh_children()
    for child in data.children:
        await data.refresh_overview(child.contact_id)
    await session.leave()
    print(f"cached {len(data.children)} children")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main(*sys.argv[1:5])))
