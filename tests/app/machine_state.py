"""Run inside the private D-Bus session: one JSON line describing what a program could have
left on this machine: every Secret Service item (label, attributes, a hash of the secret) and
every file below the app's folder (a hash of its bytes). argv: the app's folder."""

from __future__ import annotations

import hashlib
import json
import sys
from contextlib import closing
from pathlib import Path

import secretstorage


def main(app_home: Path) -> None:
    with closing(secretstorage.dbus_init()) as bus:
        collection = secretstorage.get_default_collection(bus)
        items = sorted(
            (
                item.get_label(),
                sorted(item.get_attributes().items()),
                hashlib.sha256(item.get_secret()).hexdigest(),
            )
            for item in collection.get_all_items()
        )
    files = {
        str(path.relative_to(app_home)): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        )
        for path in sorted(app_home.rglob("*"))
    }
    print("STATE " + json.dumps({"items": items, "files": files}), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
