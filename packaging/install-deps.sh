#!/usr/bin/env bash
# Installs the Debian 12 packages BanAtlas needs to build, test and run.
# Idempotent and silent when everything is already there. With --fuzz, also clang and
# its libFuzzer runtime (for `make fuzz`); with --test, the PostgreSQL server the tests
# start clusters of (for `make test` and `make coverage`).
set -euo pipefail

packages=(
    # build
    g++ make cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libgl-dev libsqlite3-dev sqlite3
    # team databases: libpq reads a server's address; passwords kept in the desktop keyring
    # (QtKeychain, which loads libsecret at run time)
    libpq-dev qtkeychain-qt6-dev libsecret-1-0
    # translations: lupdate/lrelease and their CMake package, Qt's own German strings
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    # loaded at run time, so no linker asks for them
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins fonts-dejavu-core libqt6svg6
    # the other scripts of the bundled sources: Devanagari, Chinese and Japanese
    fonts-lohit-deva fonts-droid-fallback
    # looking at the GUI, reading PDFs back (pdftotext in the tests, pdftoppm)
    xvfb xauth poppler-utils
    # line and branch coverage (make coverage), function length and complexity (make complexity)
    gcovr pmccabe
    # checking the desktop integration of the package
    desktop-file-utils appstream
)
if [[ ${1:-} == --fuzz ]]; then
    packages+=(clang libclang-rt-14-dev)
fi
# The tests start throwaway PostgreSQL servers of their own (tests/helpers/pgserver.h),
# and a keyring of their own on a D-Bus of their own (tests/helpers/with-keyring.sh).
if [[ ${1:-} == --test ]]; then
    packages+=(postgresql gnome-keyring dbus-daemon)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-deps: installing ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
