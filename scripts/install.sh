#!/usr/bin/env bash
# Installs `secrets` like a system tool: the binary, the man pages, and the completion
# script of every shell found on this machine, in the standard places under a prefix.
#
#   scripts/install.sh [--prefix DIR] [--bin PATH] [--uninstall]
#
# --prefix DIR  where to install (default: /usr/local as root, else ~/.local)
# --bin PATH    install this binary instead of building one (cargo build --release --locked)
# --uninstall   remove the files an install under the same prefix puts there (the
#               directories stay: they are standard places other packages share)
#
# Under the prefix:
#   bin/secrets
#   share/man/man1/secrets.1, secrets-*.1
#   share/bash-completion/completions/secrets        (bash-completion loads it on demand)
#   share/zsh/site-functions/_secrets                (on zsh's default $fpath for /usr/local)
#   share/fish/vendor_completions.d/secrets.fish     (fish's vendor directory)
#   share/elvish/lib/secrets.elv                     (then: use secrets, in rc.elv)
#   share/nushell/vendor/autoload/secrets.nu         (nushell 0.101+ autoloads it)
# PowerShell has no per-prefix place: print its script with `secrets completions powershell`.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
prefix=""
bin=""
uninstall=false
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }
              prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --bin) [ $# -ge 2 ] || { echo "install.sh: --bin needs a path" >&2; exit 2; }
           bin="$2"; shift 2 ;;
    --bin=*) bin="${1#--bin=}"; shift ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$prefix" ]; then
  if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
fi

# Every file an install may create: (source under the repository, destination under prefix).
files=(
  "BIN bin/secrets"
  "completions/secrets.bash share/bash-completion/completions/secrets"
  "completions/_secrets share/zsh/site-functions/_secrets"
  "completions/secrets.fish share/fish/vendor_completions.d/secrets.fish"
  "completions/secrets.elv share/elvish/lib/secrets.elv"
  "completions/secrets.nu share/nushell/vendor/autoload/secrets.nu"
)
for page in "$root"/man/*.1; do
  files+=("man/$(basename "$page") share/man/man1/$(basename "$page")")
done

# Which shell each completion script is for; installed only where that shell is found.
shell_of() {
  case "$1" in
    completions/secrets.bash) echo bash ;;
    completions/_secrets) echo zsh ;;
    completions/secrets.fish) echo fish ;;
    completions/secrets.elv) echo elvish ;;
    completions/secrets.nu) echo nu ;;
    *) echo "" ;;
  esac
}

if $uninstall; then
  for entry in "${files[@]}"; do
    dest="$prefix/${entry#* }"
    if [ -e "$dest" ] || [ -L "$dest" ]; then
      rm -f "$dest"
      echo "removed $dest"
    fi
  done
  exit 0
fi

if [ -z "$bin" ]; then
  (cd "$root" && cargo build --release --locked)
  bin="$root/target/release/secrets"
fi
[ -x "$bin" ] || { echo "install.sh: no executable at $bin" >&2; exit 2; }

for entry in "${files[@]}"; do
  src="${entry%% *}"
  dest="$prefix/${entry#* }"
  shell="$(shell_of "$src")"
  if [ -n "$shell" ] && ! command -v "$shell" >/dev/null 2>&1; then
    continue
  fi
  if [ "$src" = BIN ]; then
    install -D -m 0755 "$bin" "$dest"
  else
    install -D -m 0644 "$root/$src" "$dest"
  fi
  echo "installed $dest"
done

case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on your PATH" >&2 ;;
esac
