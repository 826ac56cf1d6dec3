"""Run inside a private D-Bus session with an unlocked gnome-keyring (see
test_real_keyring.py): exercises CredentialStore against the real Secret Service and prints
one JSON line of findings for the test to check."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from contextlib import closing

import secretstorage
from keyring.backends import SecretService

from optilearn_desktop.core.credentials import (
    AccountRef,
    CredentialStore,
    KeyringUnavailableError,
)

TOKEN = "rt_real_secret_service_Zq81mN3vX0pL"


def main() -> None:
    backend = SecretService.Keyring()
    found: dict[str, object] = {"priority": backend.priority}
    ref = AccountRef("https://lms.example.org", "northside", "anna.parent@example.org")
    store = CredentialStore(backend)
    found["available"] = store.available
    chosen = type(CredentialStore().backend)  # nobody configured keyring: the platform's own
    found["chosen"] = f"{chosen.__module__}.{chosen.__qualname__}"

    store.save_refresh_token(ref, TOKEN)
    found["token_loaded"] = store.load_refresh_token(ref) == TOKEN
    key = store.create_cache_key(ref)
    fresh = CredentialStore(SecretService.Keyring())  # a new connection, as after a restart
    found["key_loaded"] = fresh.load_cache_key(ref) == key and len(key) == 32
    found["token_reloaded"] = fresh.load_refresh_token(ref) == TOKEN

    with closing(secretstorage.dbus_init()) as bus:
        collection = secretstorage.get_default_collection(bus)
        labels = sorted(item.get_attributes()["username"] for item in collection.get_all_items())
        found["usernames"] = labels
        collection.lock()  # what a screen lock or a timeout does
    try:
        store.load_cache_key(ref)
        found["locked"] = "no error"
    except KeyringUnavailableError as exc:
        found["locked"] = exc.reason
    try:
        store.create_cache_key(ref)
        found["create_while_locked"] = "no error"
    except KeyringUnavailableError as exc:
        found["create_while_locked"] = exc.reason
    found["locked_probe"] = CredentialStore(SecretService.Keyring()).unavailable_reason

    # No prompter runs here, so unlock the way a login does: a daemon given the password.
    subprocess.run(
        [
            shutil.which("gnome-keyring-daemon") or "gnome-keyring-daemon",
            "--replace",
            "--unlock",
            "--components=secrets",
        ],
        input=b"pw",
        stdout=subprocess.DEVNULL,
        check=True,
        timeout=30,
    )
    with closing(secretstorage.dbus_init()) as bus:
        found["unlocked_again"] = not secretstorage.get_default_collection(bus).is_locked()
    if found["unlocked_again"]:
        found["key_survived_lock"] = store.load_cache_key(ref) == key
        store.delete_all(ref)
        found["after_delete"] = [store.load_refresh_token(ref), store.load_cache_key(ref)]
    json.dump(found, sys.stdout)
    print()


if __name__ == "__main__":
    main()
