#!/usr/bin/env bash
# run.sh - the benchmarks of issue 13 in one run, side by side, written into bench/RESULTS.md
# (between the "run.sh" markers; the analysis around them is kept):
#   ceilings  the seed's public programme page and its open-data JSON, served by the app, by a
#             minimal Kestrel endpoint from memory and by nginx from a file (wrk; server and wrk
#             pinned to different cores): requests/s and both ratios
#   rush      executors submitting a report with a small file at once, on SQLite and on PostgreSQL
#             (fsync on), the server a process of its own on core 0, the client on core 1
#   scale     a deterministic data set (bench/AntiCor.BenchData) of 15, 150 and 1,500 organisations
#             (--quick: 15 and 150): generation time, then the period board, the programme overview,
#             the public list of organisations and the public programme page, p50 / p95 at each size
#   micro     BenchmarkDotNet (bench/AntiCor.Bench): imports, exports, the consolidated DOCX, the audit
#             chain's append under contention
#   memory    each server's peak RSS (VmHWM)
# Every figure is the median of --repeat runs (3; 1 with --quick) with min and max.
# Usage: bench/run.sh [--quick]     (installs wrk and nginx with apt-get when missing; root)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1

QUICK=0
[[ ${1:-} == --quick ]] && QUICK=1
REPEAT=5; WRK_SECONDS=5; SUBMITTERS=200; PACE_MS=10000; MEMBERS=120; WARM_UP=300
# A quick run checks the script in about three minutes (once built): its figures are not measurements.
if ((QUICK)); then REPEAT=1; WRK_SECONDS=2; SUBMITTERS=50; PACE_MS=1000; MEMBERS=20; WARM_UP=50; fi
SERVER_CPU=0
CLIENT_CPU=$(( $(nproc) > 1 ? 1 : 0 ))

log() { printf '==> %s\n' "$*" >&2; }
# Where the run's time goes: `step NAME` ends the step under way and starts NAME.
STEPS=(); STEP_NAME=""; STEP_START=0
step() {
    [[ -n $STEP_NAME ]] && STEPS+=("$STEP_NAME $((SECONDS - STEP_START)) s")
    STEP_NAME=$1; STEP_START=$SECONDS
}
WORK="$(mktemp -d /tmp/anticor-bench.XXXXXX)"
chmod 755 "$WORK" # nginx's worker (nobody, when started as root) reads the saved answers from here
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    declare -F pg_stop >/dev/null && pg_stop
    rm -rf "$WORK"
}
trap cleanup EXIT

