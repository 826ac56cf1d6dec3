"""The app's translations: extract (lupdate), check, compile (lrelease).

    python build/translations.py --update     # source changed: refresh resources/translations/*.ts
    python build/translations.py --check      # CI: exit 1 when a .ts is out of date with the source
    python build/translations.py --compile    # .ts -> .qm into the package (also done on install)

The `.ts` files live in resources/translations/ (packaging assets, edited by translators); the
compiled `.qm` files go to optilearn_desktop/resources/translations/, which the wheel (setup.py's
build step) and the PyInstaller bundle carry. `qt_extra_<lang>.ts` is kept by hand: Qt's own
standard texts for a language Qt ships no translation of (lupdate never touches it).
Uses PySide6's pyside6-lupdate and pyside6-lrelease (PySide6-Essentials).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
PACKAGE = ROOT / "optilearn_desktop"
QM_SUBDIR = Path("optilearn_desktop") / "resources" / "translations"
CATALOGUE = "optilearn_desktop"
LANGUAGES = ("en", "hi")


def _tool(name: str) -> str:
    """pyside6-<name> on PATH, else beside this interpreter (a venv that is not activated)."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    suffix = ".exe" if os.name == "nt" else ""
    beside = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
    if beside.exists():
        return str(beside)
    raise FileNotFoundError(f"pyside6-{name} not found: install PySide6-Essentials")


def sources(package: Path = PACKAGE) -> list[Path]:
    """Every module of the app (the reference server's texts are the school's, not ours)."""
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def catalogue(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{CATALOGUE}_{lang}.ts"


def update(folder: Path = TS_DIR, *, quiet: bool = False) -> None:
    """Refresh every catalogue in `folder` from the source; without locations, so that a .ts
    changes only when a text does (not when a line moves)."""
    folder.mkdir(parents=True, exist_ok=True)
    listing = folder / ".sources.lst"
    listing.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
    try:
        for lang in LANGUAGES:
            command = [
                _tool("lupdate"),
                f"@{listing}",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-ts",
                str(catalogue(lang, folder)),
            ]
            subprocess.run(command, check=True, capture_output=quiet)  # noqa: S603
        english = catalogue("en", folder)
        english.write_text(english_plurals(english.read_text("utf-8")), "utf-8")
    finally:
        listing.unlink(missing_ok=True)


# Unfinished English plurals, empty or half-filled by lupdate from a similar text.
_EMPTY_PLURAL = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*)'
    r'<translation type="unfinished">\s*(?:<numerusform>[^<]*</numerusform>\s*)*</translation>'
)


_PLURAL_MARK = re.compile(r"\((e?s|ren)\)")  # day(s), box(es), child(ren)


def english_plurals(ts: str) -> str:
    """English's two plural forms, written from the source ("%n day(s)" -> "%n day", "%n days"),
    so that the English catalogue is never behind; a form a person wrote is kept, and a source
    without a mark is left unfinished for a person (a test fails until then)."""

    def fill(match: re.Match[str]) -> str:
        source = match.group("source")  # escaped as lupdate writes it, and kept so
        if not _PLURAL_MARK.search(source):  # "%n entries are…": a person writes the forms
            return match.group(0)
        one = _PLURAL_MARK.sub("", source)
        many = _PLURAL_MARK.sub(r"\1", source)
        return (
            match.group(1)
            + "<translation>\n"
            + f"            <numerusform>{one}</numerusform>\n"
            + f"            <numerusform>{many}</numerusform>\n"
            + "        </translation>"
        )

    return _EMPTY_PLURAL.sub(fill, ts)


def stale() -> list[str]:
    """The catalogues that `update` would change (empty when all are up to date)."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for lang in LANGUAGES:
            shutil.copy2(catalogue(lang), catalogue(lang, copy))
        update(copy, quiet=True)
        return [
            catalogue(lang).name
            for lang in LANGUAGES
            if not filecmp.cmp(catalogue(lang), catalogue(lang, copy), shallow=False)
        ]


def compile_all(target_root: Path = ROOT) -> list[Path]:
    """Every .ts in resources/translations -> `target_root`/optilearn_desktop/resources/
    translations/<name>.qm (the source tree itself by default, or a build folder)."""
    out = target_root / QM_SUBDIR
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = out / (ts.stem + ".qm")
        command = [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]
        subprocess.run(command, check=True)  # noqa: S603
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--update", action="store_true")
    group.add_argument("--check", action="store_true")
    group.add_argument("--compile", action="store_true")
    args = parser.parse_args(argv)
    if args.update:
        update()
    elif args.check:
        out_of_date = stale()
        if out_of_date:
            print(
                "out of date with the source: "
                + ", ".join(out_of_date)
                + " (run python build/translations.py --update, then translate)",
                file=sys.stderr,
            )
            return 1
        print("translations up to date")
    else:
        for qm in compile_all():
            print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
