#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate over core, ui and app), then fills the
# English file from the English source strings (plural forms included). Indonesian is written
# by hand in translations/netra_id.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=lupdate
"$lupdate" -silent -locations none -no-obsolete core ui app \
    -ts translations/netra_id.ts translations/netra_en.ts
python3 scripts/fill_english.py translations/netra_en.ts
