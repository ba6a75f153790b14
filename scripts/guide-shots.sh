#!/usr/bin/env bash
# Makes the guide's screenshots (resources/guide/img/id and img/en) from the real windows,
# offscreen, on a fresh demo data file: run it after a change to a window the guide shows, look
# at the images, and commit them (CI does not make them again). It builds nothing: build first
# (scripts/test.sh, scripts/start.sh, or `cmake --build --preset default --target GuideShots
# netra-cli`). Needs pngquant.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${NETRA_BUILD:-build}
if ! command -v pngquant >/dev/null; then
    echo "guide-shots: pngquant keeps the images small; install it (apt install pngquant)" >&2
    exit 1
fi
for program in "$build/tests/GuideShots" "$build/app/netra-cli"; do
    if [ ! -x "$program" ]; then
        echo "guide-shots: $program is not built; build it first" >&2
        exit 1
    fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$work/config"
"$build/app/netra-cli" demo --out "$work/kantor.netra" --cases 200 --seed 1 --quiet >/dev/null
# One backup, for the restore dialog's list.
NETRA_USER=admin NETRA_PASSWORD=demo12345 "$build/app/netra-cli" backup "$work/kantor.netra" >/dev/null
for language in id en; do
    rm -f resources/guide/img/"$language"/*.png
    "$build/tests/GuideShots" "$work/kantor.netra" resources/guide/img/"$language" "$language" \
        2> >(grep -v '^This plugin does not support' >&2)
    # 256 colours: a screenshot reads the same at a third of the size.
    pngquant --quality=65-90 --speed 1 --force --ext .png resources/guide/img/"$language"/*.png
done
du -ch resources/guide/img/*/*.png | tail -1
