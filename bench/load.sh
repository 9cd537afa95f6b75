#!/usr/bin/env bash
# load.sh - the reporting cycle's load runs (issue 9's speed targets), on SQLite and on PostgreSQL:
#   board   the coordinator's period board with ~1,100 obligations, beside a small page of the same app
#   rush    50 executors submitting their period's reports at once (back to back: the capacity test)
#   paced   the same 50 executors as people work on the deadline day, each pausing about 10 s
#           (5-15 s) before its next form, the server a process of its own on core 0 and this
#           client on core 1: issue 9's target, p99 under 50 ms with 50 concurrent submitters
# Prints one line per run; bench/RESULTS.md quotes them. PostgreSQL runs with fsync on, as production.
# Usage: bench/load.sh [--quick]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1

ROUNDS=200
if [[ ${1:-} == --quick ]]; then ROUNDS=30; fi

# shellcheck source=../scripts/throwaway-postgres.sh
source "$ROOT/scripts/throwaway-postgres.sh"
trap pg_stop EXIT
PG_DURABLE=1 PG_DATABASE=anticor_load pg_start
PG_ADMIN="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PW;Database=postgres"

dotnet build bench/AntiCor.Load -c Release --nologo -v quiet >/dev/null
LOAD=(dotnet bench/AntiCor.Load/bin/Release/net10.0/anticor-load.dll)

for provider in Sqlite Postgres; do
    args=(--provider "$provider")
    [[ $provider == Postgres ]] && args+=(--pg "$PG_ADMIN")
    "${LOAD[@]}" board "${args[@]}" --members 100 --rounds "$ROUNDS" 2>/dev/null | grep -E '^(Sqlite|Postgres):'
    "${LOAD[@]}" rush "${args[@]}" --members 100 --submitters 50 2>/dev/null | grep -E '^(Sqlite|Postgres):'
    taskset -c 1 "${LOAD[@]}" rush "${args[@]}" --members 100 --submitters 50 --think-ms 10000 --server process --server-cpu 0 \
        --file-bytes 10000 2>/dev/null | grep -E '^(Sqlite|Postgres)'
done
