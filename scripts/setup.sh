#!/usr/bin/env bash
# Installs the Debian 12 packages Netra needs to build, run and test. Idempotent: it installs only
# what is missing and says what it does. `setup.sh --server` installs only an office server's
# (PostgreSQL with its contrib extensions), for scripts/server-setup.sh.
set -euo pipefail

server_packages=(postgresql postgresql-contrib)
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite qt6-translations-l10n libgl-dev
    libsodium-dev libssl-dev libxlsxwriter-dev zlib1g-dev libsqlite3-dev
    "${server_packages[@]}" libqt6sql6-psql
    clang-14 libclang-rt-14-dev clang-format
    poppler-utils xvfb sqlite3 python3 fonts-liberation fonts-dejavu-core fontconfig
    dpkg-dev fakeroot file unzip lintian desktop-file-utils appstream shared-mime-info
    pngquant
)
if [ "${1:-}" = "--server" ]; then
    packages=("${server_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages are installed"
    exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "setup: done"
