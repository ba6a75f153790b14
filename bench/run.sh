#!/usr/bin/env bash
# Measures Netra on this machine: demo generation (time, file size), stats, and opening the
# register, on a file of N cases (default 100000). Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
# NETRA_BENCH_BUILT=1: the build is up to date already (built by other means).
if [ -z "${NETRA_BENCH_BUILT:-}" ]; then
    cmake --preset default >/dev/null
    cmake --build --preset default >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/bench.netra"
cli=./build/app/netra-cli
# The demo files have the demo users; the coordinator may do everything measured here.
export NETRA_USER=koordinator NETRA_PASSWORD=demo12345

secs() { python3 -c "import time,subprocess,sys; t=time.perf_counter(); subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print(f'{time.perf_counter()-t:.2f}')" "$@"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(lscpu | sed -n 's/^Model name: *//p')"
echo "demo_cases $cases"
echo "demo_seconds $(secs $cli demo --out "$file" --cases "$cases" --seed 1 --regencies 3311,3312,3313,3372 --quiet)"
echo "file_mib $(du -m "$file" | cut -f1)"
echo "stats_seconds $(secs $cli stats "$file")"
echo "stats_one_regency_seconds $(secs $cli stats "$file" --regency 3311 --from 2024-01-01 --to 2024-12-31)"
echo "check_seconds $(secs $cli check "$file")"
./build/bench/netra-bench-register "$file"
