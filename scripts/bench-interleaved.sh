#!/usr/bin/env bash
# Interleaved timing for a shared, busy machine: runs each command once per round, in turn,
# for ROUNDS rounds (stdout to /dev/null), and prints each command's median and fastest wall
# time. Interleaving spreads other load over all commands alike, which hyperfine's one-command-
# at-a-time runs do not; the fastest run approximates an idle machine.
#
#     scripts/bench-interleaved.sh 21 "target/release/secrets token-bytes 268435456" \
#         "openssl rand 268435456"
#
# Commands are split on spaces (no shell quoting inside a command).
set -euo pipefail
if (($# < 2)); then
    echo "usage: $0 ROUNDS COMMAND..." >&2
    exit 2
fi
exec python3 - "$@" <<'PY'
import os, statistics, subprocess, sys, time

rounds, cmds = int(sys.argv[1]), sys.argv[2:]
times = {c: [] for c in cmds}
with open(os.devnull, "wb") as null:
    for _ in range(rounds):
        for c in cmds:
            start = time.perf_counter()
            subprocess.run(c.split(), stdout=null, check=True)
            times[c].append(time.perf_counter() - start)
for c in cmds:
    t = sorted(times[c])
    print(f"{statistics.median(t) * 1e3:9.1f} ms median {t[0] * 1e3:9.1f} ms fastest  {c}")
print("load average at end:", " ".join(open("/proc/loadavg").read().split()[:3]))
PY
