#!/usr/bin/env bash
# The README's second command (and CI's): install what is missing, build
# everything, run every test; then the same suite again under AddressSanitizer
# and UndefinedBehaviorSanitizer (clang, the "sanitize" preset), with the
# libFuzzer targets of tests/fuzz each fuzzing for a bounded time.
# Exits non-zero when anything fails in either build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test

failed=0
cmake --preset default
cmake --build --preset default
ctest --preset default || failed=1

# The sanitizer options (halt on the first report, suppressions) live in the
# "sanitize" test preset, so a developer's `ctest --preset sanitize` behaves the same.
cmake --preset sanitize
cmake --build --preset sanitize
ctest --preset sanitize || failed=1

exit "$failed"
