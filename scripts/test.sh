#!/usr/bin/env bash
# The README's second command (and CI's): install what is missing, build
# everything, run every test. Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
cmake --preset default
cmake --build --preset default
ctest --preset default
