#!/usr/bin/env bash
# The README's first command: install what is missing, build, open the demo event.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh run
cmake --preset default
cmake --build --preset default --target mannam
exec build/mannam --demo "$@"
