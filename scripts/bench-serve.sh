#!/usr/bin/env bash
# Load test of `secrets serve` on loopback with wrk (Debian `wrk`): requests/s, p99 latency
# and the server's peak RSS for `GET /api/generate?length=20&special=true` at 64
# connections, with auth off and the limiter off, then with the in-process limiter, the
# Redis limiter (a redis-server on a unix socket) and TLS. Prints a markdown table.
#
#     scripts/bench-serve.sh                # 10 s per case
#     DURATION=30s scripts/bench-serve.sh
#     scripts/bench-serve.sh peers          # only the ceiling and floor, side by side
#
# Peers, side by side in the same run (the goal: at least 0.8x nginx, at least 10x Express):
# nginx (Debian nginx-light, one worker per core, its default access log to a file)
# answering a static JSON body of the same size from its config, the ceiling; and an
# Express server with express-rate-limit (scripts/bench-serve/express-server.js;
# `npm ci --prefix scripts/bench-serve`) answering the same contract. `secrets serve` runs
# as in production: its in-process limiter on (a limit no request reaches, as Express's)
# and the audit log to a file. Each is measured RUNS times (default 5), in turn, and the
# medians are compared.
#
# The limiter cases use a limit no request reaches (60,000,000 per minute), so they measure
# the cost of the check, not refusals; every request goes to one client bucket. The audit
# log is on (to a file), as in production. wrk and the server share the machine: on 2 cores
# each gets about one. "Server CPU per request" (user + system time of the server process
# over the run, divided by the requests) does not depend on what else the machine runs:
# 1e6 / it is what one idle core could serve.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${SECRETS_BIN:-target/release/secrets}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
WRK_THREADS=${WRK_THREADS:-2}
QUERY='/api/generate?length=20&special=true'

command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
RUNS=${RUNS:-5}
[ -x "$BIN" ] || cargo build --release --locked

