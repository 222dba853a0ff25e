#!/usr/bin/env bash
# Builds the Debian package with `cargo deb`, installs it with dpkg -i, checks that the
# installed files work (the binary, `man secrets-password`, bash completion through
# bash-completion's loader), then removes the package. Needs root and cargo-deb; .ci/run
# installs cargo-deb and calls this after `cargo test --locked`.
set -euo pipefail
cd "$(dirname "$0")/.."

[ "$(id -u)" = 0 ] || { echo "check-deb.sh: needs root (dpkg -i)" >&2; exit 2; }
if dpkg -s secrets-cli >/dev/null 2>&1; then
  echo "check-deb.sh: secrets-cli is already installed; remove it first" >&2
  exit 2
fi

# cargo deb prints the package's path last on stdout; its build log goes to stderr.
deb="$(cargo deb --locked | tail -n 1)"
[ -f "$deb" ] || { echo "check-deb.sh: cargo deb made no package ($deb)" >&2; exit 1; }
echo "built $deb"

cleanup() { dpkg -r secrets-cli >/dev/null 2>&1 || true; }
trap cleanup EXIT
dpkg -i "$deb"

fail() { echo "check-deb.sh: $*" >&2; exit 1; }

# The binary, from PATH.
[ "$(command -v secrets)" = /usr/bin/secrets ] || fail "secrets is not /usr/bin/secrets"
version="$(secrets --version)"
[ "$version" = "secrets $(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)" ] \
  || fail "unexpected version: $version"
[ "$(secrets password 24 | tr -d '\n' | wc -c)" = 24 ] || fail "secrets password 24"

# The man page, found by man's own search path.
# cargo deb compresses man pages, as Debian policy asks.
[ "$(man -w secrets-password)" = /usr/share/man/man1/secrets-password.1.gz ] \
  || fail "man -w secrets-password: $(man -w secrets-password 2>&1)"
MANPAGER=cat MANWIDTH=80 man secrets-password | grep -q 'SYNOPSIS' || fail "man secrets-password"

# Bash completion from the installed file (bash-completion sources it from this directory).
for f in /usr/share/zsh/vendor-completions/_secrets \
         /usr/share/fish/vendor_completions.d/secrets.fish; do
  [ -f "$f" ] || fail "missing $f"
done
bc=/usr/share/bash-completion/completions/secrets
[ -f "$bc" ] || fail "missing $bc"
got="$(bash --norc -c "compopt() { :; }; source '$bc'; COMP_WORDS=(secrets pa); COMP_CWORD=1; \
  COMP_LINE='secrets pa'; COMP_POINT=10; _secrets secrets pa secrets; \
  printf '%s\n' \"\${COMPREPLY[@]}\"" | sort | tr '\n' ' ')"
[ "$got" = "passphrase password " ] || fail "bash completion of 'secrets pa': $got"

dpkg -r secrets-cli
trap - EXIT
[ ! -e /usr/bin/secrets ] || fail "/usr/bin/secrets is still there after dpkg -r"
[ ! -e "$bc" ] || fail "$bc is still there after dpkg -r"
echo "check-deb.sh: the package installs, works and removes cleanly"
