#!/usr/bin/env bash
# deploy/smoke.sh - publish AntiCor, run it behind deploy/nginx/anticor.conf on loopback with a
# self-signed certificate, check it as a visitor and as a load balancer would, stop everything.
#
#   deploy/smoke.sh                 publish (Release) and check
#   SMOKE_NO_BUILD=1 deploy/smoke.sh   publish from an existing Release build (test.sh does this)
#
# Checks: /health/ready over HTTPS is 200 and Healthy; a public page over HTTPS shows the bundled
# programme; plain HTTP is redirected; HSTS is sent; a static file is cached by nginx on the
# second request; an upload over the app's limit is refused by nginx (413); the app honours
# X-Forwarded-Proto from nginx on loopback. Installs nginx with apt-get when missing (as root).
# Everything lives in one temporary folder, deleted at the end. Exit status 0 only if all passed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/anticor-smoke.XXXXXX")"
HOST=anticor.test
APP_PID=""
NGINX_STARTED=""
FAILED=0

log() { printf '==> smoke: %s\n' "$*"; }
die() { printf 'smoke.sh: ERROR: %s\n' "$*" >&2; exit 1; }

# shellcheck disable=SC2317  # invoked through the EXIT trap
cleanup() {
    local rc=$?
    if [[ -n $NGINX_STARTED ]]; then
        nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s quit 2>/dev/null || true
    fi
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    if ((rc != 0)) && [[ -f $WORK/app.log ]]; then
        echo "--- last lines of the app's log:" >&2
        tail -n 30 "$WORK/app.log" >&2 || true
    fi
    if ((rc != 0)) && [[ -f $WORK/nginx/error.log ]]; then
        echo "--- nginx error log:" >&2
        tail -n 20 "$WORK/nginx/error.log" >&2 || true
    fi
    rm -rf -- "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# free_port: the same port picker the test cluster uses.
# shellcheck source=scripts/throwaway-postgres.sh
source "$ROOT/scripts/throwaway-postgres.sh"

check() { # description command...
    local what=$1
    shift
    if "$@"; then
        log "ok   $what"
    else
        log "FAIL $what"
        FAILED=1
    fi
}

# ---------------------------------------------------------------- nginx
if ! command -v nginx >/dev/null 2>&1; then
    ((EUID == 0)) || die "nginx is missing: install it (apt-get install nginx-light) or run as root"
    log "installing nginx-light with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null 2>&1
    # The package starts the system's nginx on port 80; this script runs its own.
    (command -v systemctl >/dev/null && systemctl stop nginx 2>/dev/null) || nginx -s quit 2>/dev/null || true
fi
MIME="$(dirname "$(nginx -V 2>&1 | sed -n 's/.*--conf-path=\([^ ]*\).*/\1/p')")/mime.types"
[[ -f $MIME ]] || MIME=/etc/nginx/mime.types

# ---------------------------------------------------------------- publish
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1
log "dotnet publish src/AntiCor.Web -c Release -o <one folder>"
publish=(dotnet publish "$ROOT/src/AntiCor.Web" -c Release -o "$WORK/app" --nologo -v quiet)
[[ -z ${SMOKE_NO_BUILD:-} ]] || publish+=(--no-build)
"${publish[@]}" >"$WORK/publish.log" 2>&1 || { tail -n 40 "$WORK/publish.log" >&2; die "publish failed"; }
[[ -f $WORK/app/AntiCor.Web.dll ]] || die "the published folder has no AntiCor.Web.dll"

# ---------------------------------------------------------------- certificate
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$HOST" -addext "subjectAltName=DNS:$HOST" \
    -keyout "$WORK/privkey.pem" -out "$WORK/fullchain.pem" >/dev/null 2>&1 || die "openssl could not make a certificate"

# ---------------------------------------------------------------- the app, as the systemd unit runs it
APP_PORT="$(free_port)"
mkdir -p "$WORK/data"
log "starting the app on 127.0.0.1:$APP_PORT"
(
    cd "$WORK/app"
    exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" \
        Data__Folder="$WORK/data" Proxy__KnownProxies=127.0.0.1,::1 Accounts__SecureCookies=true \
        Jobs__PollInterval=00:00:02 dotnet AntiCor.Web.dll
) >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
    curl -fsS "http://127.0.0.1:$APP_PORT/health/live" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || die "the app exited during start"
    sleep 0.5
done
curl -fsS "http://127.0.0.1:$APP_PORT/health/live" >/dev/null || die "the app did not come up within 90 s"

# ---------------------------------------------------------------- nginx with the deploy config
HTTPS_PORT="$(free_port)"
HTTP_PORT="$(free_port)"
mkdir -p "$WORK/nginx/cache" "$WORK/nginx/temp"
if ((EUID == 0)); then
    # nginx's workers run as nobody: they write the cache and the request buffers.
    chmod 755 "$WORK" "$WORK/nginx"
    chown nobody "$WORK/nginx/cache" "$WORK/nginx/temp"
fi
# The deploy file itself, with only the ports, paths and name of this run put in.
sed -e "s|listen 443 ssl http2;|listen 127.0.0.1:$HTTPS_PORT ssl http2;|" \
    -e "s|listen 80;|listen 127.0.0.1:$HTTP_PORT;|" \
    -e '/listen \[::\]/d' \
    -e "s|server 127.0.0.1:5000;|server 127.0.0.1:$APP_PORT;|" \
    -e "s|server_name anticor.example.gov.ua;|server_name $HOST;|" \
    -e "s|/etc/ssl/anticor/|$WORK/|" \
    -e "s|/var/cache/nginx/anticor|$WORK/nginx/cache|" \
    "$ROOT/deploy/nginx/anticor.conf" >"$WORK/nginx/anticor.conf"
grep -q "127.0.0.1:$APP_PORT" "$WORK/nginx/anticor.conf" || die "deploy/nginx/anticor.conf no longer has the lines this script adapts"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 256; }
http {
    include $MIME;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $WORK/nginx/temp/body;
    proxy_temp_path $WORK/nginx/temp/proxy;
    fastcgi_temp_path $WORK/nginx/temp/fastcgi;
    uwsgi_temp_path $WORK/nginx/temp/uwsgi;
    scgi_temp_path $WORK/nginx/temp/scgi;
    include $WORK/nginx/anticor.conf;
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -t >"$WORK/nginx/test.log" 2>&1 || { cat "$WORK/nginx/test.log" >&2; die "nginx refuses the config"; }
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
NGINX_STARTED=1
log "nginx on https://$HOST:$HTTPS_PORT (127.0.0.1), http on $HTTP_PORT"

# ---------------------------------------------------------------- checks
https() { curl -sS --resolve "$HOST:$HTTPS_PORT:127.0.0.1" --cacert "$WORK/fullchain.pem" "$@"; }
base="https://$HOST:$HTTPS_PORT"

ready_ok() {
    local body code
    for _ in $(seq 1 30); do
        body="$(https -w '\n%{http_code}' "$base/health/ready")" || true
        code="${body##*$'\n'}"
        [[ $code == 200 ]] && grep -q '"status":"Healthy"' <<<"$body" && return 0
        sleep 1
    done
    echo "  /health/ready answered $code: ${body%$'\n'*}" >&2
    return 1
}
public_page_ok() {
    local page
    page="$(https -f "$base/o/kropyvnytskyi")" && grep -q 'Кропивницьк' <<<"$page"
}
redirect_ok() {
    local location
    location="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -H "Host: $HOST" "http://127.0.0.1:$HTTP_PORT/o/kropyvnytskyi")"
    [[ $location == "301 https://$HOST/o/kropyvnytskyi" ]] || { echo "  got: $location" >&2; return 1; }
}
hsts_ok() {
    [[ $(https -s -D - -o /dev/null "$base/" | grep -ci '^strict-transport-security: max-age=') == 1 ]]
}
static_cached_ok() {
    https -fs -o /dev/null "$base/css/site.css"
    https -fs -D - -o /dev/null "$base/css/site.css" | grep -qi '^x-cache-status: HIT'
}
upload_limit_ok() {
    local code
    code="$(head -c 23000000 /dev/zero | https -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/octet-stream' --data-binary @- "$base/programmes/import")"
    [[ $code == 413 ]] || { echo "  got $code" >&2; return 1; }
}
forwarded_proto_honoured_ok() {
    # Straight to the app from loopback (the known proxy): HSTS only when it is told the request was HTTPS.
    local told plain
    told="$(curl -sS -D - -o /dev/null -H "Host: $HOST" -H 'X-Forwarded-Proto: https' "http://127.0.0.1:$APP_PORT/" | grep -ci '^strict-transport-security:' || true)"
    plain="$(curl -sS -D - -o /dev/null -H "Host: $HOST" "http://127.0.0.1:$APP_PORT/" | grep -ci '^strict-transport-security:' || true)"
    [[ $told == 1 && $plain == 0 ]] || { echo "  HSTS with X-Forwarded-Proto: $told, without: $plain" >&2; return 1; }
}
check "/health/ready over HTTPS is 200 and Healthy" ready_ok
check "a public page over HTTPS shows the bundled programme" public_page_ok
check "plain HTTP is redirected to HTTPS" redirect_ok
check "one HSTS header over HTTPS" hsts_ok
check "static files are cached by nginx" static_cached_ok
check "an upload over 21 MB is refused by nginx (413)" upload_limit_ok
check "the app honours X-Forwarded-Proto from loopback" forwarded_proto_honoured_ok

# ---------------------------------------------------------------- graceful stop
kill -TERM "$APP_PID"
stopped=""
for _ in $(seq 1 100); do
    kill -0 "$APP_PID" 2>/dev/null || { stopped=1; break; }
    sleep 0.2
done
wait "$APP_PID" 2>/dev/null && stop_rc=0 || stop_rc=$?
APP_PID=""
check "SIGTERM stops the app within 20 s (exit $stop_rc)" test -n "$stopped"

if ((FAILED)); then
    die "some checks failed"
fi
log "all checks passed"
