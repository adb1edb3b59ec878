# PostgreSQL for the load benchmark: Debian's server in a private cluster under target/, on a port of
# its own, so it never touches a system cluster or another benchmark's. Sourced by bench/load/run.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

# initdb and the server refuse to run as root: as root, they run as the postgres user.
pg_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_install_if_missing() {
    if [[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" ]]; then
        return
    fi
    [[ $(id -u) -eq 0 ]] || die "PostgreSQL 15 is not installed ($PG_BIN/initdb missing); install it: sudo apt-get install postgresql-15"
    say "Installing PostgreSQL 15 (apt-get install postgresql-15)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
}

pg_psql() {
    # the superuser through the cluster's own socket (trust); over TCP only with a password
    psql -X -q -v ON_ERROR_STOP=1 -h "$PG_DATA" -p "$PG_PORT" -U postgres "$@"
}

pg_running() {
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
}

# A cluster tuned for a bulk load followed by a benchmark on a 2-core machine: the app's writes still
# commit durably (fsync and synchronous_commit stay on); only the WAL level is minimal, which lets the
# generator's TRUNCATE-then-load in one transaction skip writing gigabytes of WAL.
pg_init() {
    if [[ -f "$PG_DATA/PG_VERSION" ]]; then
        return
    fi
    say "Creating a private PostgreSQL cluster in $PG_DATA"
    mkdir -p "$PG_DATA"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$PG_DATA"
        # the postgres user must be able to reach the data directory through target/
        chmod o+x "$(dirname "$PG_DATA")"
    fi
    pg_as_owner "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$BENCH_DIR/initdb.log" 2>&1 \
        || die "initdb failed; see $BENCH_DIR/initdb.log"
    pg_as_owner tee -a "$PG_DATA/postgresql.conf" >/dev/null <<CONF

# --- Guarddesk load benchmark ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DATA'
max_connections = 100
shared_buffers = 1GB
work_mem = 16MB
maintenance_work_mem = 512MB
effective_cache_size = 4GB
random_page_cost = 1.1
wal_level = minimal
max_wal_senders = 0
max_wal_size = 8GB
checkpoint_timeout = 30min
max_parallel_workers_per_gather = 1
logging_collector = off
CONF
}

pg_start() {
    if pg_running; then
        say "PostgreSQL is already running on port $PG_PORT"
        return
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; then
        die "port $PG_PORT is taken by something else; choose another with --pg-port"
    fi
    say "Starting PostgreSQL on port $PG_PORT"
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 start >/dev/null \
        || die "PostgreSQL did not start; see $PG_DATA/server.log"
}

pg_stop_command() {
    if [[ $(id -u) -eq 0 ]]; then
        echo "runuser -u postgres -- $PG_BIN/pg_ctl -D $PG_DATA stop"
    else
        echo "$PG_BIN/pg_ctl -D $PG_DATA stop"
    fi
}

pg_stop() {
    if pg_running; then
        say "Stopping PostgreSQL"
        pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || true
    fi
}

# The application's own database and account; the schema comes from Guarddesk's Flyway migrations.
pg_create_database() {
    if [[ -n $(pg_psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'guarddesk'") ]]; then
        return
    fi
    say "Creating database guarddesk"
    pg_psql -d postgres -c "CREATE ROLE guarddesk LOGIN PASSWORD 'guarddesk'" 2>/dev/null || true
    pg_psql -d postgres -c "CREATE DATABASE guarddesk OWNER guarddesk"
}

pg_drop_database() {
    pg_psql -d postgres -c "DROP DATABASE IF EXISTS guarddesk WITH (FORCE)"
}

# The generator leaves its parameters as the database's comment: the data and its marker go together.
pg_generated_marker() {
    pg_psql -d postgres -Atc "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = 'guarddesk'"
}
