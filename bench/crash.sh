#!/usr/bin/env bash
# crash.sh - crash safety (issue 14): executors submit their quarter's reports with a file each while
# the app's outbox sends 300 letters; the server (a process of its own) is killed with SIGKILL
# several times mid-way and started again, then stopped with SIGTERM. On SQLite and on PostgreSQL
# with fsync on (a durability test on a cluster with fsync off proves nothing). One line per database:
# acknowledged, found, lost (must be 0), stored twice, half-written, audit chains, letters, SIGTERM.
# Usage: bench/crash.sh [--kills N] [--submitters N]     (defaults 5 and 30)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1

KILLS=5
SUBMITTERS=30
while (($#)); do
    case $1 in
        --kills) KILLS=$2; shift 2 ;;
        --submitters) SUBMITTERS=$2; shift 2 ;;
        *) echo "usage: bench/crash.sh [--kills N] [--submitters N]" >&2; exit 2 ;;
    esac
done

# shellcheck source=../scripts/throwaway-postgres.sh
source "$ROOT/scripts/throwaway-postgres.sh"
trap pg_stop EXIT
PG_DURABLE=1 PG_DATABASE=anticor_crash pg_start
PG_ADMIN="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PW;Database=postgres"

dotnet build bench/AntiCor.Load -c Release --nologo -v quiet >/dev/null
LOAD=(dotnet bench/AntiCor.Load/bin/Release/net10.0/anticor-load.dll)

status=0
for provider in Sqlite Postgres; do
    args=(crash --provider "$provider" --members 100 --submitters "$SUBMITTERS" --kills "$KILLS")
    [[ $provider == Postgres ]] && args+=(--pg "$PG_ADMIN")
    line=$("${LOAD[@]}" "${args[@]}" 2>/dev/null | grep -E '^(Sqlite|Postgres):') || { echo "$provider: the crash run failed" >&2; status=1; continue; }
    echo "$line"
    # Nothing acknowledged may be lost, stored twice or half-written, and every chain must verify.
    grep -qE 'lost 0, stored more than once 0, half-written 0;' <<<"$line" || status=1
    if [[ $line =~ audit\ chains\ ([0-9]+)/([0-9]+) ]] && [[ ${BASH_REMATCH[1]} == "${BASH_REMATCH[2]}" ]]; then :; else status=1; fi
done
exit $status
