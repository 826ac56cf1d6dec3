"""Kiosk mode policy: the machine-wide `policy.toml` IT uses to force kiosk mode, plus `--kiosk`.

Kiosk mode is for shared front-office PCs: parent after parent signs in and nothing may be
remembered. IT drops one file in the platform's site config folder::

    [kiosk]
    enabled = true                # force kiosk mode
    institution = "svpms"         # fixed institution slug: the sign-in form shows it, not editable
    idle_timeout_seconds = 120    # sign out after this long without input

Where the file is looked for (`policy_paths()`, first existing file wins):

- Linux and other Unix: ``/etc/xdg/OptiLearnDesktop/policy.toml``, then
  ``<dir>/OptiLearnDesktop/policy.toml`` for each absolute ``<dir>`` in ``$XDG_CONFIG_DIRS``
  (platformdirs' ``site_config_dir`` with ``multipath=True``).
- Windows: ``C:\\ProgramData\\OptiLearn\\OptiLearnDesktop\\policy.toml`` (the Common AppData
  known folder, author folder then app folder).
- macOS: ``/Library/Application Support/OptiLearnDesktop/policy.toml``, then whatever
  platformdirs adds (``$XDG_CONFIG_DIRS`` entries, or ``<homebrew prefix>/share/...`` when
  running on a Homebrew Python).

The built-in location always comes first, ahead of what platformdirs derives from environment
variables (``$XDG_CONFIG_DIRS`` on Linux and macOS, ``WIN_PD_OVERRIDE_COMMON_APPDATA`` on
Windows): those are under the signed-in user's control, and a user must not be able to hide or
shadow IT's file by setting one. For the same reason `OPTILEARN_DESKTOP_POLICY` (a test and
trial hook naming a policy file) is read only when no machine-wide file exists.

Rules (see `load_policy`):

- No file: not kiosk, unless `--kiosk` (`merge_cli`).
- A file that exists but cannot be used (unreadable, not a regular file, over 64 KiB, not UTF-8,
  not TOML, no ``[kiosk]`` table, ``enabled`` not true/false) fails closed: kiosk mode ON with
  default settings and no fixed institution, and `KioskPolicy.problem` tells IT what is wrong.
  IT's intent was almost certainly kiosk; failing open would leave parents' data on the disk.
- A ``[kiosk]`` table without ``enabled`` turns kiosk on; only ``enabled = false`` turns it off.
- A bad ``institution`` (not a slug) or ``idle_timeout_seconds`` (not a number) falls back to
  its default (no fixed institution, 120 s) with a `problem`; kiosk still follows ``enabled``.
- ``idle_timeout_seconds`` outside 30..3600 is clamped (logged, not a problem).
- Unknown keys and tables are ignored and logged.
- ``institution`` and the timeout take effect only in kiosk mode, whether the file or `--kiosk`
  turned it on; with ``enabled = false`` they are kept for a `--kiosk` run.

No Qt on import: the app reads this before it builds any window, when `policy_probe.py` finds
that a policy file or `--kiosk` can apply. A problem is kept as English templates and values,
logged in English and worded in the language in use when shown (`KioskPolicy.problem`).
"""

from __future__ import annotations

import logging
import math
import os
import re
import stat
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NamedTuple

from platformdirs import PlatformDirs

from ..api.errors import fill
from .app_dirs import APP_AUTHOR, APP_NAME
from .policy_probe import POLICY_ENV, POLICY_FILENAME
from .text_marks import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MAX_POLICY_BYTES = 64 * 1024  # a real policy is a few hundred bytes; anything big is not one
DEFAULT_IDLE_TIMEOUT_S = 120.0
MIN_IDLE_TIMEOUT_S = 30.0  # shorter and a parent reading a report gets signed out mid-sentence
MAX_IDLE_TIMEOUT_S = 3600.0  # longer and the next parent finds the previous one still signed in
MAX_COUNTDOWN_S = 20.0
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
_KNOWN_KEYS = frozenset({"enabled", "institution", "idle_timeout_seconds"})
CONTEXT = "KioskPolicy"  # the templates' translation context (lupdate reads it written out)


class Said(NamedTuple):
    """A sentence for IT: a template marked for translation and its values (a value may be a
    Said of its own), worded when shown."""

    template: str
    values: tuple[object, ...] = ()

    def words(self, *, translated: bool = True) -> str:
        template = self.template
        if translated:  # Qt is loaded by the time a parent or IT is shown the words
            from .wording import translate

            template = translate(CONTEXT, self.template)
        values = (v.words(translated=translated) if isinstance(v, Said) else v for v in self.values)
        return fill(template, *values)


def countdown_for(idle_timeout_s: float) -> float:
    """The visible countdown: the last 20 seconds, or the last half of a shorter timeout."""
    return min(MAX_COUNTDOWN_S, idle_timeout_s / 2)


