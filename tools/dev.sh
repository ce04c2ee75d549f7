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
    qt6-charts-dev libqt6opengl6-dev libpoppler-qt6-dev libsodium-dev libsqlite3-dev libgl-dev
    postgresql poppler-utils xvfb xauth fonts-dejavu-core bubblewrap clang libclang-rt-14-dev
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

# A private PostgreSQL server for the store tests: its own data folder, its
# own port on 127.0.0.1, stopped when the tests end. initdb and pg_ctl refuse
# to run as root, so as root they run as the postgres user.
pg_bin=/usr/lib/postgresql/15/bin
pg_dir=""
start_postgres() {
    [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL 15 not found; store tests run on SQLite only" >&2; return 0; }
    pg_dir="$(mktemp -d /tmp/pareview-pg.XXXXXX)"
    local port=$((20000 + RANDOM % 20000))
    local run=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$pg_dir"
        run=(runuser -u postgres --)
    fi
    "${run[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U pareview -A trust >"$pg_dir/initdb.log" 2>&1
    "${run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
        -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=60 -c fsync=off" start >/dev/null
    "${run[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U pareview pareview_test
    export PAREVIEW_TEST_PG="postgresql://pareview@127.0.0.1:$port/pareview_test"
    echo "PostgreSQL for tests: $PAREVIEW_TEST_PG"
}
stop_postgres() {
    [ -n "$pg_dir" ] || return 0
    local run=()
    [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
    "${run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
}

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
    start_postgres
    trap stop_postgres EXIT
    cd build-test
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j"$(nproc)"
    ;;
*)
    echo "usage: tools/dev.sh run|test" >&2
    exit 2
    ;;
esac
