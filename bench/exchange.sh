#!/usr/bin/env bash
# Measures the exchange on this machine: a package and a CSV register of N cases (default
# 10000), exported and imported into an empty data file. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-10000}
# NETRA_BENCH_BUILT=1: the build is up to date already (built by other means).
if [ -z "${NETRA_BENCH_BUILT:-}" ]; then
    cmake --preset default >/dev/null
    cmake --build --preset default >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli=./build/app/netra-cli
# The demo files have the demo users; the coordinator may do everything measured here.
export NETRA_USER=koordinator NETRA_PASSWORD=demo12345

secs() { python3 -c "import time,subprocess,sys; t=time.perf_counter(); subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print(f'{time.perf_counter()-t:.2f}')" "$@"; }

$cli demo --out "$work/source.netra" --cases "$cases" --seed 1 --regencies 3311,3312 --quiet >/dev/null
echo "exchange_cases $cases"
echo "package_export_seconds $(secs $cli export "$work/source.netra" --out "$work/all.netrapkg" --with-attachments)"
echo "package_mib $(du -m "$work/all.netrapkg" | cut -f1)"
$cli demo --out "$work/province.netra" --cases 0 --quiet >/dev/null
echo "package_import_seconds $(secs $cli import "$work/province.netra" "$work/all.netrapkg")"
echo "package_reimport_seconds $(secs $cli import "$work/province.netra" "$work/all.netrapkg")"
echo "csv_export_seconds $(secs $cli export-csv "$work/source.netra" --out "$work/register.csv")"
echo "csv_rows $(($(wc -l < "$work/register.csv") - 1))"
$cli demo --out "$work/office.netra" --cases 0 --quiet >/dev/null
echo "csv_import_seconds $(secs $cli import-csv "$work/office.netra" "$work/register.csv")"
