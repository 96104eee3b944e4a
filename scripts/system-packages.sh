#!/bin/sh
# Make sure some Debian packages are installed, for the Makefile's targets (`make demo`, `make tools`).
#
#   scripts/system-packages.sh [--required] "WHAT NEEDS THEM" PACKAGE...
#
# Installs the missing packages with apt-get when run as root on a Debian-like system; otherwise
# says which are missing and the command that installs them. Exits 0 so that make carries on
# (the demo still tries to start, the tests that need a tool skip, saying so), unless --required
# is given and a package is still missing. The lists live in the Makefile and are explained,
# package by package, in docs/setup.md.
set -u

required=0
if [ "${1:-}" = "--required" ]; then
    required=1
    shift
fi
what=$1
shift

if ! command -v dpkg-query >/dev/null 2>&1; then
    # Not Debian. On macOS and Windows the wheels bring everything: nothing to say.
    [ "$(uname -s)" = Linux ] || [ "$required" = 1 ] || exit 0
    # Another Linux: its packages have other names for the same libraries.
    echo "$what needs these libraries (Debian package names; install your system's equivalents):" >&2
    echo "  $*" >&2
    exit "$required"
fi

missing=""
for package in "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null)
    case "$status" in
        ii*) ;;
        *) missing="$missing $package" ;;
    esac
done
missing=${missing# }
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing what $what needs: $missing" >&2
    # $missing is a list of words on purpose: one apt-get call installs them all
    # shellcheck disable=SC2086
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    then
        exit 0
    fi
    echo "apt-get could not install them (see its message above; is a Debian mirror reachable?)" >&2
fi

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo "
echo "$what needs these system packages, missing here: $missing" >&2
echo "  install them with: ${sudo}apt-get install $missing" >&2
[ "$required" = 1 ] && echo "  then run the same make command again" >&2
exit "$required"
