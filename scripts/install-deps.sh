#!/usr/bin/env bash
# Installs the Debian 12 packages Mannam needs, and only those that are missing.
#   scripts/install-deps.sh run    what building and running the app needs
#   scripts/install-deps.sh test   that, plus what the test suite uses
# Runs apt-get as root (through sudo when not root). Nothing else is downloaded.
set -euo pipefail

purpose="${1:-run}"

build_packages=(
  cmake make g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-multimedia-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libzxing-dev
)
runtime_packages=(
  qt6-qpa-plugins qt6-translations-l10n
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good   # webcams through Qt Multimedia
  fonts-noto-cjk                                        # Hangul on screen and in PDFs
)
test_packages=(
  poppler-utils   # pdffonts/pdftoppm: check tickets and badges
  xvfb xauth      # screenshots under a virtual display
  imagemagick     # `import` for README screenshots
  gstreamer1.0-tools  # gst-launch-1.0: regenerate the video fixtures
  dpkg-dev file       # cpack -G DEB: dpkg-shlibdeps computes the .deb's library dependencies
  appstream desktop-file-utils  # appstreamcli, desktop-file-validate: check the packaging files
  postgresql      # the shared-event tests start their own server in a temporary directory
  clang libclang-rt-14-dev  # libFuzzer targets and the AddressSanitizer/UBSan build
  llvm            # llvm-symbolizer: sanitizer reports with function names and lines
)

wanted=("${build_packages[@]}" "${runtime_packages[@]}")
if [ "$purpose" = "test" ]; then
  wanted+=("${test_packages[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#wanted[@]} packages are installed."
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
