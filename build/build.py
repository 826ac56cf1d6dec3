"""Build the one-folder bundle for the current OS with PyInstaller.

    python build/build.py            # dist/optilearn-desktop/ (and dist/OptiLearn Desktop.app)
    python build/build.py --bare     # dist/bare-window/: a bare QMainWindow, same options
    python build/build.py --archive  # also the download: .tar.gz (Linux) / .zip (Windows, macOS)

Needs `pip install pyinstaller` in the environment that has the app installed. Prints the
bundle's size when done. Work files go to build/work/ (git-ignored), bundles to dist/.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

BUILD = Path(__file__).resolve().parent
ROOT = BUILD.parent
SPEC = BUILD / "optilearn-desktop.spec"
DIST = ROOT / "dist"
WORK = BUILD / "work"


def folder_size(path: Path) -> int:
    """Bytes in regular files below `path` (symlinks counted once, as links)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(dirpath, name)).st_size
    return total


def bundle_dir(bare: bool) -> Path:
    return DIST / ("bare-window" if bare else "optilearn-desktop")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bare", action="store_true", help="build the bare QMainWindow bundle")
    parser.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first")
    parser.add_argument(
        "--archive",
        action="store_true",
        help="also pack the bundle for download (dist/optilearn-desktop-<version>-<os>.*)",
    )
    args = parser.parse_args(argv)
    name = "bare-window" if args.bare else "optilearn-desktop"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK / name),
        *(["--clean"] if args.clean else []),
        str(SPEC),
    ]
    if args.bare:
        command += ["--", "--bare"]
    began = time.monotonic()
    print("+", " ".join(command), flush=True)
    result = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603 - our own interpreter
    if result.returncode != 0:
        print(f"PyInstaller failed with status {result.returncode}", file=sys.stderr)
        return result.returncode
    target = bundle_dir(args.bare)
    if sys.platform.startswith("linux") and not args.bare:
        # Users of the Linux tarball run ./install-linux-desktop.sh from the extracted folder.
        shutil.copy2(BUILD / "install-linux-desktop.sh", target / "install-linux-desktop.sh")
    size = folder_size(target) / (1024 * 1024)
    print(f"built {target.relative_to(ROOT)} in {time.monotonic() - began:.0f} s: {size:.1f} MiB")
    if args.archive and not args.bare:
        archive = pack(target)
        print(f"packed {archive.relative_to(ROOT)}: {archive.stat().st_size / 2**20:.1f} MiB")
    return 0


def pack(folder: Path) -> Path:
    """The download: tar.gz on Linux (keeps the symlinks), zip on Windows, and on macOS a zip of
    the .app made by `ditto` (keeps the framework symlinks and extended attributes)."""
    sys.path.insert(0, str(ROOT))
    from optilearn_desktop import __version__

    if sys.platform == "darwin":
        app = next(DIST.glob("*.app"))
        archive = DIST / f"OptiLearn-Desktop-{__version__}-macos.zip"
        subprocess.run(  # noqa: S603
            ["/usr/bin/ditto", "-c", "-k", "--keepParent", str(app), str(archive)], check=True
        )
        return archive
    if sys.platform == "win32":
        base = DIST / f"optilearn-desktop-{__version__}-windows"
        return Path(shutil.make_archive(str(base), "zip", DIST, folder.name))
    archive = DIST / f"optilearn-desktop-{__version__}-linux.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    return archive


if __name__ == "__main__":
    raise SystemExit(main())
