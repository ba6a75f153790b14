#!/usr/bin/env bash
# Checks the Debian package (scripts/package.sh builds it): lintian finds no error, the menu
# entry and the AppStream description are valid, and both programs run from the unpacked
# package (--version, netra-cli init, check) without a display.
#
# Lintian: no error and no warning today; the informational tags left are accepted:
#   hardening-no-bindnow, hardening-no-fortify-functions (the project's compiler flags),
#   binary-has-unneeded-section .comment, spelling-error-in-binary "AfE" (inside SQLite/Qt data).
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(bash scripts/package.sh | tail -n 1)
echo "check-package: $deb"

echo "check-package: lintian"
lintian --fail-on error --allow-root --tag-display-limit 0 "$deb" | sed 's/^/  /'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
root="$work/root/usr"

echo "check-package: desktop-file-validate, appstreamcli validate"
desktop-file-validate "$root"/share/applications/*.desktop
appstreamcli validate --no-net "$root"/share/metainfo/*.metainfo.xml
for size in 16 24 32 48 64 128 256; do
    test -s "$root/share/icons/hicolor/${size}x${size}/apps/netra.png"
done
test -s "$root/share/icons/hicolor/scalable/apps/netra.svg"
test -s "$root/share/mime/packages/netra.xml"
test -s "$root/share/man/man1/netra-cli.1.gz"
for program in netra netra-cli; do
    if file "$root/bin/$program" | grep -q "not stripped"; then
        echo "check-package: $program is not stripped" >&2
        exit 1
    fi
done

echo "check-package: running the programs from the package"
export QT_QPA_PLATFORM=offscreen NETRA_LANG=en
"$root/bin/netra" --version
"$root/bin/netra-cli" --version
NETRA_PASSWORD=paket12345 "$root/bin/netra-cli" init "$work/office.netra" \
    --admin admin --name "Administrator Kantor" >/dev/null
NETRA_PASSWORD=paket12345 "$root/bin/netra-cli" check "$work/office.netra" --user admin >/dev/null
if NETRA_PASSWORD=paket12345 "$root/bin/netra-cli" init "$work/office.netra" \
    --admin admin --name "Again" 2>/dev/null; then
    echo "check-package: init wrote over an existing file" >&2
    exit 1
fi
echo "check-package: ok"
