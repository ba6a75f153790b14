#!/usr/bin/env bash
# An office server beside a data file, in one run, on N cases (default 100000): the demo file is
# made, copied into a PostgreSQL database of a throwaway cluster (started here on a Unix socket,
# stopped at the end), and the same things are measured on both: stats, a search from the
# command line, the register (open, sort, search, filters), and several officers registering
# and searching at once (8 on the server; 1 on the file, which one writer holds). Prints figures;
# asserts nothing.
#   bash bench/server.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
# NETRA_BENCH_BUILT=1: the build is up to date already (built by other means).
if [ -z "${NETRA_BENCH_BUILT:-}" ]; then
    cmake --preset default >/dev/null
    cmake --build --preset default >/dev/null
fi
cli=./build/app/netra-cli
export NETRA_USER=koordinator NETRA_PASSWORD=demo12345
source bench/cluster.sh
start_cluster
psql -X -q -h "$work" -U netra -d postgres -c "CREATE DATABASE bench"
uri="postgresql:///bench?host=$work&user=netra"
file="$work/bench.netra"

secs() { python3 -c "import time,subprocess,sys; t=time.perf_counter(); subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print(f'{time.perf_counter()-t:.2f}')" "$@"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(lscpu | sed -n 's/^Model name: *//p'); PostgreSQL $("$bin/postgres" --version | awk '{print $3}')"
echo "demo_cases $cases"
echo "demo_seconds (file) $(secs $cli demo --out "$file" --cases "$cases" --seed 1 --regencies 3311,3312,3313,3372 --quiet)"
echo "copy_seconds (file to server) $(secs $cli copy "$file" "$uri")"
echo "size: file $(du -m "$file" | cut -f1) MiB, server database $(psql -X -A -t -h "$work" -U netra -d bench -c "SELECT pg_database_size('bench') / 1048576") MiB"

for store in file server; do
    location=$file
    [ $store = server ] && location=$uri
    echo "--- $store"
    echo "stats_seconds $(secs $cli stats "$location")"
    echo "stats_one_regency_seconds $(secs $cli stats "$location" --regency 3311 --from 2024-01-01 --to 2024-12-31)"
    echo "cli_search_seconds (cases --search santoso --limit 200) $(secs $cli cases "$location" --search santoso --limit 200 --json)"
    ./build/bench/netra-bench-register "$location"
done

echo "--- officers at once (20 s each)"
echo "server, 8 clients:"
./build/bench/netra-bench-clients "$uri" --clients 8 --seconds 20 | sed 's/^/  /'
echo "server, 1 client:"
./build/bench/netra-bench-clients "$uri" --clients 1 --seconds 20 | sed 's/^/  /'
echo "file, 1 client:"
./build/bench/netra-bench-clients "$file" --clients 1 --seconds 20 | sed 's/^/  /'
