#!/usr/bin/env bash
# Measures Netra beside its anchors on this machine, on demo files of the sizes given (default
# 10000 and 100000 cases), and prints every figure with its anchor and the ratio:
# - stats: `netra-cli stats` against the same GROUP BY queries in the sqlite3 shell (stats.sql);
# - the register: netra-bench-register against a bare Qt window with a table (netra-bench-bare-
#   table; the median of five runs of each); a search keystroke against the same FTS5 queries
#   in the shell (search.sql);
# - adding cases: 1,000 cases of a CSV register imported into an empty file and into the big one
#   (medians of three runs);
# - the exchange (the first size of at most 10,000 cases; a package holds at most 256 MiB of
#   records, about 40,000 demo cases): import-csv against `sqlite3 .import` of the same register
#   into a plain table, a package import against the CSV import of the same cases, and the same
#   package imported again against its first import (medians of three rounds).
# Netra's figures are taken after the sign-in (two Argon2id derivations: the password and the
# user's key), and the register's and the bare window's after the application object is made:
# a command's less a process that starts, signs in and lists a handful of rows; the register's
# timed around its sign-in (netra-bench-register's open_without_sign_in_ms).
# Nothing is asserted: the README shows the figures, with the goals of the last column.
# Usage: bench/run.sh [CASES ...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
# NETRA_BENCH_BUILT=1: the build is up to date already (built by other means).
if [ -z "${NETRA_BENCH_BUILT:-}" ]; then
    cmake --preset default >/dev/null
    cmake --build --preset default >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli=./build/app/netra-cli
bench=./build/bench
# The demo files have the demo users; the coordinator may do everything measured here.
export NETRA_USER=koordinator NETRA_PASSWORD=demo12345 QT_QPA_PLATFORM=offscreen

# Seconds of a whole process (its output thrown away).
secs() { python3 -c "import time,subprocess,sys; t=time.perf_counter(); subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(f'{time.perf_counter()-t:.3f}')" "$@"; }
# Seconds the sqlite3 shell spends running a file of statements (the sum of its .timer lines).
shell_secs() { { echo .timer on; cat "$2"; } | sqlite3 "$1" | awk '/^Run Time: real/ {s += $4} END {printf "%.3f\n", s}'; }
# Milliseconds of a "NAME_ms N" line of a benchmark program's output.
ms_of() { awk -v k="$1_ms" '$1 == k {print $2 / 1000}' <<<"$2"; }
# The median of three runs of a command that reads only (secs, shell_secs): a figure of 0.1 s
# varied by half from one run to the next.
thrice() { median "$("$@")" "$("$@")" "$("$@")"; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
minus() { python3 -c "import sys; print(f'{max(float(sys.argv[1]) - float(sys.argv[2]), 0.001):.3f}')" "$1" "$2"; }
row() { python3 -c "import sys; n, a, b, g = sys.argv[1:5]; print(f'{n:<36} {float(a):>9.3f} {float(b):>9.3f} {float(a)/float(b):>7.2f}x   {g}')" "$@"; }
header() { printf '\n%-36s %9s %9s %8s   %s\n' "$1 (seconds)" netra anchor ratio goal; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(lscpu | sed -n 's/^Model name: *//p')"
echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1), Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6)"

# 1,000 cases of a regency the big files do not hold (Sragen), as a register, for the cost of
# adding cases: all of them are added to either file (of Karanganyar's, 74 were known already).
$cli demo --out "$work/thousand.netra" --cases 1000 --seed 7 --regencies 3314 --quiet >/dev/null
$cli export-csv "$work/thousand.netra" --out "$work/thousand.csv" >/dev/null
$cli demo --out "$work/empty.netra" --cases 0 --quiet >/dev/null

