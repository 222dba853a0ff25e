#!/usr/bin/env bash
# Whole-command speed comparisons with peer tools: the targets of the "Speed" issue.
#
# Builds the release binary, times it side by side with pwgen, Python's secrets module,
# openssl and /dev/urandom under hyperfine, measures peak RSS with /usr/bin/time, and prints
# a Markdown report (machine info and one table row per target) on standard output.
# hyperfine's own progress goes to standard error, so
#
#     scripts/bench-peers.sh > bench-peers.md
#
# keeps only the report. Every ratio compares two medians from the same hyperfine run.
#
# Environment:
#   QUICK=1          smaller sizes and fewer runs: a smoke test of the script, not a verdict
#   SECRETS_BIN=...  benchmark this binary instead of building target/release/secrets
#   SECRETS_BEFORE_BIN=...  also time this older build (e.g. main before the bulk generator)
#                    on the password target, for the "≥ 2x faster than before" row
#
# Missing hyperfine, pwgen or /usr/bin/time are installed with apt-get when running as
# root; otherwise a missing peer is skipped with a note (hyperfine itself is required).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

note() { printf '%s\n' "$*" >&2; }

QUICK=${QUICK:-0}
if [[ $QUICK == 1 ]]; then
    pw_count=100000
    hex_bytes=$((32 * 1024 * 1024))
    mem_pw_count=1000000
    mem_hex_bytes=$((128 * 1024 * 1024))
    warmup=1 min_runs=2 max_runs=3 startup_runs=30
else
    pw_count=1000000
    hex_bytes=268435456 # 256 MiB
    mem_pw_count=10000000
    mem_hex_bytes=1073741824 # 1 GiB of random bytes: 2 GiB of hex text
    # hyperfine picks each command's run count to fill ~3 s, clamped to these bounds: our
    # commands get max_runs, the slow peers (pwgen, Python, openssl take 10-40 s a run)
    # get min_runs, so a full run stays within ~10 minutes. One warm-up run each: only the
    # page cache needs warming, and a second warm-up of the Python loop costs 40 s.
    warmup=1 min_runs=3 max_runs=10 startup_runs=50
fi

# --- tools ---------------------------------------------------------------------------

# have, apt_install
. "$root/scripts/tools.sh"

