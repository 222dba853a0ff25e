#!/usr/bin/env bash
# Reading operands: `secrets compare file:a file:b` on two 32 MiB files, side by side with
# `cat a b > /dev/null` (the cost of just reading them) under hyperfine. Target: within 2x.
#
#     scripts/bench-read.sh            # builds target/release/secrets first
#     SECRETS_BIN=path scripts/bench-read.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "error: hyperfine is required (apt-get install hyperfine)" >&2; exit 2; }
if [[ -z ${SECRETS_BIN:-} ]]; then
    cargo build --release --locked >&2
    SECRETS_BIN=target/release/secrets
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$SECRETS_BIN" "$work/secrets"
head -c 33554432 /dev/urandom > "$work/a"
cp "$work/a" "$work/b"
# Warm the page cache for both.
cat "$work/a" "$work/b" > /dev/null
hyperfine -N --output=null --style basic -w 3 -r 30 --export-json "$work/r.json" \
    -n cat "cat $work/a $work/b" \
    -n compare "$work/secrets compare file:$work/a file:$work/b" >&2
python3 - "$work/r.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
ratio = r["compare"] / r["cat"]
print(f"| compare file:a file:b, 2 x 32 MiB | {r['compare']*1e3:.1f} ms | cat a b | "
      f"{r['cat']*1e3:.1f} ms | {ratio:.2f}x | within 2x | {'PASS' if ratio <= 2 else 'MISS'} |")
PY
