#!/usr/bin/env bash
# Regenerates the README screenshots: the app on the demo event under a virtual
# display, at 1366x768 and 1920x1080. Needs xvfb and imagemagick
# (scripts/install-deps.sh test installs them) and a built app in build/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data"   # a fresh demo event every time

shoot() { # shoot WIDTH HEIGHT NAME [LANGUAGE]
  local width=$1 height=$2 name=$3 language=${4:-C.UTF-8}
  LANG=$language LC_ALL=$language xvfb-run -a -s "-screen 0 ${width}x${height}x24" bash -c "
    build/mannam --demo -geometry ${width}x${height}+0+0 &
    app=\$!
    sleep 4
    import -window root '$out/$name.png'
    kill \$app"
  echo "wrote $out/$name.png"
}

shoot 1366 768 main-1366x768
shoot 1920 1080 main-1920x1080