@dataclass(frozen=True)
class KioskPolicy:
    """What kiosk mode the app runs in. `problem` is a plain-language message for IT, shown in
    the app, when the policy file could not be used as written ("" when all is well)."""

    enabled: bool = False
    institution: str = ""  # "" = the parent types it; otherwise fixed and shown read-only
    idle_timeout_s: float = DEFAULT_IDLE_TIMEOUT_S
    countdown_s: float = MAX_COUNTDOWN_S
    source: Path | None = None  # the policy file this came from
    problems: tuple[Said, ...] = ()

    @property
    def problem(self) -> str:
        """The problems in the language in use ("" when all is well)."""
        return " ".join(said.words() for said in self.problems)


def policy_paths() -> list[Path]:
    """Machine-wide policy file locations, most authoritative first (see the module docstring)."""
    dirs: list[Path] = []
    builtin = _builtin_site_config_dir()
    if builtin is not None:
        dirs.append(builtin)
    # multipath=True joins every site config dir with os.pathsep (XDG_CONFIG_DIRS on Unix).
    joined = PlatformDirs(APP_NAME, APP_AUTHOR, multipath=True).site_config_dir
    # A relative entry would resolve against the working directory, which anyone can choose.
    dirs += [Path(p) for p in joined.split(os.pathsep) if p and Path(p).is_absolute()]
    unique: list[Path] = []
    for d in dirs:
        if d not in unique:
            unique.append(d)
    return [d / POLICY_FILENAME for d in unique]


def _builtin_site_config_dir() -> Path | None:
    """The platform's site config folder as platformdirs computes it with no environment
    overrides; None when it cannot be determined (then platformdirs' own answer stands)."""
    if sys.platform == "win32":
        try:
            from platformdirs.windows import get_win_folder_via_ctypes

            base = get_win_folder_via_ctypes("CSIDL_COMMON_APPDATA")
        except Exception:  # a platformdirs without it, or a shell API failure
            log.warning("kiosk policy: cannot resolve ProgramData", exc_info=True)
            return None
        return Path(os.path.normpath(base)) / APP_AUTHOR / APP_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME
    if sys.platform in ("android", "ios", "emscripten", "wasi"):
        return None
    return Path("/etc/xdg") / APP_NAME


def load_policy(
    paths: Sequence[Path] | None = None, environ: Mapping[str, str] | None = None
) -> KioskPolicy:
    """The policy from the first existing file in `paths` (default `policy_paths()`), else from
    the file `OPTILEARN_DESKTOP_POLICY` names, else the default (not kiosk). Never raises."""
    for path in policy_paths() if paths is None else paths:
        policy = _load_file(Path(path))
        if policy is not None:
            return policy
    override = (os.environ if environ is None else environ).get(POLICY_ENV, "").strip()
    if override:
        path = Path(override).expanduser()
        policy = _load_file(path)
        if policy is not None:
            return policy
        log.warning("kiosk policy: %s names %s, which does not exist", POLICY_ENV, path)
    return KioskPolicy()


def merge_cli(policy: KioskPolicy, kiosk_flag: bool) -> KioskPolicy:
    """Apply `--kiosk`: the command line can turn kiosk mode on but never off."""
    return replace(policy, enabled=policy.enabled or kiosk_flag)


class _Unusable(Exception):
    """The file exists but is not something we will read as a policy."""

    def __init__(self, why: Said) -> None:
        super().__init__(why.words(translated=False))
        self.why = why


