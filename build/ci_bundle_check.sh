#!/usr/bin/env bash
# CI: build the Linux one-folder bundle and check it with the bundle itself.
#
#   build/ci_bundle_check.sh        (from any directory, inside the project's active venv)
#
# 1. pip install pyinstaller into the active environment, build dist/optilearn-desktop/
# 2. the licence notices (Qt/PySide6 LGPL and the rest) are in the bundle's licences/ folder,
#    every shared library in the bundle resolves (ldd: no "not found")
# 3. --version and --help work with no display
# 4. --self-test passes (user folders under a throw-away OPTILEARN_DESKTOP_HOME)
# 5. a headless --demo --screenshots run saves the 21 expected PNGs
# 5b. a headless --demo --export run writes household.ics and the 3 reports (QtPrintSupport,
#     icalendar and the PDF writer in the bundle)
# 6. the bundle's install-linux-desktop.sh installs the menu entry, metadata and icons
# 0. (Debian/Ubuntu) apt-get installs the X11/Wayland libraries Qt's xcb and wayland plugins link:
#    PyInstaller bundles the ones it finds on the build machine, and the ldd check needs them.
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
EXPECTED_SCREENSHOTS=21  # household, 3 children x 6 tabs, the list, the settings
BUNDLE_DIR="$ROOT/dist/optilearn-desktop"
APP="$BUNDLE_DIR/optilearn-desktop"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

if command -v apt-get >/dev/null 2>&1; then
    step "system libraries for the bundle (apt)"
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get install -y -qq --no-install-recommends \
        libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3 \
        libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
        libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-sync1 \
        libxcb-xfixes0 libxcb-shm0 libxcb-glx0 libwayland-client0 libwayland-cursor0 \
        libcups2 desktop-file-utils >/dev/null
fi

step "install PyInstaller"
python -m pip install -q pyinstaller

step "build the bundle"
python build/build.py
[ -x "$APP" ] || fail "$APP was not built"

step "licences ship in the bundle"
for file in THIRD-PARTY-NOTICES.txt LGPL-3.0.txt GPL-3.0.txt; do
    [ -s "$BUNDLE_DIR/_internal/licences/$file" ] || fail "licences/$file is missing from the bundle"
done
echo "ok"

step "shared libraries resolve"
missing=0
while IFS= read -r -d '' lib; do
    if out=$(LD_LIBRARY_PATH="$BUNDLE_DIR/_internal" ldd "$lib" 2>/dev/null | grep "not found"); then
        printf '%s:\n%s\n' "${lib#"$BUNDLE_DIR"/}" "$out"
        missing=1
    fi
done < <(find "$BUNDLE_DIR" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
[ "$missing" -eq 0 ] || fail "bundle libraries with unresolved dependencies (see above)"
echo "ok"

if command -v desktop-file-validate >/dev/null 2>&1; then
    step "desktop entry"
    # Hints (e.g. "more than one main category" for Education;Office;) are not errors.
    desktop-file-validate resources/optilearn-desktop.desktop \
        || fail "optilearn-desktop.desktop does not validate"
    echo "ok"
fi

step "translations in the bundle"
for qm in optilearn_desktop_en.qm optilearn_desktop_hi.qm; do
    find "$BUNDLE_DIR" -name "$qm" | grep -q . || fail "$qm is not in the bundle"
done
echo "ok"

# Run from an unrelated folder so nothing can come from the source tree.
cd "$WORK"

step "--version and --help without a display"
version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$APP" --version)
echo "$version"
[[ "$version" == optilearn-desktop\ * ]] || fail "unexpected --version output: $version"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$APP" --help >/dev/null || fail "--help"

step "--self-test"
OPTILEARN_DESKTOP_HOME="$WORK/home" timeout 120 env -u DISPLAY -u WAYLAND_DISPLAY "$APP" --self-test \
    || fail "--self-test reported a failure"

step "--demo --screenshots with the bundle (offscreen)"
SHOTS="$WORK/screenshots"
OPTILEARN_DESKTOP_HOME="$WORK/home" QT_QPA_PLATFORM=offscreen timeout 300 \
    "$APP" --demo --screenshots "$SHOTS" 2> >(grep -v 'does not support propagateSizeHints' >&2) \
    || fail "--demo --screenshots exited with an error"
count=0
for png in "$SHOTS"/*.png; do
    [ -e "$png" ] || continue
    # A real PNG: the 8-byte signature, and more than a header.
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] \
        || fail "not a PNG: $png"
    [ "$(stat -c %s "$png")" -gt 1000 ] || fail "suspiciously small: $png"
    count=$((count + 1))
done
echo "$count screenshots"
[ "$count" -eq "$EXPECTED_SCREENSHOTS" ] || fail "expected $EXPECTED_SCREENSHOTS screenshots, got $count"

step "--demo --export with the bundle (offscreen)"
EXPORT="$WORK/export"
OPTILEARN_DESKTOP_HOME="$WORK/home" QT_QPA_PLATFORM=offscreen timeout 300 \
    "$APP" --demo --export "$EXPORT" 2> >(grep -v 'does not support propagateSizeHints' >&2) \
    || fail "--demo --export exited with an error"
grep -q "^BEGIN:VCALENDAR" "$EXPORT/household.ics" || fail "household.ics is not a calendar"
grep -q "^BEGIN:VEVENT" "$EXPORT/household.ics" || fail "household.ics has no event"
reports=0
for pdf in "$EXPORT"/report-*.pdf; do
    [ -e "$pdf" ] || continue
    [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "not a PDF: $pdf"
    reports=$((reports + 1))
done
[ "$reports" -eq 3 ] || fail "expected 3 reports, got $reports"
echo "ok: household.ics and $reports reports"

step "the bundle's menu entry and icons install (install-linux-desktop.sh)"
PREFIX="$WORK/prefix"
"$BUNDLE_DIR/install-linux-desktop.sh" --prefix "$PREFIX" >/dev/null \
    || fail "install-linux-desktop.sh failed"
grep -qx "Exec=$PREFIX/lib/optilearn-desktop/optilearn-desktop" \
    "$PREFIX/share/applications/optilearn-desktop.desktop" || fail "menu entry Exec"
for file in share/metainfo/app.opticrm.learn.desktop.metainfo.xml \
    share/icons/hicolor/scalable/apps/optilearn-desktop.svg \
    share/icons/hicolor/16x16/apps/optilearn-desktop.png \
    share/icons/hicolor/512x512/apps/optilearn-desktop.png; do
    [ -s "$PREFIX/$file" ] || fail "not installed: $file"
done
"$BUNDLE_DIR/install-linux-desktop.sh" --prefix "$PREFIX" --uninstall >/dev/null
[ ! -e "$PREFIX/share/applications/optilearn-desktop.desktop" ] || fail "--uninstall"
echo "ok"

step "bundle check passed ($(du -sh "$BUNDLE_DIR" | cut -f1))"
