#!/usr/bin/env bash
# Sets up (installs missing Debian packages), builds, and runs the whole test suite with CTest,
# then fuzzes the file readers for a bounded time (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default
bash scripts/fuzz.sh
