#!/usr/bin/env bash
# Checks that every C++ file git tracks is laid out as .clang-format says (clang-format 14, the
# Debian 12 one), and fails with the files that are not. `--fix` rewrites them instead.
# Run by scripts/test.sh, so a change that is not formatted does not pass CI.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    echo "format: ${#files[@]} files formatted"
    exit 0
fi
unformatted=()
for f in "${files[@]}"; do
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        unformatted+=("$f")
    fi
done
if [ ${#unformatted[@]} -gt 0 ]; then
    echo "format: ${#unformatted[@]} files differ from .clang-format (fix with: bash scripts/format.sh --fix):" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
fi
echo "format: ${#files[@]} files follow .clang-format"
