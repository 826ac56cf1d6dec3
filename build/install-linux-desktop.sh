#!/usr/bin/env bash
# Install OptiLearn Desktop's menu entry and icons for one user (or into a prefix).
#
#   install-linux-desktop.sh [--prefix DIR] [--bundle DIR | --no-bundle] [--uninstall]
#
#   --prefix DIR   where to install (default: ~/.local). Files go to
#                    DIR/share/applications/optilearn-desktop.desktop
#                    DIR/share/icons/hicolor/<size>/apps/optilearn-desktop.{png,svg}
#                    DIR/share/metainfo/app.opticrm.learn.desktop.metainfo.xml
#                  and, with a bundle, DIR/lib/optilearn-desktop/ + DIR/bin/optilearn-desktop.
#   --bundle DIR   also install this one-folder bundle (default: the folder this script is in,
#                  when it sits in an extracted bundle next to the optilearn-desktop executable).
#                  The menu entry then starts the installed bundle by its full path.
#   --no-bundle    only the entry and icons (for a pip install: Exec=optilearn-desktop on PATH).
#   --uninstall    remove everything listed above from the prefix.
#
# Runs desktop-file-validate on the installed entry when it is available.
set -euo pipefail

PREFIX="${HOME}/.local"
BUNDLE=""
AUTO_BUNDLE=1
UNINSTALL=0
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$2"; shift 2 ;;
        --prefix=*) PREFIX="${1#*=}"; shift ;;
        --bundle) BUNDLE="$2"; shift 2 ;;
        --bundle=*) BUNDLE="${1#*=}"; shift ;;
        --no-bundle) AUTO_BUNDLE=0; shift ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

HERE="$(cd "$(dirname "$0")" && pwd)"
if [ -z "$BUNDLE" ] && [ "$AUTO_BUNDLE" -eq 1 ] && [ -x "$HERE/optilearn-desktop" ] \
    && [ -d "$HERE/_internal" ]; then
    BUNDLE="$HERE"
fi

APPS="$PREFIX/share/applications"
ICONS="$PREFIX/share/icons/hicolor"
METAINFO="$PREFIX/share/metainfo"
LIBDIR="$PREFIX/lib/optilearn-desktop"
BINLINK="$PREFIX/bin/optilearn-desktop"
SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPS" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$ICONS/index.theme" ]; then
        gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
    fi
}

if [ "$UNINSTALL" -eq 1 ]; then
    rm -f "$APPS/optilearn-desktop.desktop" "$METAINFO/app.opticrm.learn.desktop.metainfo.xml"
    for size in $SIZES; do rm -f "$ICONS/${size}x${size}/apps/optilearn-desktop.png"; done
    rm -f "$ICONS/scalable/apps/optilearn-desktop.svg"
    if [ -L "$BINLINK" ]; then rm -f "$BINLINK"; fi
    if [ -x "$LIBDIR/optilearn-desktop" ]; then rm -rf "$LIBDIR"; fi
    refresh_caches
    echo "removed OptiLearn Desktop from $PREFIX (your data and settings are kept; see docs/install.md)"
    exit 0
fi

# Inside a bundle (_internal/) or the source tree: the packaging assets are in resources/
# (.desktop, AppStream, the SVG), the PNG icons in optilearn_desktop/resources/ (the app loads them).
RESOURCES=""
PNG_ICONS=""
for candidate in "${BUNDLE:+$BUNDLE/_internal}" "$HERE/.." "$HERE/_internal"; do
    if [ -n "$candidate" ] && [ -f "$candidate/resources/optilearn-desktop.desktop" ]; then
        RESOURCES="$(cd "$candidate/resources" && pwd)"
        PNG_ICONS="$(cd "$candidate/optilearn_desktop/resources/icons" && pwd)"
        break
    fi
done
[ -n "$RESOURCES" ] || { echo "cannot find resources/optilearn-desktop.desktop" >&2; exit 1; }

EXEC="optilearn-desktop"
if [ -n "$BUNDLE" ]; then
    BUNDLE="$(cd "$BUNDLE" && pwd)"
    [ -x "$BUNDLE/optilearn-desktop" ] || { echo "no executable in $BUNDLE" >&2; exit 1; }
    if [ "$BUNDLE" != "$LIBDIR" ]; then
        rm -rf "$LIBDIR"
        mkdir -p "$(dirname "$LIBDIR")"
        cp -a "$BUNDLE" "$LIBDIR"
    fi
    mkdir -p "$(dirname "$BINLINK")"
    ln -sfn "$LIBDIR/optilearn-desktop" "$BINLINK"
    EXEC="$LIBDIR/optilearn-desktop"
    echo "installed the bundle in $LIBDIR (command: $BINLINK)"
fi

mkdir -p "$APPS" "$METAINFO" "$ICONS/scalable/apps"
sed "s|^Exec=.*|Exec=$EXEC|" "$RESOURCES/optilearn-desktop.desktop" \
    > "$APPS/optilearn-desktop.desktop"
chmod 0644 "$APPS/optilearn-desktop.desktop"
install -m 0644 "$RESOURCES/app.opticrm.learn.desktop.metainfo.xml" "$METAINFO/"
for size in $SIZES; do
    install -D -m 0644 "$PNG_ICONS/hicolor/${size}x${size}/apps/optilearn-desktop.png" \
        "$ICONS/${size}x${size}/apps/optilearn-desktop.png"
done
install -m 0644 "$RESOURCES/icons/hicolor/scalable/apps/optilearn-desktop.svg" \
    "$ICONS/scalable/apps/optilearn-desktop.svg"

if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$APPS/optilearn-desktop.desktop"
fi
refresh_caches
echo "installed the menu entry $APPS/optilearn-desktop.desktop and icons in $ICONS"