missing_pkgs=()
have hyperfine || missing_pkgs+=(hyperfine)
have pwgen || missing_pkgs+=(pwgen)
[[ -x /usr/bin/time ]] || missing_pkgs+=(time)
if ((${#missing_pkgs[@]})); then
    note "installing ${missing_pkgs[*]}"
    apt_install "${missing_pkgs[@]}" || note "could not install ${missing_pkgs[*]} (not root, or no apt-get)"
fi
if ! have hyperfine; then
    note "error: hyperfine is required (apt-get install hyperfine, or cargo install hyperfine)"
    exit 1
fi

# The real interpreter, not a version-manager shim whose start-up would be timed too.
python=""
if have python3; then
    python=$(python3 -c 'import sys; print(sys.executable)')
fi
if [[ -z $python ]] && ! have jq; then
    note "error: python3 or jq is needed to read hyperfine's JSON"
    exit 1
fi

load_start=$(cut -d " " -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- the binary ----------------------------------------------------------------------

if [[ -n ${SECRETS_BIN:-} ]]; then
    src_bin=$SECRETS_BIN
else
    note "building the release binary"
    cargo build --release --locked >&2
    src_bin=$(cargo metadata --format-version 1 --no-deps |
        sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/release/secrets
fi
# A private copy: a concurrent build into the shared target directory cannot swap it out.
bin=$work/secrets
cp "$src_bin" "$bin"

# --- helpers -------------------------------------------------------------------------

# median FILE INDEX: the median in seconds of the INDEX-th command of a hyperfine export.
median() {
    if [[ -n $python ]]; then
        "$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"])' "$1" "$2"
    else
        jq -r ".results[$2].median" "$1"
    fi
}

# calc EXPR: floating-point arithmetic.
calc() { awk "BEGIN { printf \"%.6g\", ($1) }"; }

# fmt_time SECONDS: a human-friendly duration.
fmt_time() {
    awk -v s="$1" 'BEGIN {
        if (s >= 1) printf "%.2f s", s; else if (s >= 0.001) printf "%.1f ms", s * 1e3;
        else printf "%.0f µs", s * 1e6 }'
}

# verdict OK: PASS or MISS from a 1/0 awk condition result.
verdict() { if [[ $1 == 1 ]]; then echo PASS; else echo MISS; fi; }

rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 | $6 | $7 |"); }

# bench NAME ARGS...: runs hyperfine without a shell, stdout to /dev/null, exporting to
# $work/NAME.json. Commands are given as (-n name command) pairs in ARGS.
bench() {
    local name=$1
    shift
    note ""
    note "== $name"
    hyperfine -N --output=null --style basic --export-json "$work/$name.json" "$@" >&2
}

bulk=(--warmup "$warmup" --min-runs "$min_runs" --max-runs "$max_runs")

# --- passwords -----------------------------------------------------------------------

ours_pw="$bin password -n $pw_count -l 16 --no-symbols --min-lower 0 --min-upper 0 --min-digits 0"
ours_pw_default="$bin password -n $pw_count -l 16"
peers_pw=(-n "secrets (62 chars, no minimums)" "$ours_pw" -n "secrets (default policy)" "$ours_pw_default")
pw_idx=()
if have pwgen; then
    peers_pw+=(-n "pwgen -s" "pwgen -s 16 $pw_count")
    pw_idx+=(pwgen)
fi
if [[ -n $python ]]; then
    # secrets.choice over the same 62 characters, streamed to stdout. chr(10) rather than a
    # backslash escape keeps hyperfine's word splitting out of it.
    py_code="import secrets, string, sys; a = string.ascii_letters + string.digits; c = secrets.choice; nl = chr(10); sys.stdout.writelines(''.join([c(a) for _ in range(16)]) + nl for _ in range($pw_count))"
    peers_pw+=(-n "python3 secrets.choice" "$python -c \"$py_code\"")
    pw_idx+=(python)
fi
bench passwords "${bulk[@]}" "${peers_pw[@]}"

t_pw=$(median "$work/passwords.json" 0)
t_pw_default=$(median "$work/passwords.json" 1)
pw_label="$pw_count passwords, 16 chars of 62"

i=2
for peer in pwgen python; do
    case $peer in
        pwgen) peer_label="\`pwgen -s 16 $pw_count\`" ;;
        python) peer_label="Python \`secrets.choice\` loop" ;;
    esac
    if [[ " ${pw_idx[*]} " == *" $peer "* ]]; then
        t_peer=$(median "$work/passwords.json" "$i")
        ratio=$(calc "$t_peer / $t_pw")
        ok=$(calc "$ratio >= 20")
        row "$pw_label vs $peer" "$(fmt_time "$t_pw")" "$peer_label" "$(fmt_time "$t_peer")" \
            "$(awk -v r="$ratio" 'BEGIN { printf "%.1fx faster", r }')" "≥ 20x faster" "$(verdict "$ok")"
        i=$((i + 1))
    else
        row "$pw_label vs $peer" "$(fmt_time "$t_pw")" "$peer_label" "—" "—" "≥ 20x faster" "SKIP ($peer not installed)"
    fi
done

ratio=$(calc "$t_pw_default / $t_pw")
row "default policy, $pw_count × 16 chars" "$(fmt_time "$t_pw_default")" "ours, 62 chars, no minimums" \
    "$(fmt_time "$t_pw")" "$(awk -v r="$ratio" 'BEGIN { printf "%.2fx", r }')" "≤ 1.5x" \
    "$(verdict "$(calc "$ratio <= 1.5")")"

# --- bulk hex ------------------------------------------------------------------------

hex_label="token-hex $hex_bytes"
ours_hex="$bin token-hex $hex_bytes"
# Both take ~1 s a run at full size: a fixed run count rather than hyperfine's 3-second budget.
bench hex_urandom --warmup "$warmup" --runs "$max_runs" \
    -n "secrets token-hex" "$ours_hex" -n "head /dev/urandom" "head -c $hex_bytes /dev/urandom"
t_hex=$(median "$work/hex_urandom.json" 0)
t_head=$(median "$work/hex_urandom.json" 1)
ratio=$(calc "$t_hex / $t_head")
row "$hex_label > /dev/null" "$(fmt_time "$t_hex")" "\`head -c $hex_bytes /dev/urandom\`" "$(fmt_time "$t_head")" \
    "$(awk -v r="$ratio" 'BEGIN { printf "%.2fx", r }')" "≤ 1.3x" "$(verdict "$(calc "$ratio <= 1.3")")"
