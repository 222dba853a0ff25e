# Shared by the benchmark scripts (sourced, not run): finding and installing tools.

have() { command -v "$1" >/dev/null 2>&1; }

apt_updated=0
apt_install() {
    # Installs Debian packages when we are root and apt-get exists; fails softly.
    if [[ $(id -u) -ne 0 ]] || ! have apt-get; then
        return 1
    fi
    if [[ $apt_updated == 0 ]]; then
        apt-get update -qq >&2 || true
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}