# ---------------------------------------------------------------- tools
step "tools"
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need+=(nginx)
if ((${#need[@]})); then
    log "installing ${need[*]}"
    # A fresh machine's package lists may be empty or stale: refresh them first.
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# shellcheck source=../scripts/throwaway-postgres.sh
source "$ROOT/scripts/throwaway-postgres.sh"

log "building (Release)"
step "build"
for p in bench/AntiCor.Load bench/AntiCor.Ceiling bench/AntiCor.BenchData; do
    dotnet build "$p" -c Release --nologo -v quiet >/dev/null
done
LOAD_DIR=bench/AntiCor.Load/bin/Release/net10.0
CEILING=bench/AntiCor.Ceiling/bin/Release/net10.0/anticor-ceiling.dll

# ---------------------------------------------------------------- helpers
wait_http() { # url
    for _ in $(seq 1 600); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        sleep 0.2
    done
    echo "no answer from $1" >&2; return 1
}
peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# wrk's requests/s for URL, pinned to the client core.
wrk_rps() { taskset -c "$CLIENT_CPU" wrk -t1 -c32 -d"${2:-$WRK_SECONDS}s" "$1" | awk '/Requests\/sec/ { printf "%.0f", $2 }'; }
# median min max of the numbers given
stats() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { printf "%s %s %s", a[int((NR + 1) / 2)], a[1], a[NR] }'; }
free_tcp() { free_port; }

# ---------------------------------------------------------------- the app on the seed, pinned
APP_PORT=$(free_tcp)
APP_DATA="$WORK/app"
mkdir -p "$APP_DATA"
step "ceilings"
log "starting the app on core $SERVER_CPU"
(
    cd src/AntiCor.Web
    ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Database__Provider=Sqlite ConnectionStrings__AntiCor="Data Source=$APP_DATA/anticor.db" Data__Folder="$APP_DATA" Jobs__Polling=false \
        exec taskset -c "$SERVER_CPU" dotnet "$ROOT/$LOAD_DIR/AntiCor.Web.dll" >"$WORK/app.log" 2>&1
) &
APP_PID=$!
PIDS+=("$APP_PID")
wait_http "http://127.0.0.1:$APP_PORT/api/v1/programmes"
PROGRAMME=$(curl -fsS "http://127.0.0.1:$APP_PORT/api/v1/programmes" | grep -o '"id": *"[0-9a-f-]\{36\}"' | head -1 | grep -o '[0-9a-f-]\{36\}')
PAGE_URL="http://127.0.0.1:$APP_PORT/o/kropyvnytskyi/programmes/$PROGRAMME"
JSON_URL="http://127.0.0.1:$APP_PORT/api/v1/programmes/$PROGRAMME"
mkdir -p "$WORK/www"
curl -fsS "$PAGE_URL" -o "$WORK/www/page.html"
curl -fsS "$JSON_URL" -o "$WORK/www/programme.json"
chmod -R a+rX "$WORK/www"
PAGE_KB=$(( $(stat -c %s "$WORK/www/page.html") / 1024 ))
JSON_KB=$(( $(stat -c %s "$WORK/www/programme.json") / 1024 ))

KESTREL_PORT=$(free_tcp)
taskset -c "$SERVER_CPU" dotnet "$CEILING" "$WORK/www/page.html" "text/html; charset=utf-8" "http://127.0.0.1:$KESTREL_PORT" >/dev/null 2>&1 &
PAGE_CEILING_PID=$!; PIDS+=("$PAGE_CEILING_PID")
KESTREL_JSON_PORT=$(free_tcp)
taskset -c "$SERVER_CPU" dotnet "$CEILING" "$WORK/www/programme.json" "application/json; charset=utf-8" "http://127.0.0.1:$KESTREL_JSON_PORT" >/dev/null 2>&1 &
PIDS+=("$!")
NGINX_PORT=$(free_tcp)
mkdir -p "$WORK/nginx"
sed -e "s|@ROOT@|$WORK/www|g" -e "s|@PORT@|$NGINX_PORT|g" -e "s|@PREFIX@|$WORK/nginx|g" bench/nginx/ceiling.conf.template >"$WORK/nginx/nginx.conf"
taskset -c "$SERVER_CPU" "$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" >/dev/null 2>&1 &
PIDS+=("$!")
wait_http "http://127.0.0.1:$KESTREL_PORT/"
wait_http "http://127.0.0.1:$KESTREL_JSON_PORT/"
wait_http "http://127.0.0.1:$NGINX_PORT/page" || { cat "$WORK/nginx/error.log" >&2; exit 1; }

log "ceilings: $REPEAT round(s) of ${WRK_SECONDS} s per server and answer"
# Warm-up: the app's first requests compile its queries and fill its output cache.
# The ceilings are warmed too: a minimal Kestrel's first seconds are also the JIT's, and a cold
# first round may be what measured it below the app on 04.12.2026.
for url in "$PAGE_URL" "$JSON_URL" "http://127.0.0.1:$KESTREL_PORT/" "http://127.0.0.1:$KESTREL_JSON_PORT/" "http://127.0.0.1:$NGINX_PORT/page"; do
    wrk_rps "$url" 3 >/dev/null
done
declare -A RPS=()
for ((r = 1; r <= REPEAT; r++)); do
    # The order turns each round, so no server always runs first on a cooler machine.
    servers=(app kestrel nginx)
    for ((k = 0; k < ${#servers[@]}; k++)); do
        target=${servers[$(( (k + r - 1) % ${#servers[@]} ))]}
        RPS[page_$target]+="$(case $target in
            app) wrk_rps "$PAGE_URL" ;; kestrel) wrk_rps "http://127.0.0.1:$KESTREL_PORT/" ;; nginx) wrk_rps "http://127.0.0.1:$NGINX_PORT/page" ;; esac) "
        RPS[json_$target]+="$(case $target in
            app) wrk_rps "$JSON_URL" ;; kestrel) wrk_rps "http://127.0.0.1:$KESTREL_JSON_PORT/" ;; nginx) wrk_rps "http://127.0.0.1:$NGINX_PORT/json" ;; esac) "
    done
done
APP_RSS=$(peak_rss_mb "$APP_PID")
CEILING_RSS=$(peak_rss_mb "$PAGE_CEILING_PID")
for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
PIDS=()

# ---------------------------------------------------------------- deadline rush
step "postgres"
PG_DURABLE=1 PG_DATABASE=anticor_bench pg_start >&2
PG_ADMIN="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PW;Database=postgres"
declare -A RUSH=()
for provider in Sqlite Postgres; do
    args=(rush --provider "$provider" --members "$MEMBERS" --submitters "$SUBMITTERS" --warm-up "$WARM_UP" --server process --server-cpu "$SERVER_CPU" --file-bytes 10000)
    [[ $provider == Postgres ]] && args+=(--pg "$PG_ADMIN")
    step "rush on $provider"
    # One run per provider: the rush back to back (the capacity test), then the same executors as
    # people work, each pausing about PACE_MS before opening the next form; one server start, one
    # sign-in and one warm-up between them (signing 200 executors in took 19 s a run).
    if ((QUICK)); then
        paces=$PACE_MS
        RUSH[$provider]="$provider: not run (--quick runs the paced rush only)"
    else
        paces="0,$PACE_MS"
    fi
    log "rush: $SUBMITTERS executors on $provider, pauses $paces ms"
    # A failed run's own words go to this script's output: its line alone says only that it failed.
    lines=$(taskset -c "$CLIENT_CPU" dotnet "$LOAD_DIR/anticor-load.dll" "${args[@]}" --think-ms "$paces" 2>"$WORK/rush.err" | grep -E "^$provider") \
        || { lines=""; tail -n 30 "$WORK/rush.err" >&2; }
    if ((!QUICK)); then
        RUSH[$provider]=$(grep -F "(pause 0 ms)" <<<"$lines" || echo "$provider: the run failed")
    fi
    RUSH[${provider}_paced]=$(grep -F "(pause $PACE_MS ms)" <<<"$lines" || echo "$provider: the run failed")
done

# ---------------------------------------------------------------- micro-benchmarks
# BenchmarkDotNet: the seed's imports and exports, the consolidated DOCX for its city-quarter, the
# audit chain's append with 8 writers of one organisation and of 8 (on SQLite and, with the
# cluster above, on PostgreSQL). Pinned to the server core, alone there by now.
step "micro-benchmarks"
# BenchmarkDotNet builds and runs its jobs for minutes even when dry: a quick run leaves them out.
if ((QUICK)); then
    log "micro-benchmarks: not run (--quick)"
else
    log "micro-benchmarks (BenchmarkDotNet)"
    dotnet build bench/AntiCor.Bench -c Release --nologo -v quiet >/dev/null
    ( cd bench/AntiCor.Bench/bin/Release/net10.0 && ANTICOR_BENCH_PG="$PG_ADMIN" taskset -c "$SERVER_CPU" dotnet AntiCor.Bench.dll \
        --filter '*ImportText' '*ImportDocx' '*ConsolidatedDocx' '*AuditAppend*' --join --exporters github --artifacts "$WORK/bdn" >"$WORK/bdn.log" 2>&1 ) || log "micro-benchmarks failed: see $WORK/bdn.log"
fi
MICRO=$(cat "$WORK"/bdn/results/*-report-github.md 2>/dev/null | grep '^|' || true)
# The mean of a benchmark (and, for the audit runs, its parameters) in ms, from the summary table.
micro_ms() { # method [param-regex]
    awk -F'|' -v m="$1" -v p="${2:-}" '
        NR == 1 { for (i = 1; i <= NF; i++) { h = $i; gsub(/ /, "", h); if (h == "Mean") mean = i } next }
        { gsub(/\*/, "") }  # the github table bolds the first row of a group
        index($0, " " m " ") && (p == "" || $0 ~ p) {
            v = $mean; gsub(/[ ,]/, "", v); u = v; sub(/^[0-9.]+/, "", u); sub(/[^0-9.].*$/, "", v)
            f = (u == "s" ? 1000 : u == "ms" ? 1 : (u == "us" || u == "μs") ? 0.001 : u == "ns" ? 0.000001 : 0)
            printf "%.3f", v * f; exit }' <<<"$MICRO"
}

# ---------------------------------------------------------------- how cost grows with data
SIZES=(15 150 1500)
((QUICK)) && SIZES=(5 15)
ROUNDS=$(( QUICK ? 20 : 60 ))
declare -A GENERATED=() PAGES=()
for size in "${SIZES[@]}"; do
    folder="$WORK/data-$size"
    step "generating $size"
    log "scale: generating $size organisations"
    GENERATED[$size]=$(dotnet bench/AntiCor.BenchData/bin/Release/net10.0/anticor-bench-data.dll --orgs "$size" --seed 1 --folder "$folder" 2>/dev/null | grep '^bench-data') || GENERATED[$size]="bench-data: failed"
    step "pages on $size"
    log "scale: pages on $size organisations"
    PAGES[$size]=$(taskset -c "$CLIENT_CPU" dotnet "$LOAD_DIR/anticor-load.dll" pages --folder "$folder" --rounds "$ROUNDS" --server-cpu "$SERVER_CPU" 2>/dev/null | grep '^Sqlite') || PAGES[$size]="pages: failed"
    rm -rf "$folder"
done

# p50 / p95 of one page in a pages line: "NAME p50 X / p95 Y ms"
# Prints nothing (and does not stop the script under pipefail) when the run printed no such page.
page_ms() { grep -o "$2 p50 [0-9.]* / p95 [0-9.]*" <<<"$1" | awk '{ print $(NF-3), $NF }' || true; }
# An SVG line chart of p95 against the number of organisations (log scale), one line per page.
growth_svg() {
    local pages=("period board" "programme overview" "organisations" "public programme page") colours=("#1f77b4" "#d62728" "#2ca02c" "#9467bd")
    local max=1 i size p95
    for size in "${SIZES[@]}"; do for i in "${!pages[@]}"; do
        p95=$(page_ms "${PAGES[$size]}" "${pages[$i]}" | cut -d' ' -f2); max=$(awk -v a="$max" -v b="${p95:-0}" 'BEGIN { print (b > a ? b : a) }')
    done; done
    echo '<svg xmlns="http://www.w3.org/2000/svg" width="560" height="300" font-family="sans-serif" font-size="11">'
    echo '<line x1="60" y1="250" x2="540" y2="250" stroke="#333"/><line x1="60" y1="20" x2="60" y2="250" stroke="#333"/>'
    echo "<text x=\"300\" y=\"285\" text-anchor=\"middle\">organisations (log scale)</text><text x=\"15\" y=\"140\" transform=\"rotate(-90 15 140)\" text-anchor=\"middle\">p95, ms (0–$max)</text>"
    for size in "${SIZES[@]}"; do
        x=$(awk -v s="$size" -v lo="${SIZES[0]}" -v hi="${SIZES[-1]}" 'BEGIN { printf "%.0f", 60 + 480 * (log(s) - log(lo)) / (log(hi) - log(lo)) }')
        echo "<text x=\"$x\" y=\"265\" text-anchor=\"middle\">$size</text>"
    done
    for i in "${!pages[@]}"; do
        points=""
        for size in "${SIZES[@]}"; do
            p95=$(page_ms "${PAGES[$size]}" "${pages[$i]}" | cut -d' ' -f2)
            points+=$(awk -v s="$size" -v v="${p95:-0}" -v m="$max" -v lo="${SIZES[0]}" -v hi="${SIZES[-1]}" 'BEGIN { printf "%.0f,%.0f ", 60 + 480 * (log(s) - log(lo)) / (log(hi) - log(lo)), 250 - 220 * v / m }')
        done
        echo "<polyline fill=\"none\" stroke=\"${colours[$i]}\" stroke-width=\"2\" points=\"$points\"/>"
        echo "<text x=\"400\" y=\"$((30 + 14 * i))\" fill=\"${colours[$i]}\">${pages[$i]}</text>"
    done
    echo '</svg>'
}
growth_svg >bench/growth.svg
step "end"

# ---------------------------------------------------------------- RESULTS.md
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
# Each round's ratio, the app's figure over the other server's of the same round: the two ran
# seconds apart, so a spell of a busy machine moves both, where medians taken apart could pair
# one server's good round with the other's bad one (a Kestrel ceiling below the app, 04.12.2026).
round_ratios() { # key other
    local -a a=(${RPS[${1}_app]}) b=(${RPS[${1}_$2]})
    local i
    for i in "${!a[@]}"; do ratio "${a[$i]}" "${b[$i]}"; echo; done
}
row() { # label key
    local app kestrel nginx by_kestrel by_nginx
    read -r app app_min app_max <<<"$(stats ${RPS[${2}_app]})"
    read -r kestrel k_min k_max <<<"$(stats ${RPS[${2}_kestrel]})"
    read -r nginx n_min n_max <<<"$(stats ${RPS[${2}_nginx]})"
    read -r by_kestrel bk_min bk_max <<<"$(stats $(round_ratios "$2" kestrel))"
    read -r by_nginx bn_min bn_max <<<"$(stats $(round_ratios "$2" nginx))"
    printf '| %s | %s (%s–%s) | %s (%s–%s) | %s (%s–%s) | %s (%s–%s) | %s (%s–%s) |\n' "$1" "$app" "$app_min" "$app_max" "$kestrel" "$k_min" "$k_max" \
        "$nginx" "$n_min" "$n_max" "$by_kestrel" "$bk_min" "$bk_max" "$by_nginx" "$bn_min" "$bn_max"
    LAST_RATIO=$by_kestrel
}
met() { awk -v v="$1" -v t="$2" 'BEGIN { print (v >= t ? "met" : "not met") }'; }

section="$WORK/section.md"
{
    echo "<!-- run.sh:begin -->"
    echo "## bench/run.sh$( ((QUICK)) && echo ' --quick'): $(date -u +%d.%m.%Y), one run"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version);" \
         "load average at the end $(cut -d' ' -f1-3 /proc/loadavg). Servers on core $SERVER_CPU, clients on core $CLIENT_CPU (taskset)." \
         "The whole run took $((SECONDS / 60)) min $((SECONDS % 60)) s: $(IFS=,; echo "${STEPS[*]}" | sed 's/,/, /g')."
    echo
    echo "Requests/s, median of $REPEAT × ${WRK_SECONDS} s (min–max), wrk -t1 -c32; the ratios are the median (min–max) of each round's own ratio:"
    echo
    echo "| Answer | AntiCor | Minimal Kestrel (same bytes from memory) | nginx (same bytes as a file) | AntiCor / Kestrel | AntiCor / nginx |"
    echo "|---|---:|---:|---:|---:|---:|"
    row "Public programme page (${PAGE_KB} KB)" page; PAGE_RATIO=$LAST_RATIO
    row "Programme open-data JSON (${JSON_KB} KB)" json; JSON_RATIO=$LAST_RATIO
    echo
    echo "Deadline rush (each submission with a 10 KB PDF; the server a process of its own). Back to back, every"
    echo "executor posting its next report the moment the last is acknowledged, measures capacity: latency there is"
    echo "the queue (Little's law: submitters / throughput). Paced, each pauses about $((PACE_MS / 1000)) s between reports, as a"
    echo "person filling in the next form would (offered load about $((SUBMITTERS * 1000 / PACE_MS)) submissions/s):"
    echo
    for provider in Sqlite Postgres; do echo "- back to back: ${RUSH[$provider]}"; echo "- paced: ${RUSH[${provider}_paced]}"; done
    echo
    echo "How cost grows with data (SQLite; p50 / p95 in ms over $ROUNDS rounds; plot: [growth.svg](growth.svg)):"
    echo
    echo "| Organisations | Data set | Period board | Programme overview | Organisations list | Public programme page |"
    echo "|---:|---|---:|---:|---:|---:|"
    for size in "${SIZES[@]}"; do
        cells=""
        for page in "period board" "programme overview" "organisations" "public programme page"; do
            cells+=" $(page_ms "${PAGES[$size]}" "$page" | awk '{ printf "%s / %s", $1, $2 }') |"
        done
        echo "| $size | ${GENERATED[$size]#bench-data: } |$cells"
    done
    echo
    echo "![p95 against organisations](growth.svg)"
    echo
    echo "Micro-benchmarks (BenchmarkDotNet, on core $SERVER_CPU):"
    echo
    if [[ -n $MICRO ]]; then echo "$MICRO"; elif ((QUICK)); then echo "(not run: --quick)"; else echo "(no results: the run failed)"; fi
    echo
    echo "Peak RSS: the app $APP_RSS MB serving the ceilings' load (the minimal Kestrel $CEILING_RSS MB); the rush's servers in their lines."
    echo
    echo "Targets:"
    echo "- (a) page at least 0.9 of the Kestrel ceiling: $(met "$PAGE_RATIO" 0.9) ($PAGE_RATIO)"
    echo "- (b) open-data JSON at least 0.9 of the Kestrel ceiling: $(met "$JSON_RATIO" 0.9) ($JSON_RATIO)"
    for run in Sqlite Sqlite_paced Postgres Postgres_paced; do
        ((QUICK)) && [[ $run != *_paced ]] && continue
        # A figure missing from a line prints as "?" rather than stopping the script (pipefail).
        p99=$(grep -o 'p99 [0-9.]*' <<<"${RUSH[$run]}" | cut -d' ' -f2 || true)
        errors=$(grep -o 'errors [0-9]*' <<<"${RUSH[$run]}" | cut -d' ' -f2 || true)
        verdict=$(awk -v p="${p99:-999999}" -v e="${errors:-1}" 'BEGIN { print (p < 250 && e == 0 ? "met" : "not met") }')
        echo "- (c) rush on ${run%_paced}$([[ $run == *_paced ]] && echo ', paced' || echo ', back to back'), zero errors and p99 < 250 ms: $verdict (p99 ${p99:-?} ms, errors ${errors:-?})"
    done
    biggest=${SIZES[-1]}
    for page in "period board" "programme overview" "organisations"; do
        p95=$(page_ms "${PAGES[$biggest]}" "$page" | cut -d' ' -f2 || true)
        echo "- (d) $page p95 < 150 ms at $biggest organisations: $(awk -v p="${p95:-999999}" 'BEGIN { print (p < 150 ? "met" : "not met") }') (${p95:-?} ms)"
    done
    gen_s=$(grep -o 'in [0-9]* s' <<<"${GENERATED[$biggest]}" | cut -d' ' -f2 || true)
    echo "- generating $biggest organisations in under 10 minutes: $(awk -v s="${gen_s:-999999}" 'BEGIN { print (s < 600 ? "met" : "not met") }') (${gen_s:-?} s; the 1 M-report target is for 1,500)"
    text_ms=$(micro_ms ImportText); docx_ms=$(micro_ms ConsolidatedDocx)
    if ((QUICK)); then
        echo "- the seed's text import < 5 ms and the consolidated DOCX < 500 ms: not run (--quick)"
    else
        echo "- the seed's text import < 5 ms: $(awk -v v="${text_ms:-999999}" 'BEGIN { print (v > 0 && v < 5 ? "met" : "not met") }') (${text_ms:-?} ms)"
        echo "- the consolidated DOCX for a city-quarter < 500 ms: $(awk -v v="${docx_ms:-999999}" 'BEGIN { print (v > 0 && v < 500 ? "met" : "not met") }') (${docx_ms:-?} ms)"
    fi
    # Every server the run measured: the app under the ceilings' load and each rush's own process.
    rush_rss=$(printf '%s\n' "${RUSH[@]}" | grep -o 'server peak RSS [0-9]*' | awk '$4 > m { m = $4 } END { print m + 0 }' || true)
    echo "- peak RSS < 400 MB, every server (the app under the ceilings' load $APP_RSS MB, the rushes' servers up to ${rush_rss:-?} MB):" \
        "$(awk -v a="$APP_RSS" -v r="${rush_rss:-999999}" 'BEGIN { print (a < 400 && r < 400 ? "met" : "not met") }')"
    echo "<!-- run.sh:end -->"
} >"$section"
cat "$section"

results=bench/RESULTS.md
if grep -q '<!-- run.sh:begin -->' "$results"; then
    awk -v f="$section" '
        /<!-- run.sh:begin -->/ { while ((getline line < f) > 0) print line; skip = 1; next }
        /<!-- run.sh:end -->/ { skip = 0; next }
        !skip { print }' "$results" >"$WORK/results.md"
    cp "$WORK/results.md" "$results"
else
    { echo; cat "$section"; } >>"$results"
fi
log "bench/RESULTS.md updated"
