#!/usr/bin/env bash
# Load test of `secrets serve` on loopback with wrk (Debian `wrk`): requests/s, p99 latency
# and the server's peak RSS for `GET /api/generate?length=20&special=true` at 64
# connections, with auth off and the limiter off, then with the in-process limiter, the
# Redis limiter (a redis-server on a unix socket) and TLS. Prints a markdown table.
#
#     scripts/bench-serve.sh                # 10 s per case
#     DURATION=30s scripts/bench-serve.sh
#
# The limiter cases use a limit no request reaches (60,000,000 per minute), so they measure
# the cost of the check, not refusals; every request goes to one client bucket. The audit
# log is on (to a file), as in production. wrk and the server share the machine: on 2 cores
# each gets about one.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${SECRETS_BIN:-target/release/secrets}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
WRK_THREADS=${WRK_THREADS:-2}
QUERY='/api/generate?length=20&special=true'

command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
[ -x "$BIN" ] || cargo build --release --locked

tmp=$(mktemp -d)
server_pid=
redis_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
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

# One case: a name, then the server's arguments.
run_case() {
    local name=$1
    shift
    start_server "$@"
    # Warm up (connections, buffers), then measure.
    wrk -t "$WRK_THREADS" -c "$CONNECTIONS" -d 2s "$base$QUERY" > /dev/null
    wrk -t "$WRK_THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency "$base$QUERY" > "$tmp/wrk" &
    local wrk_pid=$!
    echo 0 > "$tmp/rss"
    sample_rss "$wrk_pid" &
    local sampler=$!
    wait "$wrk_pid"
    wait "$sampler" 2>/dev/null || true
    local rps p99 errors rss
    rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' "$tmp/wrk")
    p99=$(awk '$1 == "99%" { print $2 }' "$tmp/wrk")
    errors=$(awk '/Non-2xx/ { print $NF }' "$tmp/wrk")
    rss=$(awk '{ printf "%.1f", $1 / 1024 }' "$tmp/rss")
    printf '| %s | %s | %s | %s MiB | %s |\n' "$name" "$rps" "$p99" "$rss" "${errors:-0}"
    stop_server
}

echo "secrets serve, $CONNECTIONS connections, $DURATION per case, wrk -t $WRK_THREADS;" \
    "$(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| case | requests/s | p99 | peak RSS | non-2xx |"
echo "|---|---:|---:|---:|---:|"
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
    echo "| Redis limiter | (redis-server not installed) | | | |"
fi

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 \
    -subj /CN=localhost -keyout "$tmp/key.pem" -out "$tmp/cert.pem" 2> /dev/null
run_case "TLS 1.3 (HTTP/1.1), no limiter" --rate-limit 0 \
    --tls-cert "$tmp/cert.pem" --tls-key "$tmp/key.pem"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
