# Sourced by tools/dev.sh and tools/bench.sh: a private PostgreSQL server with
# its own data folder and a random port on 127.0.0.1 (never 5432), stopped by
# stop_postgres. initdb and pg_ctl refuse to run as root, so as root they run
# as the postgres user.
#   start_postgres DATABASE "EXTRA SERVER OPTIONS"   sets pg_url (empty without PostgreSQL 15)
#   stop_postgres
pg_bin=/usr/lib/postgresql/15/bin
pg_dir=""
pg_url=""
start_postgres() {
    local database="$1" options="${2:-}"
    [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL 15 not found: its part is left out" >&2; return 0; }
    pg_dir="$(mktemp -d /tmp/pareview-pg.XXXXXX)"
    local port=$((20000 + RANDOM % 20000))
    local run=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$pg_dir"
        run=(runuser -u postgres --)
    fi
    "${run[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U pareview -A trust >"$pg_dir/initdb.log" 2>&1
    "${run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
        -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 $options" start >/dev/null
    "${run[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U pareview "$database"
    pg_url="postgresql://pareview@127.0.0.1:$port/$database"
}
stop_postgres() {
    [ -n "$pg_dir" ] || return 0
    local run=()
    [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
    "${run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
    pg_dir=""
}
