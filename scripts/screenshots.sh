#!/usr/bin/env bash
# Regenerates the README screenshots (docs/screenshots/) with the app's own
# widgets (QWidget::grab, offscreen), at 1366x768 and 1920x1080:
#   - the start page, the overview and the desk in green, yellow and red, on the
#     demo event, in English and in Korean (tools/screenshots.cpp);
#   - the bingo kiosk, the big screen and the organizer's screens (setup, import,
#     attendees, dashboard, restore), from the screenshot cases of their GUI
#     tests, which stage the data they show.
# Needs a configured build/ (scripts/test.sh makes one).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target mannam-screenshots tst_kioskwindow tst_bigscreen \
    tst_eventsetup tst_importwizard tst_attendeespage tst_dashboardpage tst_restoredialog \
    tst_sharedeventdialog tst_sharedopening tst_offlinedeskwindow
export QT_QPA_PLATFORM=offscreen MANNAM_TEST_DATA="$PWD/tests/data"
build/tools/mannam-screenshots docs/screenshots
build/tools/mannam-screenshots docs/screenshots ko

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
shoot() { MANNAM_SCREENSHOT_DIR="$staging" "$1" "$2" >/dev/null; }
shoot build/tests/kiosk/tst_kioskwindow screenshots
shoot build/tests/bigscreen/tst_bigscreen screenshots
shoot build/tests/setup/tst_eventsetup screenshots
shoot build/tests/importwizard/tst_importwizard screenshots
shoot build/tests/attendees/tst_attendeespage screenshots
shoot build/tests/dashboard/tst_dashboardpage screenshots
shoot build/tests/backups/tst_restoredialog screenshot
# The shared-event dialog really connects: a throwaway server of its own.
bash scripts/pg-test-server.sh start "$staging/pg" >/dev/null
export MANNAM_TEST_PG_STATE="$staging/pg"
shoot build/tests/sharedui/tst_sharedeventdialog screenshots
shoot build/tests/sharedui/tst_sharedopening screenshots
shoot build/tests/shared/tst_offlinedeskwindow serverAway_bannerSaysSo_scansStayGreen_backOnlineNamesConflicts
bash scripts/pg-test-server.sh stop "$staging/pg"
for size in 1366x768 1920x1080; do
    for screen in kiosk-idle kiosk-second kiosk-meeting kiosk-bingo kiosk-refusal bigscreen; do
        cp "$staging/$screen-$size.png" docs/screenshots/
    done
done
for screen in setup-event setup-kiosk setup-bingo setup-pincard import-preview-1366 import-mapping-1366 \
              import-dryrun-1366 import-done-1366 attendees-1366 attendees-1920 dashboard-1366 dashboard-1920 \
              restore-dialog desk-offline-1366x768 open-shared-event-dialog open-shared-event-password start-shared-1366x768; do
    cp "$staging/$screen.png" docs/screenshots/
done
echo "wrote $(ls "$staging" | wc -l) test screenshots to docs/screenshots/"
