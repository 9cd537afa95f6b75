#!/usr/bin/env bash
# test.sh - build AntiCor once and run every test suite against throwaway services.
#
# Runs (in this order; all run even when an earlier one fails):
#   unit      tests/AntiCor.Core.Tests
#   sqlite    tests/AntiCor.Web.Tests      ANTICOR_TEST_DB=Sqlite
#   postgres  tests/AntiCor.Web.Tests      ANTICOR_TEST_DB=Postgres ANTICOR_TEST_PG=<admin conn string>
#   browser   tests/AntiCor.Browser.Tests  ANTICOR_CHROMIUM=/usr/bin/chromium ANTICOR_ARTIFACTS=<dir>
#   deploy    deploy/smoke.sh              the published app behind nginx (TLS, loopback); counts as one test
#
# Results: artifacts/test-results/<run>.trx (+ screenshots/). The last line printed is
# "N passed, N failed, N skipped" totalled over all runs. Exit status is non-zero when a
# run failed, a .trx is missing, any test failed or was skipped, or no test ran at all.
#
# Developer switches:
#   TEST_ONLY=unit,sqlite,postgres,browser,deploy   run only these (comma list); PostgreSQL is
#                                            started / Chromium installed only when needed
#   ANTICOR_CHROMIUM=/path/to/chromium       use another Chromium (default /usr/bin/chromium)
#   TEST_HANG_TIMEOUT=10m                    abort a test host whose current test runs longer
#
# Works as root on a fresh Debian 12 (installs what is missing with apt-get) and as a
# non-root developer who already has PostgreSQL and Chromium installed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

ARTIFACTS="$ROOT/artifacts/test-results"
SCREENSHOTS="$ARTIFACTS/screenshots"
CHROMIUM="${ANTICOR_CHROMIUM:-/usr/bin/chromium}"
HANG_TIMEOUT="${TEST_HANG_TIMEOUT:-10m}"
ALL_RUNS=(unit sqlite postgres browser deploy)

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild worker nodes left running after this script.
export MSBUILDDISABLENODEREUSE=1

log() { printf '==> %s\n' "$*"; }
die() { printf 'test.sh: ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- timing helpers
now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); }
fmt_s() { printf '%d.%d' $(($1 / 1000)) $(($1 % 1000 / 100)); }
TIMING_NAMES=()
TIMING_MS=()
record_timing() { # name start_ms
    local d=$(($(now_ms) - $2))
    TIMING_NAMES+=("$1")
    TIMING_MS+=("$d")
    log "phase $1 took $(fmt_s "$d")s"
}
SCRIPT_START=$(now_ms)

# ---------------------------------------------------------------- run selection
declare -A WANT=()
if [[ -z ${TEST_ONLY:-} || ${TEST_ONLY} == all ]]; then
    for r in "${ALL_RUNS[@]}"; do WANT[$r]=1; done
