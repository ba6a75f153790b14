#!/usr/bin/env bash
# Sets up (installs missing Debian packages), builds, and opens Netra on a demo data file,
# which is created the first time in demo/ (never an office's own file).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset default >/dev/null
cmake --build --preset default
demo=demo/netra-demo.netra
if [ ! -f "$demo" ]; then
    mkdir -p demo
    echo "start: creating the demo data file $demo"
    ./build/app/netra-cli demo --out "$demo" --cases 600 --regencies 3311 --seed 1
fi
exec ./build/app/netra "$demo" "$@"
