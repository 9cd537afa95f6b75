#!/usr/bin/env bash
# throwaway-postgres.sh - a PostgreSQL cluster in a temporary directory, for the tests and the
# benchmarks. Source it, then `pg_start` (sets PG_BIN, PG_DIR, PG_PORT, PG_PW and creates the
# database $PG_DATABASE, default anticor_test) and `pg_stop` (idempotent; put it in an EXIT trap).
#
# PG_DURABLE=1 starts the cluster with fsync and synchronous commit on, as production runs:
# the benchmarks measure that. The tests leave it off (faster; they prove behaviour, not durability).
# Works as root (the cluster runs as `postgres`) and as a developer who owns PostgreSQL's binaries.

declare -F log >/dev/null || log() { printf '==> %s\n' "$*"; }

PG_DIR=""
PG_BIN=""
PG_PORT=""
PG_PW=""

find_pg_bin() {
    local d best=""
    while IFS= read -r d; do
        [[ -x $d/initdb && -x $d/pg_ctl ]] && best="$d"
    done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V)
    [[ -n $best ]] || return 1
    PG_BIN="$best"
}

# Runs a command as the cluster owner: `postgres` when we are root (initdb/postgres refuse
# to run as root), otherwise the current user.
as_pg() {
    if ((EUID == 0)); then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Prints a TCP port on 127.0.0.1 that nothing listens on (below the ephemeral range).
free_port() {
    local p i
    for ((i = 0; i < 500; i++)); do
        p=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return 0
        fi
    done
    return 1
}

# The server's durability switches: production's (fsync on) when PG_DURABLE=1, else off for speed.
pg_durability() {
    if [[ ${PG_DURABLE:-0} == 1 ]]; then
        echo "-c fsync=on -c synchronous_commit=on -c full_page_writes=on"
    else
        echo "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
}

pg_start() {
    find_pg_bin || { echo "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin" >&2; return 1; }
    if ((EUID == 0)) && ! id -u postgres >/dev/null 2>&1; then
        echo "user 'postgres' does not exist (install the postgresql package)" >&2
        return 1
    fi
    # (set -e is off inside this function when called from `if`: check each step.)
    PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/anticor-pg.XXXXXX")" && [[ -d $PG_DIR ]] || return 1
    chmod 700 "$PG_DIR" || return 1
    PG_PW="$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
    [[ ${#PG_PW} == 32 ]] || { echo "could not make a password" >&2; return 1; }
    printf '%s\n' "$PG_PW" >"$PG_DIR/pwfile" || return 1
    if ((EUID == 0)); then
        chown -R postgres:postgres "$PG_DIR" || return 1
    fi

    if ! as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pwfile" \
        --auth-host=scram-sha-256 --auth-local=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1; then
        echo "initdb failed:" >&2
        cat "$PG_DIR/initdb.log" >&2
        return 1
    fi
    rm -f "$PG_DIR/pwfile"

    local attempt started=""
    for attempt in 1 2 3 4 5; do
        PG_PORT="$(free_port)" || { echo "no free TCP port found" >&2; return 1; }
        if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_DIR' $(pg_durability) -c max_connections=300" \
            >>"$PG_DIR/pg_ctl.log" 2>&1; then
            started=1
            break
        fi
        echo "PostgreSQL did not start on port $PG_PORT (attempt $attempt), retrying" >&2
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    done
    if [[ -z $started ]]; then
        echo "PostgreSQL failed to start:" >&2
        cat "$PG_DIR/pg_ctl.log" "$PG_DIR/server.log" >&2 2>/dev/null || true
        return 1
    fi

    if ! PGPASSWORD="$PG_PW" PGCONNECT_TIMEOUT=10 "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" \
        -U postgres "${PG_DATABASE:-anticor_test}"; then
        echo "createdb ${PG_DATABASE:-anticor_test} failed" >&2
        return 1
    fi
    log "PostgreSQL $("$PG_BIN/postgres" -V | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $PG_DIR)"
}

# Stops the cluster and deletes its directory; silent, safe to call more than once.
pg_stop() {
    [[ -n $PG_DIR ]] || return 0
    if [[ -n $PG_BIN && -f $PG_DIR/data/postmaster.pid ]]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
            as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf -- "$PG_DIR"
    PG_DIR=""
}
