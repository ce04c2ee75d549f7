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

# Run as a program, a server that a test stops and starts itself, with
# passwords (scram-sha-256 over TCP) and TLS from a test CA made here:
#   tools/postgres.sh init DIR     DIR/port, DIR/password (superuser pareview),
#                                  DIR/tls/ca.crt, a database "team"; not running
#   tools/postgres.sh start DIR | stop DIR
# Local socket connections (in DIR) stay trust, for the script itself.
pg_as_server() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_program_init() {
    local dir="$1"
    [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL 15 not found" >&2; return 1; }
    mkdir -p "$dir/tls"
    echo $((20000 + RANDOM % 20000)) >"$dir/port"
    openssl rand -hex 16 >"$dir/password"
    # A CA of our own and a server certificate for localhost and 127.0.0.1.
    (cd "$dir/tls" &&
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=pareview test CA" \
            -keyout ca.key -out ca.crt &&
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr &&
        printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' >server.ext &&
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext -out server.crt) \
        >"$dir/tls.log" 2>&1 || { cat "$dir/tls.log" >&2; return 1; }
    chmod 600 "$dir/tls/server.key"
    if [ "$(id -u)" -eq 0 ]; then
        chmod 755 "$dir" "$dir/tls"
        chown -R postgres "$dir"
        chmod 644 "$dir/password" "$dir/port" "$dir/tls/ca.crt"
    fi
    pg_as_server "$pg_bin/initdb" -D "$dir/data" -U pareview --pwfile="$dir/password" \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
    pg_program_start "$dir" &&
        pg_as_server "$pg_bin/createdb" -h "$dir" -p "$(cat "$dir/port")" -U pareview team &&
        pg_program_stop "$dir"
}
pg_program_start() {
    local dir="$1"
    pg_as_server "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $(cat "$dir/port") -k $dir -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key" \
        start >/dev/null
}
pg_program_stop() {
    pg_as_server "$pg_bin/pg_ctl" -D "$1/data" -m fast -w stop >/dev/null
}
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -e
    case "${1:-}" in
    init) pg_program_init "$2" ;;
    start) pg_program_start "$2" ;;
    stop) pg_program_stop "$2" ;;
    *) echo "usage: tools/postgres.sh init|start|stop DIR" >&2; exit 2 ;;
    esac
fi
