#!/usr/bin/env bash
# Regenerates the README screenshots (docs/screenshots/) with the app's own
# widgets on the demo event: the overview and the desk in green, yellow and red,
# at 1366x768 and 1920x1080. Needs a configured build/ (scripts/test.sh makes one).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target mannam-screenshots
QT_QPA_PLATFORM=offscreen build/tools/mannam-screenshots docs/screenshots