first=1
for n in "${sizes[@]}"; do
    file="$work/demo-$n.netra"
    echo
    echo "== $n cases"
    echo "demo_seconds $(secs $cli demo --out "$file" --cases "$n" --seed 1 --regencies 3311,3312,3313,3372 --quiet) (goal at 100000: under 120)"
    echo "file_mib $(du -m "$file" | cut -f1)"
    # A command's own work: its whole process less one that starts, signs in and lists a
    # handful of rows. The sign-in alone (for the register, timed inside its process): that
    # less a process that only starts.
    signin=$(thrice secs $cli holidays "$file")
    signin_only=$(minus "$signin" "$(secs $cli --version)")
    echo "start_and_sign_in_seconds $signin, less a process that only starts $signin_only (left out of the command figures below)"

    header "reading"
    row stats "$(minus "$(thrice secs $cli stats "$file")" "$signin")" "$(thrice shell_secs "$file" bench/stats.sql)" "within 1.5x (medians of 3)"
    # The register's open and the bare window's, five times each in turn, the median of each:
    # one run of 30-80 ms varies by half from the next on this machine.
    opens=() bares=()
    for _ in 1 2 3 4 5; do
        register=$($bench/netra-bench-register "$file")
        opens+=("$(ms_of open_without_sign_in "$register")")
        bares+=("$($bench/netra-bench-bare-table "$file" | awk '{print $2 / 1000}')")
    done
    row register_open "$(median "${opens[@]}")" "$(median "${bares[@]}")" "within 1.5x (a bare Qt window with a table; medians of 5)"
    row search_keystroke "$(ms_of search_name "$register")" "$(shell_secs "$file" bench/search.sql)" "within 2x (same FTS5 queries)"
    row cases_search_cli "$(minus "$(thrice secs $cli cases "$file" --search santoso --limit 200)" "$signin")" "$(thrice shell_secs "$file" bench/search.sql)" "none (200 cases listed as JSON; the goal is the keystroke's)"

    header "adding 1000 cases"
    # Three runs of each, in turn, on files copied afresh for each run; the medians. A copy is a
    # file this computer's Netra did not leave: its first open for writing reads it whole
    # (CheckedFiles), 2-3 s at 100,000 cases. Each is given a register of no case first, so
    # that the figures are those of adding the cases.
    head -1 "$work/thousand.csv" >"$work/no-case.csv"
    intos_empty=() intos_big=()
    for _ in 1 2 3; do
        cp "$work/empty.netra" "$work/into-empty.netra"
        cp "$file" "$work/into-big.netra"
        $cli import-csv "$work/into-empty.netra" "$work/no-case.csv" >/dev/null
        $cli import-csv "$work/into-big.netra" "$work/no-case.csv" >/dev/null
        intos_empty+=("$(minus "$(secs $cli import-csv "$work/into-empty.netra" "$work/thousand.csv")" "$signin")")
        intos_big+=("$(minus "$(secs $cli import-csv "$work/into-big.netra" "$work/thousand.csv")" "$signin")")
        rm -f "$work"/into-*
    done
    row "import_1000_into_$n" "$(median "${intos_big[@]}")" "$(median "${intos_empty[@]}")" "at most 1.3x (into an empty file; medians of 3)"

    if [ $first = 1 ] && [ "$n" -le 10000 ]; then
        first=0
        header "exchange of $n cases"
        $cli export-csv "$file" --out "$work/register.csv" >/dev/null
        $cli export "$file" --out "$work/all.netrapkg" >/dev/null
        # Three rounds, each into empty files made afresh; the medians.
        csvs=() plains=() pkgs=() agains=()
        for _ in 1 2 3; do
            cp "$work/empty.netra" "$work/csv.netra"
            csvs+=("$(minus "$(secs $cli import-csv "$work/csv.netra" "$work/register.csv")" "$signin")")
            plains+=("$(python3 -c "import time,subprocess,sys; t=time.perf_counter(); subprocess.run(['sqlite3', sys.argv[1], '-cmd', '.mode csv', '.import ' + sys.argv[2] + ' register'], check=True); print(f'{time.perf_counter()-t:.3f}')" "$work/plain.db" "$work/register.csv")")
            cp "$work/empty.netra" "$work/pkg.netra"
            pkgs+=("$(minus "$(secs $cli import "$work/pkg.netra" "$work/all.netrapkg")" "$signin")")
            agains+=("$(minus "$(secs $cli import "$work/pkg.netra" "$work/all.netrapkg")" "$signin")")
            rm -f "$work"/csv.netra* "$work"/pkg.netra* "$work/plain.db"
        done
        csv=$(median "${csvs[@]}")
        pkg=$(median "${pkgs[@]}")
        row import_csv "$csv" "$(median "${plains[@]}")" "within 10x (sqlite3 .import into a plain table; medians of 3)"
        row package_import "$pkg" "$csv" "within 2x (import-csv of the same cases; medians of 3)"
        row package_reimport "$(median "${agains[@]}")" "$pkg" "at most 0.2x (its first import; medians of 3)"
    fi
    rm -f "$file"*
done