if have openssl; then
    # openssl takes ~30 s a run at full size: min_runs for it, no warm-up.
    bench hex_openssl --warmup 0 --runs "$min_runs" \
        -n "secrets token-hex" "$ours_hex" -n "openssl rand -hex" "openssl rand -hex $hex_bytes"
    t_hex2=$(median "$work/hex_openssl.json" 0)
    t_ossl=$(median "$work/hex_openssl.json" 1)
    ratio=$(calc "$t_ossl / $t_hex2")
    row "$hex_label > /dev/null" "$(fmt_time "$t_hex2")" "\`openssl rand -hex $hex_bytes\`" "$(fmt_time "$t_ossl")" \
        "$(awk -v r="$ratio" 'BEGIN { printf "%.1fx faster", r }')" "≥ 10x faster" "$(verdict "$(calc "$ratio >= 10")")"
else
    row "$hex_label > /dev/null" "$(fmt_time "$t_hex")" "\`openssl rand -hex\`" "—" "—" "≥ 10x faster" "SKIP (openssl not installed)"
fi

# --- bulk bytes, base64url and passwords against the bulk generator's targets ----------

bytes_label="token-bytes $hex_bytes"
ours_bytes="$bin token-bytes $hex_bytes"
# Fixed run counts: every command here takes well under a second at full size.
bytes_cmds=(-n "secrets token-bytes" "$ours_bytes" -n "head /dev/urandom" "head -c $hex_bytes /dev/urandom")
if have openssl; then
    bytes_cmds+=(-n "openssl rand" "openssl rand $hex_bytes")
fi
bench bytes --warmup "$warmup" --runs "$max_runs" "${bytes_cmds[@]}"
t_bytes=$(median "$work/bytes.json" 0)
t_head=$(median "$work/bytes.json" 1)
ratio=$(calc "$t_head / $t_bytes")
row "$bytes_label > /dev/null" "$(fmt_time "$t_bytes")" "\`head -c $hex_bytes /dev/urandom\`" "$(fmt_time "$t_head")" \
    "$(awk -v r="$ratio" 'BEGIN { printf "%.2fx faster", r }')" "≥ 1.2x faster" "$(verdict "$(calc "$ratio >= 1.2")")"
if have openssl; then
    t_ossl=$(median "$work/bytes.json" 2)
    ratio=$(calc "$t_ossl / $t_bytes")
    row "$bytes_label > /dev/null" "$(fmt_time "$t_bytes")" "\`openssl rand $hex_bytes\`" "$(fmt_time "$t_ossl")" \
        "$(awk -v r="$ratio" 'BEGIN { printf "%.2fx faster", r }')" "≥ 1.2x faster" "$(verdict "$(calc "$ratio >= 1.2")")"
    # The same entropy: openssl draws $hex_bytes bytes and base64-encodes them (padded, with
    # line breaks), as token-urlsafe does without padding or breaks.
    bench urlsafe --warmup "$warmup" --runs "$max_runs" \
        -n "secrets token-urlsafe" "$bin token-urlsafe $hex_bytes" -n "openssl rand -base64" "openssl rand -base64 $hex_bytes"
    t_url=$(median "$work/urlsafe.json" 0)
    t_ossl=$(median "$work/urlsafe.json" 1)
    ratio=$(calc "$t_ossl / $t_url")
    row "token-urlsafe $hex_bytes > /dev/null" "$(fmt_time "$t_url")" "\`openssl rand -base64 $hex_bytes\`" "$(fmt_time "$t_ossl")" \
        "$(awk -v r="$ratio" 'BEGIN { printf "%.2fx faster", r }')" "≥ 1.5x faster" "$(verdict "$(calc "$ratio >= 1.5")")"
else
    row "$bytes_label > /dev/null" "$(fmt_time "$t_bytes")" "\`openssl rand\`" "—" "—" "≥ 1.2x faster" "SKIP (openssl not installed)"
    row "token-urlsafe $hex_bytes > /dev/null" "—" "\`openssl rand -base64\`" "—" "—" "≥ 1.5x faster" "SKIP (openssl not installed)"
