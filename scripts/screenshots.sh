#!/usr/bin/env bash
# Regenerates the README screenshots (docs/screenshots/) with the app's own
# widgets (QWidget::grab, offscreen), at 1366x768 and 1920x1080:
#   - the overview and the desk in green, yellow and red, on the demo event
#     (tools/screenshots.cpp);
#   - the bingo kiosk and the big screen, from the screenshot cases of their GUI
#     tests, which stage a game where the next meeting makes a bingo.
# Needs a configured build/ (scripts/test.sh makes one).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target mannam-screenshots tst_kioskwindow tst_bigscreen
export QT_QPA_PLATFORM=offscreen
build/tools/mannam-screenshots docs/screenshots

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
MANNAM_SCREENSHOT_DIR="$staging" build/tests/kiosk/tst_kioskwindow screenshots >/dev/null
MANNAM_SCREENSHOT_DIR="$staging" build/tests/bigscreen/tst_bigscreen screenshots >/dev/null
for size in 1366x768 1920x1080; do
    for screen in kiosk-idle kiosk-second kiosk-meeting kiosk-bingo kiosk-refusal bigscreen; do
        cp "$staging/$screen-$size.png" docs/screenshots/
        echo "wrote docs/screenshots/$screen-$size.png"
    done
done
