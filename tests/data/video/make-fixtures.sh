#!/usr/bin/env bash
# Regenerates the scanning test videos in this folder:
#   qr-720p.ogv   1280×720, 30 fps, 2 s, QR of 482173059166284350179429
#   qr-1080p.ogv  1920×1080, 30 fps, 2 s, QR of 482105938277166042158391
# The frames are drawn by mannam-make-scan-fixture (tests/scanning/make_scan_fixture.cpp)
# and encoded to Ogg/Theora with GStreamer's command-line tools (Debian:
# gstreamer1.0-tools, gstreamer1.0-plugins-base), because Qt Multimedia plays Theora
# with the base plugins alone.
#
#   tests/data/video/make-fixtures.sh [BUILD_DIR]     (default: build)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
build="${1:-$root/build}"

command -v gst-launch-1.0 >/dev/null || { echo "gst-launch-1.0 missing: apt-get install gstreamer1.0-tools" >&2; exit 1; }
cmake --build "$build" --target mannam-make-scan-fixture >/dev/null
helper="$(find "$build" -type f -name mannam-make-scan-fixture -perm -u+x | head -n 1)"
[ -n "$helper" ] || { echo "mannam-make-scan-fixture was not built in $build" >&2; exit 1; }

frames="$(mktemp -d)"
trap 'rm -rf "$frames"' EXIT

# make_fixture NAME CODE SIZE MODULE_PIXELS
make_fixture() {
  local name="$1" code="$2" size="$3" module="$4"
  rm -f "$frames"/*.png
  QT_QPA_PLATFORM=offscreen "$helper" --code "$code" --size "$size" --frames 60 --module "$module" --out "$frames"
  # quality 24 of 63: the QR stays crisp, the file stays small (the scene barely changes).
  gst-launch-1.0 -q \
    multifilesrc location="$frames/frame-%03d.png" index=0 stop-index=59 caps="image/png,framerate=30/1" \
    ! pngdec ! videoconvert ! video/x-raw,format=I420 \
    ! theoraenc quality=24 keyframe-freq=30 \
    ! oggmux ! filesink location="$here/$name"
  echo "$name: $(stat -c %s "$here/$name") bytes"
}

make_fixture qr-720p.ogv 482173059166284350179429 1280x720 8
make_fixture qr-1080p.ogv 482105938277166042158391 1920x1080 10
