#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time (CTest's fuzz tests).
#   run-fuzzer.sh FUZZER SEED_CORPUS_DIR BUILD_DIR SECONDS [libFuzzer options...]
# The committed seed corpus is only read: libFuzzer writes new inputs to the first corpus
# directory it is given, which is a fresh one in the build directory.
set -euo pipefail
fuzzer="$1" seeds="$2" build="$3" seconds="$4"
shift 4
name="$(basename "$fuzzer")"
work="$build/corpus/$name"
artifacts="$build/artifacts/$name"
rm -rf "$work"
mkdir -p "$work" "$artifacts"
exec "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" "$work" "$seeds"
