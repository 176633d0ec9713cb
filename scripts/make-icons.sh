#!/usr/bin/env bash
# Regenerates the app icon's raster forms from resources/icons/mannam.svg:
#   resources/icons/png/<N>x<N>/mannam.png   (Linux: installed as hicolor icons)
#   resources/icons/mannam.ico               (Windows: exe and installer icon)
#   resources/icons/mannam.icns              (macOS: the bundle's icon)
# Uses Qt's SVG renderer (the one the app draws its window icon with) through a
# small tool in packaging/icon-renderer, built in a temporary folder: needs only
# the build dependencies (cmake, g++, qt6-base-dev, qt6-svg-dev). Run it after
# editing the SVG and commit the results; the build never regenerates them.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cmake -S "$repo/packaging/icon-renderer" -B "$work/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/build" -j2 >/dev/null
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" \
  "$work/build/render-icon" "$repo/resources/icons/mannam.svg" "$work/out"

rm -rf "$repo/resources/icons/png"
cp -r "$work/out/png" "$repo/resources/icons/png"
cp "$work/out/mannam.ico" "$work/out/mannam.icns" "$repo/resources/icons/"
echo "make-icons: wrote resources/icons/png/*/mannam.png, mannam.ico and mannam.icns"
