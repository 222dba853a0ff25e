#!/usr/bin/env bash
# `check --breached --hibp-file`: a lookup in a Pwned Passwords file ordered by hash, searched
# in place. Builds a file of LINES lines (default 4.5 million, about 200 MB; HIBP's is ~2
# billion, ~40 GB), then reports the reads of the file (strace: pread64 calls and bytes),
# the peak RSS, and the time of a lookup beside `look` (bsdmainutils' binary search on a
# sorted file), page cache warm.
#
#     scripts/bench-breach.sh            # builds target/release/secrets first
#     SECRETS_BIN=path LINES=20000000 scripts/bench-breach.sh
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${LINES:-4500000}
if [[ -z ${SECRETS_BIN:-} ]]; then
    cargo build --release --locked >&2
    SECRETS_BIN=target/release/secrets
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file=$work/pwned.txt
# Ordered by construction: line i starts with i * (2^64 / LINES), then 24 digits of a digest.
python3 - "$file" "$lines" <<'PY'
import hashlib, sys
path, n = sys.argv[1], int(sys.argv[2])
step = (2**64 - 1) // n
with open(path, "w", newline="") as f:
    for i in range(n):
        tail = hashlib.sha1(i.to_bytes(8, "little")).hexdigest()[:24].upper()
        f.write("%016X%s:%d\r\n" % (i * step, tail, i + 1))
PY
size=$(stat -c %s "$file")
echo "file: $lines lines, $size bytes" >&2
pw='vT7#qLm2!xR9pZ4w'
run=("$SECRETS_BIN" check "pass:$pw" --breached --hibp-file "$file")
if command -v strace >/dev/null; then
    strace -f -e trace=pread64 -o "$work/trace" "${run[@]}" > /dev/null || true
    reads=$(grep -c 'pread64(' "$work/trace")
    bytes=$(grep -o '= [0-9]*$' "$work/trace" | awk '{s+=$2} END {print s}')
    echo "| preads of the file | $reads | bytes read | $bytes |"
fi
rss=$(/usr/bin/time -f %M "${run[@]}" 2>&1 >/dev/null | tail -1)
echo "| peak RSS | ${rss} KiB |"
if command -v hyperfine >/dev/null; then
    hash=$(printf %s "$pw" | sha1sum | cut -c1-40 | tr a-f A-F)
    cmds=(-n secrets "${run[*]@Q}")
    command -v look >/dev/null && cmds+=(-n look "look $hash $file")
    hyperfine -N -i --style basic -w 3 -r 30 "${cmds[@]}" >&2
fi
