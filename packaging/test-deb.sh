#!/usr/bin/env bash
# Installs the built .deb, uses the installed binary headless, and removes it again.
# Run as root on a machine (or CI) where installing a package is allowed.
set -euo pipefail
deb=$(readlink -f "${1:?usage: test-deb.sh banatlas_VERSION_amd64.deb}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "test-deb: validating the desktop entry and the AppStream metadata"
dir=$(dirname "$0")
desktop-file-validate "$dir/io.banatlas.BanAtlas.desktop"
appstreamcli validate --no-net "$dir/io.banatlas.BanAtlas.metainfo.xml" >/dev/null

echo "test-deb: installing $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
test -x /usr/bin/banatlas
version=$(/usr/bin/banatlas --version)
echo "test-deb: $version"
[[ $version == "banatlas "* ]]
# Only an import creates a database (seeded with the bundled dataset); reading a missing
# one is an error.
if env -u DISPLAY HOME="$work" /usr/bin/banatlas --db "$work/test.banatlas" status --as-of 2019 \
    2>/dev/null; then
    echo "test-deb: status on a missing database did not fail" >&2
    exit 1
fi
printf 'country,vendors,measure,scope,announced,title,confidence\n' > "$work/none.csv"
env -u DISPLAY HOME="$work" /usr/bin/banatlas --db "$work/test.banatlas" import "$work/none.csv"
env -u DISPLAY HOME="$work" /usr/bin/banatlas --db "$work/test.banatlas" report \
    --out "$work/report.pdf" --vendor Huawei --as-of 2019-01-01
head -c 5 "$work/report.pdf" | grep -q '%PDF-'
test -f /usr/share/applications/io.banatlas.BanAtlas.desktop
test -f /usr/share/mime/packages/io.banatlas.BanAtlas.xml
zcat /usr/share/man/man1/banatlas.1.gz | grep -q 'which governments restrict'

echo "test-deb: removing the package"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq banatlas >/dev/null
if [[ -e /usr/bin/banatlas ]] || dpkg -s banatlas >/dev/null 2>&1; then
    echo "test-deb: banatlas is still installed" >&2
    exit 1
fi
echo "test-deb: the package installs, runs headless and removes cleanly"
