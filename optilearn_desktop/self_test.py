"""`optilearn-desktop --self-test`: check what a frozen build needs and print a readable report.

Checks, in an order that keeps the report useful even if Qt aborts the process (a missing
platform plugin is fatal inside Qt, so the Qt checks run last):

    SQLite            in-memory create/insert, library version, JSON1
    TLS trust store   truststore.SSLContext created and configured; certifi bundle present
    Keyring           the backend in use (the "fail" backend is a warning, not a failure)
    User directories  config/data/cache/log created, probe file written and deleted
    Qt platform plugin  a QGuiApplication starts on the current (or offscreen) platform
    Image formats     png, svg and ico readable
    Language font     a font for the language in use (Devanagari for Hindi); a warning if none

Exit status 0 when every check passes (warnings allowed), 1 otherwise. Works without a display:
with no DISPLAY/WAYLAND_DISPLAY on Linux the Qt probe uses the offscreen platform.
"""

from __future__ import annotations

import os
import platform
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import APP_NAME, __version__

OK, WARN, FAIL = "ok", "warn", "FAIL"
REQUIRED_IMAGE_FORMATS = ("png", "svg", "ico")
_HASHED_CERT = re.compile(r"^[0-9a-fA-F]{8}\.[0-9]$")


@dataclass
class Check:
    name: str
    status: str
    detail: str


class _Failed(Exception):
    """A check's failure with a human-readable reason."""


class _Warning(Exception):
    """A check that passed with a reservation."""


# -- checks -------------------------------------------------------------------------------------


def check_sqlite() -> str:
    import sqlite3

    with sqlite3.connect(":memory:") as db:
        db.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        db.execute("INSERT INTO probe (body) VALUES (?)", ('{"grade": 42}',))
        (count,) = db.execute("SELECT count(*) FROM probe").fetchone()
        if count != 1:
            raise _Failed(f"insert not visible (count={count})")
        try:
            (grade,) = db.execute("SELECT json_extract(body, '$.grade') FROM probe").fetchone()
        except sqlite3.OperationalError as exc:
            raise _Failed(f"SQLite {sqlite3.sqlite_version} has no JSON1: {exc}") from exc
        if grade != 42:
            raise _Failed(f"json_extract returned {grade!r}")
    db.close()
    return f"SQLite {sqlite3.sqlite_version}, in-memory create/insert, JSON1"


def check_tls() -> str:
    import ssl

    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if context.verify_mode != ssl.CERT_REQUIRED or not context.check_hostname:
        raise _Failed("the trust-store context does not verify certificates")
    # truststore asks the OS at handshake time; wrapping a socket-less BIO runs its
    # configuration step (on Linux: finding the system CA file/directory) without a network.
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    context.wrap_bio(incoming, outgoing, server_hostname="learn.opticrm.app")
    parts = [f"truststore {truststore.__version__}", ssl.OPENSSL_VERSION]
    if sys.platform.startswith("linux"):
        source = _linux_ca_source()
        if not source:
            raise _Failed("no system CA certificates found (install ca-certificates)")
        parts.append(f"system CAs: {source}")
    try:
        import certifi
    except ImportError:
        parts.append("certifi: not bundled")
    else:
        where = Path(certifi.where())
        if not where.is_file():
            raise _Failed(f"certifi bundle missing: {where}")
        parts.append(f"certifi: {where}")
    return "; ".join(parts)


def _linux_ca_source() -> str:
    """Where truststore's OpenSSL backend will find the system CAs (its own search order): the
    bundled OpenSSL's compiled-in paths, else the well-known distribution files."""
    import ssl

    defaults = ssl.get_default_verify_paths()
    if defaults.cafile:
        return defaults.cafile
    capath = Path(defaults.capath) if defaults.capath else None
    if capath and capath.is_dir() and any(_HASHED_CERT.match(f) for f in os.listdir(capath)):
        return str(capath)
    for candidate in (
        "/etc/ssl/cert.pem",  # Alpine, Arch, Fedora, RHEL 9+, BSD
        "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # Fedora 44+, RHEL 11+
        "/etc/pki/tls/cert.pem",  # older Fedora, RHEL, CentOS
        "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu
        "/etc/ssl/ca-bundle.pem",  # SUSE
    ):
        if Path(candidate).is_file():
            return candidate
    return ""


def check_keyring() -> str:
    from importlib.metadata import entry_points

    import keyring
    import keyring.backend

    registered = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if not registered:
        # A frozen build without keyring's metadata only ever finds the "fail" backend.
        raise _Failed("no keyring backends registered (entry-point metadata missing)")
    backend = keyring.get_keyring()
    name = _backend_name(backend)
    viable = sorted({_backend_name(b) for b in keyring.backend.get_all_keyring()})
    detail = f"{name} (registered: {', '.join(registered)}; viable: {', '.join(viable) or '-'})"
    if type(backend).__module__.startswith("keyring.backends.fail"):
        raise _Warning(
            f"{detail}; no usable OS keyring (on Linux: a Secret Service such as "
            "gnome-keyring or KWallet), so passwords cannot be remembered"
        )
    return detail


def _backend_name(backend: object) -> str:
    module = type(backend).__module__.removeprefix("keyring.backends.")
    chained = getattr(backend, "backends", None)
    label = f"{module}.{type(backend).__name__}"
    if chained:
        label += "[" + ", ".join(_backend_name(b) for b in chained) + "]"
    return label


