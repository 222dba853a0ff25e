#!/usr/bin/env bash
# Benchmark `secrets redact` against `sed` performing the same literal substitutions and
# against `cat`, on one log with 100 secrets (each also in hex, URL and base64 forms).
#
#   scripts/bench-redact.sh            # a 1 GiB log; sed on its first 16 MiB
#   SIZE_MIB=256 SED_MIB=16 scripts/bench-redact.sh
#
# sed with ~1000 `s|secret|***|g` expressions runs at a few MB/s, so it is timed on the
# first SED_MIB of the same log, side by side with redact on that same slice (the ratio is
# measured, not extrapolated; its time for the whole log is estimated linearly). redact and
# cat are timed on the whole log. Each command runs 3 times; the best time counts, after a
# warm-up that puts the log in the page cache. The outputs of redact and sed are compared.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MIB=${SIZE_MIB:-1024}
SED_MIB=${SED_MIB:-16}
RUNS=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --locked --quiet
S=$PWD/target/release/secrets

# 100 secrets, made by `env fill` itself.
for i in $(seq -w 1 100); do
  printf '# secrets: token-urlsafe 24\nSECRET_%s=\n' "$i"
done > "$work/.env.example"
"$S" env fill "$work/.env.example" 2>/dev/null

# The log and the sed script (the same patterns as redact: src/redact/encodings.rs).
python3 - "$work" "$SIZE_MIB" "$SED_MIB" <<'PY'
import base64, binascii, random, sys, urllib.parse
work, size_mib, sed_mib = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
secrets = []
for line in open(f"{work}/.env"):
    if "='" in line:
        secrets.append(line.split("='", 1)[1].rstrip("\n")[:-1].encode())
def variants(s):
    unreserved = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    pct = lambda f: "".join(chr(b) if b in unreserved else f % b for b in s).encode()
    out = [s, binascii.hexlify(s), binascii.hexlify(s).upper(), pct("%%%02X"), pct("%%%02x")]
    for enc in (base64.b64encode, base64.urlsafe_b64encode):
        for k in range(3):
            e = enc(b"\0" * k + s).rstrip(b"=")
            start, end = -(-8 * k // 6), 8 * (k + len(s)) // 6
            out.append(e[start:end])
    seen, res = set(), []
    for v in out:
        if v not in seen and (v == s or len(v) >= 8):
            seen.add(v); res.append(v)
    return res
patterns = sorted({v for s in secrets for v in variants(s)}, key=len, reverse=True)
with open(f"{work}/redact.sed", "w") as f:
    for p in patterns:
        f.write("s|%s|***|g\n" % p.decode())
rng = random.Random(16)
lines = []
for i in range(40000):
    words = " ".join(rng.choice(["GET", "POST", "user", "ok", "cache", "miss", "db", "retry",
                                 "/api/v1/items", "200", "404", "took", "ms", "id"])
                     for _ in range(rng.randint(4, 12)))
    line = f"2026-11-26T10:{i % 60:02d}:{i % 60:02d}Z INFO {words} req={rng.getrandbits(64):016x}"
    if rng.random() < 0.01:
        line += " token=" + rng.choice(patterns).decode()
    lines.append(line)
block = ("\n".join(lines) + "\n").encode()
with open(f"{work}/log", "wb") as f:
    total = size_mib << 20
    while total > 0:
        f.write(block[:total]); total -= len(block[:total])
with open(f"{work}/log", "rb") as src, open(f"{work}/slice", "wb") as dst:
    dst.write(src.read(sed_mib << 20))
print(f"{len(secrets)} secrets, {len(patterns)} patterns (secrets and encodings)", file=sys.stderr)
PY

best() { # best wall time in seconds of "$@" over RUNS runs
  local best=""
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N)
    best=$(python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); b=sys.argv[3]; print(t if not b else min(t, float(b)))" "$t0" "$t1" "$best")
  done
  echo "$best"
}
redact() { "$S" redact --env-file "$work/.env" < "$1"; }
cat_() { cat < "$1"; }
sed_() { LC_ALL=C sed -f "$work/redact.sed" < "$1"; }

cat "$work/log" > /dev/null
t_cat=$(best cat_ "$work/log")
t_redact=$(best redact "$work/log")
t_redact_slice=$(best redact "$work/slice")
RUNS=1 t_sed_slice=$(RUNS=1 best sed_ "$work/slice")

if cmp -s <(redact "$work/slice") <(sed_ "$work/slice"); then same=identical; else same=DIFFERENT; fi

python3 - "$SIZE_MIB" "$SED_MIB" "$t_cat" "$t_redact" "$t_redact_slice" "$t_sed_slice" "$same" <<'PY'
import sys
size, sed_mib = int(sys.argv[1]), int(sys.argv[2])
t_cat, t_red, t_red_s, t_sed_s = map(float, sys.argv[3:7])
print(f"log: {size} MiB, 100 secrets; sed timed on the first {sed_mib} MiB (1 run)")
print(f"{'':24}{'seconds':>10}{'MiB/s':>10}")
print(f"{'cat':24}{t_cat:10.2f}{size / t_cat:10.0f}")
print(f"{'secrets redact':24}{t_red:10.2f}{size / t_red:10.0f}")
print(f"{'sed (same substitutions)':24}{t_sed_s * size / sed_mib:10.0f}{sed_mib / t_sed_s:10.1f}   (estimated from the slice)")
print(f"redact / cat on {size} MiB:     {t_red / t_cat:.2f}x  (goal: at most 4x)")
print(f"sed / redact on {sed_mib} MiB:      {t_sed_s / t_red_s:.0f}x  (goal: at least 20x)")
print(f"redact and sed outputs on the slice: {sys.argv[7]}")
PY