tmp=$(mktemp -d)
server_pid=
redis_pid=
peer_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    [ -n "$peer_pid" ] && kill "$peer_pid" 2>/dev/null || true
    [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

# Starts the server with "$@"; sets server_pid and base.
start_server() {
    : > "$tmp/err"
    "$BIN" serve --bind 127.0.0.1:0 --audit-log "$tmp/audit.jsonl" "$@" 2> "$tmp/err" &
    server_pid=$!
    for _ in $(seq 200); do
        base=$(sed -n 's/^listening on //p' "$tmp/err")
        [ -n "$base" ] && return 0
        sleep 0.05
    done
    echo "the server did not start:" >&2
    cat "$tmp/err" >&2
    exit 1
}

stop_server() {
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=
    rm -f "$tmp/audit.jsonl"
}

# Peak VmRSS of the server (KiB), sampled every 100 ms while wrk runs.
sample_rss() {
    local peak=0 rss
    while kill -0 "$1" 2>/dev/null; do
        rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status" 2>/dev/null || echo 0)
        [ "${rss:-0}" -gt "$peak" ] && peak=$rss
        echo "$peak" > "$tmp/rss"
        sleep 0.1
    done
}

# The server's CPU time so far (user + system), in clock ticks.
cpu_ticks() {
    awk '{ print $14 + $15 }' "/proc/$server_pid/stat"
}

# One case: a name, then the server's arguments.
run_case() {
    local name=$1
    shift
    start_server "$@"
    # Warm up (connections, buffers), then measure.
    wrk -t "$WRK_THREADS" -c "$CONNECTIONS" -d 2s "$base$QUERY" > /dev/null
    local cpu_before
    cpu_before=$(cpu_ticks)
    wrk -t "$WRK_THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency "$base$QUERY" > "$tmp/wrk" &
    local wrk_pid=$!
    echo 0 > "$tmp/rss"
    sample_rss "$wrk_pid" &
    local sampler=$!
    wait "$wrk_pid"
    wait "$sampler" 2>/dev/null || true
    local ticks requests cpu_us
    ticks=$(($(cpu_ticks) - cpu_before))
    requests=$(awk '/requests in/ { print $1 }' "$tmp/wrk")
    cpu_us=$(awk -v t="$ticks" -v n="$requests" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%.1f", t / hz * 1e6 / n }')
    local rps p99 errors rss
    rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' "$tmp/wrk")
    p99=$(awk '$1 == "99%" { print $2 }' "$tmp/wrk")
    errors=$(awk '/Non-2xx/ { print $NF }' "$tmp/wrk")
    rss=$(awk '{ printf "%.1f", $1 / 1024 }' "$tmp/rss")
    printf '| %s | %s | %s | %s MiB | %s µs | %s |\n' "$name" "$rps" "$p99" "$rss" "$cpu_us" \
        "${errors:-0}"
    stop_server
}

# A free TCP port on loopback.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until $1 answers.
wait_http() {
    for _ in $(seq 200); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        sleep 0.05
    done
    echo "no answer from $1" >&2
    exit 1
}

# Requests/s of one wrk run against $1 (after a 1 s warm-up).
rps_of() {
    wrk -t "$WRK_THREADS" -c "$CONNECTIONS" -d 1s "$1" > /dev/null
    wrk -t "$WRK_THREADS" -c "$CONNECTIONS" -d "$DURATION" "$1" \
        | awk '/^Requests\/sec:/ { printf "%d", $2 }'
}

median() {
    tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# nginx, Express and `secrets serve` (audit log to a file), RUNS rounds, each round all
# three in turn; prints the medians and the ratios.
peers() {
    command -v nginx >/dev/null || { echo "needs nginx (apt-get install nginx-light)" >&2; exit 2; }
    [ -d scripts/bench-serve/node_modules/express ] ||
        npm ci --prefix scripts/bench-serve --no-audit --no-fund > /dev/null
    start_server --rate-limit 0
    local sample
    sample=$(curl -fsS "$base$QUERY")
    stop_server
    # The same size, without characters nginx would read as variables or quotes.
    local empty='{"password":"","length":20}'
    local filler=$((${#sample} - ${#empty}))
    sample='{"password":"'$(head -c "$filler" /dev/zero | tr '\0' a)'","length":20}'
    local nginx_port express_port
    nginx_port=$(free_port)
    mkdir -p "$tmp/nginx"
    cat > "$tmp/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $tmp/nginx.pid;
error_log $tmp/nginx/error.log;
events { worker_connections 4096; }
http {
    access_log $tmp/nginx/access.log;
    client_body_temp_path $tmp/nginx;
    proxy_temp_path $tmp/nginx;
    fastcgi_temp_path $tmp/nginx;
    uwsgi_temp_path $tmp/nginx;
    scgi_temp_path $tmp/nginx;
    server {
        listen 127.0.0.1:$nginx_port;
        location = /api/generate {
            default_type application/json;
            return 200 '$sample';
        }
    }
}
CONF
    local ours=() theirs=() express=()
    for round in $(seq "$RUNS"); do
        nginx -c "$tmp/nginx.conf" -e "$tmp/nginx/error.log" &
        peer_pid=$!
        wait_http "http://127.0.0.1:$nginx_port$QUERY"
        theirs+=("$(rps_of "http://127.0.0.1:$nginx_port$QUERY")")
        kill -QUIT "$peer_pid"; wait "$peer_pid" 2>/dev/null || true; peer_pid=
        rm -f "$tmp/nginx/access.log"

        start_server --rate-limit 60000000
        ours+=("$(rps_of "$base$QUERY")")
        stop_server

        express_port=$(free_port)
        node scripts/bench-serve/express-server.js "$express_port" 2> /dev/null &
        peer_pid=$!
        wait_http "http://127.0.0.1:$express_port$QUERY"
        express+=("$(rps_of "http://127.0.0.1:$express_port$QUERY")")
        kill "$peer_pid"; wait "$peer_pid" 2>/dev/null || true; peer_pid=
        echo "round $round: nginx ${theirs[-1]}, secrets serve ${ours[-1]}, express ${express[-1]}" >&2
    done
    local n s e
    n=$(echo "${theirs[*]}" | median)
    s=$(echo "${ours[*]}" | median)
    e=$(echo "${express[*]}" | median)
    echo "| server ($RUNS runs of $DURATION, $CONNECTIONS connections) | median requests/s | secrets serve is |"
    echo "|---|---:|---:|"
    echo "| nginx, static body of ${#sample} bytes | $n | $(awk -v a="$s" -v b="$n" 'BEGIN { printf "%.2fx", a / b }') |"
    echo "| secrets serve, limiter on, audit log to a file | $s | 1.00x |"
    echo "| Express and express-rate-limit (node $(node --version)) | $e | $(awk -v a="$s" -v b="$e" 'BEGIN { printf "%.1fx", a / b }') |"
}

if [ "${1:-}" = peers ]; then
    peers
    exit 0
fi

echo "secrets serve, $CONNECTIONS connections, $DURATION per case, wrk -t $WRK_THREADS;" \
    "$(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| case | requests/s | p99 | peak RSS | server CPU per request | non-2xx |"
echo "|---|---:|---:|---:|---:|---:|"
run_case "plain HTTP, no limiter" --rate-limit 0
run_case "in-process limiter" --rate-limit 60000000

if command -v redis-server >/dev/null; then
    redis-server --port 0 --unixsocket "$tmp/redis.sock" --save '' --appendonly no \
        > /dev/null 2>&1 &
    redis_pid=$!
    for _ in $(seq 100); do [ -S "$tmp/redis.sock" ] && break; sleep 0.05; done
    run_case "Redis limiter (unix socket)" --rate-limit 60000000 \
        --rate-limit-redis "unix://$tmp/redis.sock"
    kill "$redis_pid"
    redis_pid=
else
    echo "| Redis limiter | (redis-server not installed) | | | | |"
fi

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 \
    -subj /CN=localhost -keyout "$tmp/key.pem" -out "$tmp/cert.pem" 2> /dev/null
run_case "TLS 1.3 (HTTP/1.1), no limiter" --rate-limit 0 \
    --tls-cert "$tmp/cert.pem" --tls-key "$tmp/key.pem"
echo
peers
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