fi
if [[ -n ${SECRETS_BEFORE_BIN:-} ]]; then
    cp "$SECRETS_BEFORE_BIN" "$work/secrets-before"
    before_pw="$work/secrets-before password -n $pw_count -l 16 --no-symbols --min-lower 0 --min-upper 0 --min-digits 0"
    bench passwords_before "${bulk[@]}" -n "secrets (this build)" "$ours_pw" -n "secrets (before)" "$before_pw"
    t_now=$(median "$work/passwords_before.json" 0)
    t_before=$(median "$work/passwords_before.json" 1)
    ratio=$(calc "$t_before / $t_now")
    row "$pw_label vs the build before" "$(fmt_time "$t_now")" "\`SECRETS_BEFORE_BIN\` (same command)" "$(fmt_time "$t_before")" \
        "$(awk -v r="$ratio" 'BEGIN { printf "%.2fx faster", r }')" "≥ 2x faster" "$(verdict "$(calc "$ratio >= 2")")"
else
    row "$pw_label vs the build before" "—" "\`SECRETS_BEFORE_BIN\` unset" "—" "—" "≥ 2x faster" "SKIP (no older build given)"
fi

# --- start-up ------------------------------------------------------------------------

bench startup --warmup 5 --runs "$startup_runs" \
    -n "secrets token-hex" "$bin token-hex" -n "true" "true"
t_one=$(median "$work/startup.json" 0)
t_true=$(median "$work/startup.json" 1)
delta=$(calc "$t_one - $t_true")
row "one token, cold process (median of $startup_runs)" "$(fmt_time "$t_one")" "\`true\`" "$(fmt_time "$t_true")" \
    "$(awk -v d="$delta" 'BEGIN { printf "%+.2f ms", d * 1e3 }')" "≤ +3 ms" "$(verdict "$(calc "$delta <= 0.003")")"

# --- memory --------------------------------------------------------------------------

# peak_rss_kib ARGS...: peak resident set size in KiB of one run with stdout to /dev/null.
peak_rss_kib() {
    /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null
    tail -n 1 "$work/rss"
}

mem_row() {
    local label=$1
    shift
    if [[ ! -x /usr/bin/time ]]; then
        row "$label" "—" "—" "—" "—" "< 16 MiB peak RSS" "SKIP (/usr/bin/time not installed)"
        return
    fi
    note ""
    note "== peak RSS: $label"
    local kib
    kib=$(peak_rss_kib "$@")
    row "$label" "$(awk -v k="$kib" 'BEGIN { printf "%.1f MiB", k / 1024 }')" "—" "—" "—" \
        "< 16 MiB peak RSS" "$(verdict "$(calc "$kib < 16 * 1024")")"
}

mem_row "memory: password -n $mem_pw_count (default policy)" "$bin" password -n "$mem_pw_count"
mem_row "memory: token-hex $mem_hex_bytes" "$bin" token-hex "$mem_hex_bytes"

# --- report --------------------------------------------------------------------------

model=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
echo "## secrets: speed against peer tools"
echo
if [[ $QUICK == 1 ]]; then
    echo "**QUICK run: reduced sizes and runs; a smoke test, not a verdict on the targets.**"
    echo
fi
echo "- CPU: ${model:-unknown} × $(nproc) (nproc)"
echo "- Kernel: $(uname -srm)"
echo "- Load average at start (1/5/15 min): $load_start; at end: $(cut -d " " -f 1-3 /proc/loadavg 2>/dev/null || echo unknown) (other work on the machine skews the medians)"
echo "- secrets: $("$bin" --version 2>/dev/null | head -n 1) ($(git -C "$root" describe --always --dirty 2>/dev/null || echo 'no git'))"
echo "- hyperfine: $(hyperfine --version | awk '{ print $2 }'); openssl: $(if have openssl; then openssl version | awk '{ print $2 }'; else echo absent; fi); Python: $(if [[ -n $python ]]; then "$python" -c 'import platform; print(platform.python_version())'; else echo absent; fi); pwgen: $(if have pwgen; then echo present; else echo absent; fi)"
echo "- Medians under hyperfine, stdout to /dev/null; each ratio's two medians come from the same hyperfine run. Peak RSS from \`/usr/bin/time -f %M\`."
echo
echo "| Target | Ours (median) | Peer | Peer (median) | Ratio | Goal | Result |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
