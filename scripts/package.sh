#!/usr/bin/env bash
# Builds the Debian package build/netra_<version>_amd64.deb (CPack, DEB) from the build folder:
# both programs stripped, the menu entry, the icon, the .netra file type, the AppStream
# description and the manual pages (packaging/), the dependencies from dpkg-shlibdeps and those
# loaded at run time (packaging/CMakeLists.txt). Prints the package's path last.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default >/dev/null
cmake --build --preset default --target netra netra-cli desktop_files
cd build
rm -f netra_*.deb
cpack -G DEB >/dev/null
ls "$PWD"/netra_*_amd64.deb