else
    IFS=',' read -ra _parts <<<"$TEST_ONLY"
    for p in "${_parts[@]}"; do
        p="${p//[[:space:]]/}"
        [[ -z $p ]] && continue
        case $p in
            unit | sqlite | postgres | browser | deploy) WANT[$p]=1 ;;
            *) die "TEST_ONLY: unknown run '$p' (expected a comma list of: ${ALL_RUNS[*]})" ;;
        esac
    done
    ((${#WANT[@]} > 0)) || die "TEST_ONLY='$TEST_ONLY' selects no run"
fi
wants() { [[ -n ${WANT[$1]:-} ]]; }

# ---------------------------------------------------------------- PostgreSQL cluster
# shellcheck source=scripts/throwaway-postgres.sh
source "$ROOT/scripts/throwaway-postgres.sh"

# shellcheck disable=SC2317  # invoked through the EXIT trap
cleanup() {
    local rc=$?
    pg_stop || true
    if [[ -n ${CI:-} ]]; then
        # CI runs alone on the machine: leave no compiler/build servers behind.
        dotnet build-server shutdown >/dev/null 2>&1 || true
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- 1. system packages
t=$(now_ms)
missing=()
if wants postgres && ! find_pg_bin; then
    missing+=(postgresql)
fi
if wants browser && [[ ! -x $CHROMIUM ]]; then
    [[ $CHROMIUM == /usr/bin/chromium ]] || die "ANTICOR_CHROMIUM=$CHROMIUM is not an executable"
    missing+=(chromium)
fi
if [[ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]]; then
    missing+=(fonts-dejavu-core)
fi
if ((${#missing[@]} > 0)); then
    SUDO=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            SUDO=(sudo -n)
        else
            die "missing packages: ${missing[*]} - run as root or install them: apt-get install ${missing[*]}"
        fi
    fi
    log "installing with apt-get: ${missing[*]}"
    apt_log="$(mktemp "${TMPDIR:-/tmp}/anticor-apt.XXXXXX")"
    if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$apt_log" 2>&1; then
        tail -n 60 "$apt_log" >&2
        rm -f "$apt_log"
        die "apt-get update failed"
    fi
    if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${missing[@]}" >>"$apt_log" 2>&1; then
        tail -n 60 "$apt_log" >&2
        rm -f "$apt_log"
        die "apt-get install ${missing[*]} failed"
    fi
    rm -f "$apt_log"
    if wants postgres; then find_pg_bin || die "postgresql installed but no initdb in /usr/lib/postgresql/*/bin"; fi
    if wants browser; then [[ -x $CHROMIUM ]] || die "chromium installed but $CHROMIUM is missing"; fi
fi
record_timing deps "$t"

# ---------------------------------------------------------------- 2. artifacts dir
rm -rf -- "$ARTIFACTS"
mkdir -p "$ARTIFACTS" "$SCREENSHOTS"

# ---------------------------------------------------------------- 3. build once
t=$(now_ms)
log "dotnet build AntiCor.slnx -c Release"
if ! dotnet build AntiCor.slnx -c Release --nologo; then
    record_timing build "$t"
    die "build failed (errors above); no tests were run"
fi
record_timing build "$t"

# ---------------------------------------------------------------- 4. test runs
declare -A RUN_RC=()
RUNS_DONE=()

run_suite() { # name project [VAR=value...]
    local name=$1 project=$2
    shift 2
    local start rc=0
    start=$(now_ms)
    local shown="$*"
    [[ -z $PG_PW ]] || shown="${shown//"$PG_PW"/***}"
    log "test run '$name': ${shown:+$shown }dotnet test $project"
    env -u ANTICOR_TEST_DB -u ANTICOR_TEST_PG -u ANTICOR_CHROMIUM -u ANTICOR_ARTIFACTS "$@" \
        dotnet test "$project" --no-build -c Release --nologo \
        --logger "trx;LogFileName=$name.trx" --results-directory "$ARTIFACTS" \
        --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none ||
        rc=$?
    RUN_RC[$name]=$rc
    RUNS_DONE+=("$name")
    record_timing "$name" "$start"
}

if wants unit; then
    run_suite unit tests/AntiCor.Core.Tests
fi

if wants sqlite; then
    run_suite sqlite tests/AntiCor.Web.Tests ANTICOR_TEST_DB=Sqlite
fi

if wants postgres; then
    t=$(now_ms)
    if pg_start; then
        record_timing postgres-start "$t"
        run_suite postgres tests/AntiCor.Web.Tests ANTICOR_TEST_DB=Postgres \
            "ANTICOR_TEST_PG=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PW;Database=anticor_test"
        t=$(now_ms)
        pg_stop
        record_timing postgres-stop "$t"
    else
        record_timing postgres-start "$t"
        echo "test.sh: ERROR: PostgreSQL could not be started; the postgres run counts as failed" >&2
        pg_stop
        RUN_RC[postgres]=1
        RUNS_DONE+=(postgres)
    fi
fi

if wants browser; then
    run_suite browser tests/AntiCor.Browser.Tests \
        "ANTICOR_CHROMIUM=$CHROMIUM" "ANTICOR_ARTIFACTS=$SCREENSHOTS"
fi

SMOKE_RC=""
if wants deploy; then
    t=$(now_ms)
    log "deploy smoke: deploy/smoke.sh (publish from this build, nginx with TLS on loopback, health and a public page)"
    SMOKE_RC=0
    SMOKE_NO_BUILD=1 "$ROOT/deploy/smoke.sh" || SMOKE_RC=$?
    record_timing deploy "$t"
fi

# The blame collector (hang timeout) leaves empty GUID folders behind.
find "$ARTIFACTS" -mindepth 1 -type d -empty ! -path "$SCREENSHOTS" -delete 2>/dev/null || true

# ---------------------------------------------------------------- 5. summary from .trx
# Prints the value of attribute $2 in the element text $1 (0 when absent).
attr() {
    local v
    v="$(printf '%s\n' "$1" | sed -n "s/.*[[:space:]]$2=[\"']\([0-9]*\)[\"'].*/\1/p" | head -n 1)"
    echo "${v:-0}"
}

# Sets C_PASSED C_FAILED C_SKIPPED from the ResultSummary/Counters element of a .trx.
#   failed  = failed + error + timeout + aborted + disconnected
#   passed  = passed + passedButRunAborted
#   skipped = total - passed - failed (tests counted but not run: xunit Skip, inconclusive,
#             notRunnable, pending...), and never less than notExecuted + inconclusive +
#             notRunnable + pending, in case a logger leaves them out of total.
parse_trx() {
    local file=$1 counters
    counters="$(tr '\r\n' '  ' <"$file" | grep -o '<Counters[[:space:]][^>]*>' | head -n 1 || true)"
    [[ -n $counters ]] || return 1
    local total passed failed error timeout aborted disconnected pbra inconclusive notrunnable notexecuted pending
    total=$(attr "$counters" total)
    passed=$(attr "$counters" passed)
    failed=$(attr "$counters" failed)
    error=$(attr "$counters" error)
    timeout=$(attr "$counters" timeout)
    aborted=$(attr "$counters" aborted)
    disconnected=$(attr "$counters" disconnected)
    pbra=$(attr "$counters" passedButRunAborted)
    inconclusive=$(attr "$counters" inconclusive)
    notrunnable=$(attr "$counters" notRunnable)
    notexecuted=$(attr "$counters" notExecuted)
    pending=$(attr "$counters" pending)
    C_PASSED=$((passed + pbra))
    C_FAILED=$((failed + error + timeout + aborted + disconnected))
    C_SKIPPED=$((total - C_PASSED - C_FAILED))
    local listed=$((notexecuted + inconclusive + notrunnable + pending))
    ((C_SKIPPED >= listed)) || C_SKIPPED=$listed
}

TOTAL_PASSED=0
TOTAL_FAILED=0
TOTAL_SKIPPED=0
PROBLEMS=()
WARNINGS=()
RUN_LINES=()
for name in "${RUNS_DONE[@]}"; do
    rc=${RUN_RC[$name]}
    trx="$ARTIFACTS/$name.trx"
    if [[ -f $trx ]] && parse_trx "$trx"; then
        TOTAL_PASSED=$((TOTAL_PASSED + C_PASSED))
        TOTAL_FAILED=$((TOTAL_FAILED + C_FAILED))
        TOTAL_SKIPPED=$((TOTAL_SKIPPED + C_SKIPPED))
        RUN_LINES+=("$(printf '  %-9s passed %d, failed %d, skipped %d (exit %d)' "$name" "$C_PASSED" "$C_FAILED" "$C_SKIPPED" "$rc")")
        ((C_PASSED + C_FAILED + C_SKIPPED > 0)) || WARNINGS+=("run '$name' ran no test")
    else
        RUN_LINES+=("$(printf '  %-9s no test results: %s missing or unreadable (exit %d)' "$name" "${trx#"$ROOT"/}" "$rc")")
        PROBLEMS+=("run '$name' wrote no readable .trx")
    fi
    ((rc == 0)) || PROBLEMS+=("run '$name' exited with status $rc")
done

if [[ -n $SMOKE_RC ]]; then
    if ((SMOKE_RC == 0)); then
        TOTAL_PASSED=$((TOTAL_PASSED + 1))
        RUN_LINES+=("$(printf '  %-9s passed 1, failed 0, skipped 0 (exit 0)' deploy)")
    else
        TOTAL_FAILED=$((TOTAL_FAILED + 1))
        RUN_LINES+=("$(printf '  %-9s passed 0, failed 1, skipped 0 (exit %d)' deploy "$SMOKE_RC")")
        PROBLEMS+=("deploy smoke (deploy/smoke.sh) exited with status $SMOKE_RC")
    fi
fi

echo
echo "Timings (seconds):"
for i in "${!TIMING_NAMES[@]}"; do
    printf '  %-15s %7s\n' "${TIMING_NAMES[$i]}" "$(fmt_s "${TIMING_MS[$i]}")"
done
printf '  %-15s %7s\n' total "$(fmt_s $(($(now_ms) - SCRIPT_START)))"
echo "Test runs (results in ${ARTIFACTS#"$ROOT"/}):"
for line in "${RUN_LINES[@]}"; do echo "$line"; done
for r in "${ALL_RUNS[@]}"; do
    wants "$r" || echo "  $(printf '%-9s' "$r") not selected (TEST_ONLY=${TEST_ONLY:-})"
done

((TOTAL_FAILED == 0)) || PROBLEMS+=("$TOTAL_FAILED test(s) failed")
((TOTAL_SKIPPED == 0)) || PROBLEMS+=("$TOTAL_SKIPPED test(s) skipped - a skipped test counts as a failure here")
((TOTAL_PASSED + TOTAL_FAILED > 0)) || PROBLEMS+=("no test ran at all")
for w in "${WARNINGS[@]}"; do echo "WARNING: $w"; done
for p in "${PROBLEMS[@]}"; do echo "FAILURE: $p"; done

# Must stay the last line printed.
echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed, $TOTAL_SKIPPED skipped"
((${#PROBLEMS[@]} == 0)) || exit 1
exit 0
