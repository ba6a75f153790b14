#!/usr/bin/env bash
# The province and the nation on one server. A national demo of N cases (default 100000) over
# every regency and city of the reference list but Kabupaten Sukoharjo (3311) is copied into a
# PostgreSQL database of a throwaway cluster (bench/cluster.sh). A national and a provincial
# (Central Java, 33) coordinator are added, each a database role kept to their scope by the
# server. For each: `stats`, the dashboard (its charts, with the regencies and provinces side by
# side) and its recap (a row per regency), and the register. Then Sukoharjo, an office that keeps a
# file, sends a package of 500 cases: imported into the national database alone, and into a copy
# of it while 8 other clients search the register. Prints figures (of whole processes, with the
# sign-in, unless named otherwise); asserts nothing.
#   bash bench/national.sh [N]
# NETRA_BENCH_NATIONAL_FILE=PATH takes a national demo file made before instead of making one
# (`netra-cli demo --out PATH --cases N --seed 1 --regencies <all but 3311>`, which is the long
# part of the run). A file made by an earlier Netra is brought to this program's data version
# first by opening it once for writing (`netra-cli users PATH --change admin --active yes`,
# signed in as its administrator); the copy refuses it otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
# NETRA_BENCH_BUILT=1: the build is up to date already (built by other means).
if [ -z "${NETRA_BENCH_BUILT:-}" ]; then
    cmake --preset default >/dev/null
    cmake --build --preset default >/dev/null
fi
cli=$PWD/build/app/netra-cli
bench=$PWD/build/bench
export QT_QPA_PLATFORM=offscreen NETRA_PASSWORD=demo12345 NETRA_NEW_PASSWORD=demo12345
source bench/cluster.sh
start_cluster
office=3311
secs() { python3 -c "import time,subprocess,sys; t=time.perf_counter(); subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print(f'{time.perf_counter()-t:.2f}')" "$@"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(lscpu | sed -n 's/^Model name: *//p'); PostgreSQL $("$bin/postgres" --version | awk '{print $3}')"
national=${NETRA_BENCH_NATIONAL_FILE:-}
if [ -z "$national" ]; then
    national="$work/national.netra"
    regencies=$(cut -d, -f1 resources/wilayah/regencies.csv | grep -v "^$office\$" | paste -sd,)
    echo "demo_seconds (national file, $cases cases) $(secs env NETRA_USER=koordinator $cli demo --out "$national" --cases "$cases" --seed 1 --regencies "$regencies" --quiet)"
fi
echo "national file: $(sqlite3 "$national" 'SELECT count(*) FROM cases') cases in $(sqlite3 "$national" 'SELECT count(DISTINCT regency_code) FROM cases') regencies of $(sqlite3 "$national" 'SELECT count(DISTINCT substr(regency_code, 1, 2)) FROM cases') provinces, $(du -m "$national" | cut -f1) MiB"

psql -X -q -h "$work" -U netra -d postgres -c "CREATE DATABASE national"
owner="postgresql:///national?host=$work&user=netra"
plain="postgresql:///national?host=$work" # each user signs in as their own database role
echo "copy_seconds (file to server) $(secs env NETRA_USER=koordinator $cli copy "$national" "$owner")"
echo "server database $(psql -X -A -t -h "$work" -U netra -d national -c "SELECT pg_database_size('national') / 1048576") MiB"
env NETRA_USER=admin $cli users "$owner" --add nasional --name "Koordinator Nasional" --role coordinator --scope national >/dev/null
env NETRA_USER=admin $cli users "$owner" --add jateng --name "Koordinator Jawa Tengah" --role coordinator --scope 33 >/dev/null

for login in nasional jateng; do
    echo "--- $login ($( [ $login = nasional ] && echo 'national scope' || echo 'province 33'))"
    echo "stats_seconds $(secs env NETRA_USER=$login $cli stats "$plain")"
    echo "stats_province_33_2024_seconds $(secs env NETRA_USER=$login $cli stats "$plain" --province 33 --from 2024-01-01 --to 2024-12-31)"
    echo "cli_search_seconds (cases --search santoso --limit 200) $(secs env NETRA_USER=$login $cli cases "$plain" --search santoso --limit 200 --json)"
    # The desktop connects as the database role its address names (the sign-in dialog's).
    own="$plain&user=$login&password=$NETRA_PASSWORD"
    env NETRA_USER=$login "$bench/netra-bench-dashboard" "$own"
    env NETRA_USER=$login "$bench/netra-bench-register" "$own" | grep -E '^(open|cases|search_name|filter_late)'
done

echo "--- an office's package of 500 cases"
env NETRA_USER=koordinator $cli demo --out "$work/office.netra" --cases 500 --seed 5 --regencies $office --quiet >/dev/null
env NETRA_USER=koordinator $cli export "$work/office.netra" --out "$work/office.netrapkg" >/dev/null
psql -X -q -h "$work" -U netra -d postgres -c "CREATE DATABASE national_copy TEMPLATE national"
copy="postgresql:///national_copy?host=$work&user=netra"
alone=$(secs env NETRA_USER=nasional $cli import "$plain" "$work/office.netrapkg")
echo "package_import_seconds (alone) $alone"
echo "province 33 after the import: $(env NETRA_USER=jateng $cli stats "$plain" --regency $office --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["cases"])') cases of Sukoharjo"
# The clients search for longer than the import takes beside them.
window=$(python3 -c "import sys; print(int(float(sys.argv[1]) * 3) + 20)" "$alone")
"$bench/netra-bench-clients" "$copy" --clients 8 --seconds "$window" --search-only >"$work/clients.out" &
clients=$!
sleep 5
echo "package_import_seconds (while 8 clients search) $(secs env NETRA_USER=nasional $cli import "postgresql:///national_copy?host=$work" "$work/office.netrapkg")"
wait $clients
sed 's/^/  clients searching (whole window): /' "$work/clients.out"
