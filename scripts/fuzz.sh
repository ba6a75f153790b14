#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/, with clang) and runs each for a bounded time on a copy
# of its seed corpus (fuzz/corpus/<name>) in a temporary directory, so nothing is written into
# the repository. Exits non-zero if a fuzzer finds a crash, a hang or a leak, and says where the
# input is. Installs nothing: scripts/setup.sh does.
#   FUZZ_SECONDS=300 bash scripts/fuzz.sh     # longer runs (default 60 s per fuzzer)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-60}"
build="${FUZZ_BUILD_DIR:-build-fuzz}"
# Debian's clang-14 gives clang++-14; the clang package adds the plain name.
cxx="${FUZZ_CXX:-$(command -v clang++ || command -v clang++-14)}"

cmake -S fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE= >/dev/null
cmake --build "$build"

work="$(mktemp -d "${TMPDIR:-/tmp}/netra-fuzz.XXXXXX")"
echo "fuzz: working in $work"
status=0
for target in FuzzRegisterCsv:csv FuzzPackage:package; do
    name="${target%%:*}"
    corpus="${target#*:}"
    mkdir -p "$work/$corpus/corpus" "$work/$corpus/artifacts"
    cp fuzz/corpus/"$corpus"/* "$work/$corpus/corpus/"
    echo "fuzz: $name for ${seconds}s"
    if ! QT_QPA_PLATFORM=offscreen "$build/$name" "$work/$corpus/corpus" \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/$corpus/artifacts/" \
        >"$work/$corpus/log" 2>&1; then
        status=1
        tail -n 60 "$work/$corpus/log"
        echo "fuzz: $name FAILED; the input is in $work/$corpus/artifacts/:"
        ls -l "$work/$corpus/artifacts/"
        echo "fuzz: reproduce with $build/$name <input>; once fixed, keep the input in"
        echo "      tests/data/fuzz-regressions/ (see README, Fuzzing)"
    else
        grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^Done" "$work/$corpus/log" || true
        echo "fuzz: $name found nothing"
    fi
done
if [ "$status" -eq 0 ]; then
    rm -rf "$work"
fi
exit "$status"
