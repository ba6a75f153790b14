#!/usr/bin/env bash
# Sets up (installs missing Debian packages), checks the code's layout (scripts/format.sh), builds,
# fuzzes the file readers for a bounded time (scripts/fuzz.sh), builds and checks the Debian package (scripts/check-package.sh), and runs
# the whole test suite with CTest, whose summary ends the output.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/format.sh
cmake --preset default >/dev/null
cmake --build --preset default
bash scripts/fuzz.sh
bash scripts/check-package.sh
ctest --preset default
