#!/usr/bin/env bash
# The two commands of the README, for a fresh Debian 12 machine:
#   tools/dev.sh run    install what is missing, build, open the workstation
#   tools/dev.sh test   install what is missing, build, run every test
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev libpoppler-qt6-dev libsodium-dev libsqlite3-dev libmimalloc-dev libgl-dev
    postgresql libpq-dev openssl poppler-utils xvfb xauth fonts-dejavu-core bubblewrap clang libclang-rt-14-dev
    qt6-translations-l10n
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
            --no-install-recommends "${missing[@]}"
    fi
}

# The store tests also run on a private PostgreSQL server (fsync off: only
# correctness is measured there).
source "$here/tools/postgres.sh"

build() {
    local dir="$1" type="$2"
    shift 2
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}

case "${1:-}" in
run)
    install_missing
    build build-release RelWithDebInfo -DPAREVIEW_BUILD_TESTS=OFF
    demo="build-release/demo.sqlite"
    if [ ! -f "$demo" ]; then
        build-release/app/pareview demo --db "$demo"
    else
        echo "Demo store $demo (delete it for a fresh one). Accounts: admin, nurse, reviewer, director; password demo-<name>-pass"
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting the workstation under xvfb-run (invisible)." >&2
        exec xvfb-run -a build-release/app/pareview --db "$demo" "${@:2}"
    fi
    exec build-release/app/pareview --db "$demo" "${@:2}"
    ;;
test)
    install_missing
    build build-test Debug -DPAREVIEW_BUILD_TESTS=ON
    start_postgres pareview_test "-c max_connections=60 -c fsync=off"
    trap stop_postgres EXIT
    if [ -n "$pg_url" ]; then
        export PAREVIEW_TEST_PG="$pg_url"
        echo "PostgreSQL for tests: $PAREVIEW_TEST_PG"
    fi
    cd build-test
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j"$(nproc)"
    ;;
*)
    echo "usage: tools/dev.sh run|test" >&2
    exit 2
    ;;
esac
