"""CredentialStore against the real Secret Service: gnome-keyring in a private D-Bus session.

Needs `dbus-run-session` and `gnome-keyring-daemon` (Debian: dbus, gnome-keyring) plus the
secretstorage/jeepney wheels that keyring pulls in on Linux. Skipped, with the reason, elsewhere.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from ..keyring_session import MISSING, SKIP_REASON, keyring_home, run_in_keyring_session

SCRIPT = Path(__file__).with_name("secret_service_check.py")

pytestmark = [
    pytest.mark.skipif(
        bool(MISSING),
        reason=SKIP_REASON,
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("secretstorage") is None,
        reason="real Secret Service test needs the secretstorage package",
    ),
]


def test_round_trip_lock_and_delete_through_gnome_keyring() -> None:
    with keyring_home() as (_home, env):
        result = run_in_keyring_session(
            'exec "$0" "$1"', sys.executable, str(SCRIPT), env=env, timeout=90
        )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["priority"] > 0 and found["available"] is True
    assert found["chosen"] == "keyring.backends.SecretService.Keyring"
    assert found["token_loaded"] and found["token_reloaded"] and found["key_loaded"]
    assert found["usernames"] == [
        "northside/anna.parent@example.org#cache-key",
        "northside/anna.parent@example.org#refresh",
    ]
    assert found["locked"] == found["create_while_locked"] == "The keyring is locked"
    assert found["locked_probe"] == "The keyring is locked"
    assert found["unlocked_again"] and found["key_survived_lock"]
    assert found["after_delete"] == [None, None]
    assert "rt_real_secret_service" not in result.stderr  # nothing logged the token
