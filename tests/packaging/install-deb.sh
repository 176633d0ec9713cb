#!/usr/bin/env bash
# Builds the .deb with CPack, installs it on this machine with dpkg, checks the
# installed files and runs the installed /usr/bin/mannam (--version and a CLI
# round trip: new, import, checkin, tickets, export), then removes the package,
# also when a check fails. "Done" for packaging means this passes on a clean
# Debian 12 whose dependencies were installed by scripts/install-deps.sh test.
#
#   install-deb.sh BUILD_DIR FIXTURE_CSV
# Exit 77 (CTest: skipped) when it cannot or must not touch the system's packages.
set -euo pipefail

build_dir="$1"
fixture_csv="$2"
app_id="io.github.mannam.Mannam"
expected_version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")"

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

command -v dpkg >/dev/null || skip "not a Debian system (no dpkg)"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    skip "installing a package needs root, or sudo without a password"
  fi
fi
if dpkg-query -W -f='${Status}' mannam 2>/dev/null | grep -q "installed"; then
  skip "a mannam package is already installed here; this test does not replace or remove it"
fi

work="$(mktemp -d)"
installed=no
cleanup() {
  status=$?
  if [ "$installed" = yes ]; then
    step "dpkg --purge mannam"
    "${as_root[@]}" dpkg --purge mannam >/dev/null || status=1
    if dpkg-query -W -f='${Status}' mannam 2>/dev/null | grep -q "installed"; then
      echo "FAILED: the package is still installed after dpkg --purge" >&2
      status=1
    fi
    [ ! -e /usr/bin/mannam ] || { echo "FAILED: /usr/bin/mannam is left behind" >&2; status=1; }
  fi
  rm -rf "$work"
  exit $status
}
trap cleanup EXIT

started=$(date +%s)

# ------------------------------------------------------------------ build
[ -x "$build_dir/mannam" ] || fail "build the mannam target first ($build_dir/mannam is missing)"
step "cpack -G DEB"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack could not build the package"; }
debs=("$work"/cpack/mannam_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one mannam_*.deb, found: ${debs[*]}"
deb="${debs[0]}"
echo "built $(basename "$deb"): $(stat -c %s "$deb") bytes"

step "control fields"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Section Maintainer Installed-Size
[ "$(dpkg-deb --field "$deb" Package)" = mannam ] || fail "package name is not mannam"
[ "$(dpkg-deb --field "$deb" Version)" = "${expected_version}-1" ] || fail "version is not ${expected_version}-1"
depends="$(dpkg-deb --field "$deb" Depends)"
for needed in libqt6core6 libqt6widgets6 libqt6sql6 libqt6multimedia6 libqt6svg6 libzxing \
              qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql gstreamer1.0-plugins-base \
              gstreamer1.0-plugins-good fonts-noto-cjk qt6-translations-l10n; do
  grep -Eq "(^|, )${needed}[0-9a-z.-]*( |,|$)" <<<"$depends" || fail "Depends lacks $needed"
done

# ------------------------------------------------------------------ install
step "dpkg -i"
installed=yes   # from here on, the trap removes whatever dpkg managed to install
if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive dpkg -i "$deb"; then
  fail "dpkg could not install the package (missing dependencies are listed above)"
fi
dpkg-query -W -f='${Status}\n' mannam | grep -q "install ok installed" || fail "package not fully installed"

step "installed files"
dpkg -L mannam >"$work/files"
for path in /usr/bin/mannam \
            "/usr/share/applications/$app_id.desktop" \
            "/usr/share/metainfo/$app_id.metainfo.xml" \
            "/usr/share/mime/packages/$app_id.xml" \
            "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            "/usr/share/icons/hicolor/16x16/apps/$app_id.png" \
            "/usr/share/icons/hicolor/48x48/apps/$app_id.png" \
            "/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
            "/usr/share/icons/hicolor/512x512/apps/$app_id.png"; do
  grep -qxF "$path" "$work/files" || fail "dpkg -L mannam lacks $path"
  [ -e "$path" ] || fail "$path is listed but not on disk"
done
if grep -Ev '^/(\.|usr(/bin(/mannam)?|/share(/(applications|metainfo|mime|icons|doc)(/.*)?)?)?)$' "$work/files"; then
  fail "the package installs files outside bin/ and the desktop folders (listed above)"
fi
unresolved="$(ldd /usr/bin/mannam | grep 'not found' || true)"
[ -z "$unresolved" ] || fail "the installed binary misses libraries: $unresolved"

step "desktop-file-validate, appstreamcli validate"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
else
  echo "desktop-file-validate not installed (package desktop-file-utils): not checked"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
else
  echo "appstreamcli not installed (package appstream): not checked"
fi

step "Debian's triggers refreshed the desktop caches"
if command -v update-mime-database >/dev/null; then
  [ -f /usr/share/mime/application/x-mannam-event.xml ] \
    || fail "shared-mime-info's trigger did not register application/x-mannam-event"
  grep -q 'mannam' /usr/share/mime/globs2 || fail "*.mannam is not in /usr/share/mime/globs2"
fi
if command -v update-desktop-database >/dev/null; then
  grep -q "application/x-mannam-event=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache \
    || fail "desktop-file-utils' trigger did not map application/x-mannam-event to $app_id.desktop"
fi

# ------------------------------------------------------------------ run the installed binary
# A clean user's environment: no build tree on any path, a fresh home.
mkdir -p "$work/home" "$work/run"
chmod 700 "$work/home"   # it doubles as XDG_RUNTIME_DIR
run_mannam() {
  (cd "$work/run" && env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
       XDG_RUNTIME_DIR="$work/home" /usr/bin/mannam "$@")
}
step "mannam --version"
version_line="$(run_mannam --version)"
echo "$version_line"
[ "$version_line" = "mannam $expected_version" ] || fail "expected 'mannam $expected_version'"

step "round trip: new, import, checkin, tickets, export"
cp "$fixture_csv" "$work/run/attendees.csv"
run_mannam new meetup.mannam --name "Packaging Meetup" --venue "Seoul" --desk Door \
  || fail "mannam new (exit $?)"
run_mannam import meetup.mannam attendees.csv || fail "mannam import (exit $?)"
run_mannam checkin meetup.mannam PKG-TEST-0001 --desk Door || fail "mannam checkin (exit $?)"
if run_mannam checkin meetup.mannam PKG-TEST-0001 --desk Door; then
  fail "a second check-in of the same code was admitted"
fi
run_mannam tickets meetup.mannam --out tickets || fail "mannam tickets (exit $?)"
[ -s "$work/run/tickets/tickets.pdf" ] || fail "mannam tickets wrote no tickets.pdf"
if command -v pdffonts >/dev/null; then
  pdffonts "$work/run/tickets/tickets.pdf" | grep -q "CJK" \
    || fail "tickets.pdf does not embed the CJK font (fonts-noto-cjk)"
fi
run_mannam export meetup.mannam --attendance attendance.csv || fail "mannam export (exit $?)"
cat "$work/run/attendance.csv"
grep -E '^홍길동,.*,yes,[0-9]{4}-[0-9]{2}-[0-9]{2}T[^,]*,Door,.*PKG-TEST-0001' "$work/run/attendance.csv" >/dev/null \
  || fail "the export does not show 홍길동 (PKG-TEST-0001) checked in at Door"
grep -E '^Julia Tanaka,.*,no,,,.*PKG-TEST-0002' "$work/run/attendance.csv" >/dev/null \
  || fail "the export does not show Julia Tanaka (PKG-TEST-0002) as not checked in"

echo "install test passed in $(( $(date +%s) - started )) s (package removal follows)"