def _load_file(path: Path) -> KioskPolicy | None:
    """The policy in `path`; None when there is no such file (so the next location is tried)."""
    try:
        data = _read_capped(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except _Unusable as exc:
        return _fail_closed(path, exc.why)
    except OSError as exc:
        # Exists (or may exist) but cannot be read: e.g. permissions IT set too tight.
        why = QT_TRANSLATE_NOOP("KioskPolicy", "it cannot be read (%1)")
        return _fail_closed(path, Said(why, (exc.strerror or exc,)))
    try:
        text = data.decode("utf-8-sig")  # -sig: Windows Notepad may save a byte order mark
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        why = QT_TRANSLATE_NOOP("KioskPolicy", "it is not UTF-8 text (line %1, byte %2)")
        return _fail_closed(path, Said(why, (line, exc.start)))
    import tomllib  # only when a file exists: start-up stays lean without one

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # The message carries "(at line L, column C)" for IT to find the mistake.
        return _fail_closed(
            path, Said(QT_TRANSLATE_NOOP("KioskPolicy", "it is not valid TOML: %1"), (exc,))
        )
    except RecursionError:  # tomllib recurses into nested arrays and inline tables
        return _fail_closed(path, Said(QT_TRANSLATE_NOOP("KioskPolicy", "it is nested too deeply")))
    except ValueError:  # e.g. an integer over Python's 4300-digit conversion limit
        return _fail_closed(
            path, Said(QT_TRANSLATE_NOOP("KioskPolicy", "it holds a value too large to read"))
        )
    return _interpret(path, document)


def _read_capped(path: Path) -> bytes:
    # O_NONBLOCK: opening a FIFO planted at the path must not hang the app (harmless on files).
    # O_BINARY: Windows text mode would stop at a Ctrl-Z byte and rewrite line ends.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _Unusable(Said(QT_TRANSLATE_NOOP("KioskPolicy", "it is not a regular file")))
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_POLICY_BYTES:
            chunk = os.read(fd, MAX_POLICY_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > MAX_POLICY_BYTES:
        too_big = QT_TRANSLATE_NOOP("KioskPolicy", "it is larger than %1 KiB")
        raise _Unusable(Said(too_big, (MAX_POLICY_BYTES // 1024,)))
    return b"".join(chunks)


def _fail_closed(path: Path, why: Said) -> KioskPolicy:
    problem = Said(
        QT_TRANSLATE_NOOP(
            "KioskPolicy",
            "The kiosk policy file %1 could not be used: %2. Kiosk mode is on with default "
            "settings until the file is fixed.",
        ),
        (path, why),
    )
    log.error("%s", problem.words(translated=False))
    return KioskPolicy(enabled=True, source=path, problems=(problem,))


def _interpret(path: Path, document: dict[str, Any]) -> KioskPolicy:
    for key in sorted(document.keys() - {"kiosk"}):
        log.warning("kiosk policy %s: ignoring unknown setting %r", path, key)
    table = document.get("kiosk")
    if table is None:
        return _fail_closed(
            path, Said(QT_TRANSLATE_NOOP("KioskPolicy", "it has no [kiosk] section"))
        )
    if not isinstance(table, dict):
        return _fail_closed(
            path, Said(QT_TRANSLATE_NOOP("KioskPolicy", "'kiosk' must be a [kiosk] section"))
        )
    for key in sorted(table.keys() - _KNOWN_KEYS):
        log.warning("kiosk policy %s: ignoring unknown setting [kiosk] %r", path, key)

    enabled = table.get("enabled", True)  # the section's presence says kiosk; opt out explicitly
    if not isinstance(enabled, bool):
        why = QT_TRANSLATE_NOOP("KioskPolicy", "'enabled' must be true or false, not %1")
        return _fail_closed(path, Said(why, (_shown(enabled),)))

    problems: list[Said] = []
    institution = ""
    raw_institution = table.get("institution", "")
    slug = raw_institution.strip().lower() if isinstance(raw_institution, str) else None
    if slug is not None and (slug == "" or _SLUG.fullmatch(slug)):
        institution = slug
    else:
        bad_institution = QT_TRANSLATE_NOOP(
            "KioskPolicy",
            "'institution' must be an institution code of lowercase letters, digits and "
            'hyphens (like "svpms"), not %1; parents must type it.',
        )
        problems.append(Said(bad_institution, (_shown(raw_institution),)))

    timeout = DEFAULT_IDLE_TIMEOUT_S
    if "idle_timeout_seconds" in table:
        raw_timeout = table["idle_timeout_seconds"]
        clamped = _clamp_timeout(raw_timeout, f"{path} idle_timeout_seconds")
        if clamped is None:
            bad_timeout = QT_TRANSLATE_NOOP(
                "KioskPolicy",
                "'idle_timeout_seconds' must be a number of seconds, not %1; using %2.",
            )
            problems.append(Said(bad_timeout, (_shown(raw_timeout), f"{DEFAULT_IDLE_TIMEOUT_S:g}")))
        else:
            timeout = clamped

    if problems:
        has = QT_TRANSLATE_NOOP("KioskPolicy", "The kiosk policy file %1 has problems:")
        problems.insert(0, Said(has, (path,)))
        log.error("%s", " ".join(said.words(translated=False) for said in problems))
    return KioskPolicy(
        enabled=enabled,
        institution=institution,
        idle_timeout_s=timeout,
        countdown_s=countdown_for(timeout),
        source=path,
        problems=tuple(problems),
    )


def _shown(value: object, limit: int = 40) -> str:
    """`value` for a message IT reads in the app: repr (control characters escaped), cut short."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clamp_timeout(value: object, what: str) -> float | None:
    """`value` seconds clamped to 30..3600; None when it is not a usable number."""
    # bool is an int subclass, and `true` is not a duration.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    # Clamp before float(): a 400-digit TOML integer would overflow the conversion.
    clamped = min(max(value, MIN_IDLE_TIMEOUT_S), MAX_IDLE_TIMEOUT_S)
    if clamped != value:
        log.warning("kiosk policy: %s %r clamped to %g seconds", what, value, clamped)
    return float(clamped)