def user_directories() -> dict[str, Path]:
    """config/data/cache/log folders; all under `$OPTILEARN_DESKTOP_HOME` when it is set."""
    from .core.app_dirs import AppDirs

    found = AppDirs.default()
    return {"config": found.config, "data": found.data, "cache": found.cache, "log": found.log}


def check_user_dirs() -> str:
    lines = []
    for kind, path in user_directories().items():
        try:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, probe = tempfile.mkstemp(prefix=".self-test-", dir=path)
            try:
                os.write(fd, b"probe")
            finally:
                os.close(fd)
                Path(probe).unlink()
        except OSError as exc:
            raise _Failed(f"{kind} folder {path} not writable: {exc}") from exc
        lines.append(f"{kind} {path}")
    return "writable: " + ", ".join(lines)


def _qt_app() -> object:
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Qt aborts the process when the platform plugin cannot load; the report so far is printed.
    return QGuiApplication([sys.argv[0] if sys.argv else "optilearn-desktop"])


def check_qt_platform() -> str:
    from PySide6.QtGui import QGuiApplication

    _qt_app()
    name = QGuiApplication.platformName()
    if not name:
        raise _Failed("no platform plugin loaded")
    screen = QGuiApplication.primaryScreen()
    size = screen.size() if screen is not None else None
    where = f", screen {size.width()}x{size.height()}" if size is not None else ", no screen"
    return f"'{name}'{where}"


def check_image_formats() -> str:
    from PySide6.QtGui import QImageReader

    _qt_app()
    readable = {bytes(f.data()).decode().lower() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in REQUIRED_IMAGE_FORMATS if f not in readable]
    if missing:
        raise _Failed(f"cannot read {', '.join(missing)} (imageformats plugins missing)")
    return f"{', '.join(REQUIRED_IMAGE_FORMATS)} readable ({len(readable)} formats in all)"


FONT_HINT = (
    "install a Noto Devanagari font (Debian/Ubuntu: fonts-noto-core; Fedora: "
    "google-noto-sans-devanagari-fonts); see docs/install.md"
)


def check_language_font(choice: str | None = None) -> str:
    """The language chosen (`choice`, else the saved one, else the system's) and whether a
    font covers its script; Hindi without a Devanagari font shows empty boxes."""
    from PySide6.QtGui import QFontDatabase

    from .core import language
    from .core.settings import LocalSettings

    _qt_app()
    if choice is None:
        choice = language.load_choice(LocalSettings(user_directories()["config"]))
    code = language.resolve(choice)
    system = QFontDatabase.WritingSystem
    script = system.Devanagari if code == language.HINDI else system.Latin
    families = QFontDatabase.families(script)
    devanagari = QFontDatabase.families(system.Devanagari)
    hindi = f"Hindi: {devanagari[0]}" if devanagari else "no Devanagari font for Hindi"
    if not families:
        raise _Warning(f"language {code}: no font for its script; {FONT_HINT}")
    general = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    shown = general if general in families else families[0]
    return f"language {code} ({shown}); {hindi}"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("SQLite", check_sqlite),
    ("TLS trust store", check_tls),
    ("Keyring", check_keyring),
    ("User directories", check_user_dirs),
    ("Qt platform plugin", check_qt_platform),
    ("Image formats", check_image_formats),
    ("Language font", check_language_font),
)


# -- report -------------------------------------------------------------------------------------


def _header() -> list[str]:
    frozen = bool(getattr(sys, "frozen", False))
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()}, PySide6 {PySide6.__version__}"
    except ImportError as exc:  # reported again, as a failure, by the Qt checks
        qt = f"Qt not importable: {exc}"
    where = getattr(sys, "_MEIPASS", None) if frozen else sys.prefix
    return [
        f"{APP_NAME} {__version__} self-test",
        f"  Python {platform.python_version()} ({platform.python_implementation()}) on "
        f"{platform.platform()}",
        f"  {qt}",
        f"  frozen: {'yes' if frozen else 'no'} ({where})",
    ]


def run_self_test(stream: TextIO | None = None) -> int:
    """Run every check, print the report to `stream` (stdout), return 0 (pass) or 1 (fail)."""
    out = stream if stream is not None else sys.stdout
    if out is None:  # a windowed Windows build started from Explorer: nowhere to print
        out = open(os.devnull, "w")  # noqa: SIM115 - lives until exit
    for line in _header():
        print(line, file=out)
    print(file=out)
    results: list[Check] = []
    for name, check in CHECKS:
        try:
            result = Check(name, OK, check())
        except _Warning as exc:
            result = Check(name, WARN, str(exc))
        except _Failed as exc:
            result = Check(name, FAIL, str(exc))
        except Exception as exc:
            result = Check(name, FAIL, f"{type(exc).__name__}: {exc}")
        results.append(result)
        print(f"[{result.status:^4}] {result.name}: {result.detail}", file=out, flush=True)
    failed = [r.name for r in results if r.status == FAIL]
    warned = [r.name for r in results if r.status == WARN]
    print(file=out)
    if failed:
        print(f"Result: FAILED ({', '.join(failed)})", file=out, flush=True)
        return 1
    note = f" with {len(warned)} warning(s) ({', '.join(warned)})" if warned else ""
    print(f"Result: passed{note}", file=out, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(run_self_test())
