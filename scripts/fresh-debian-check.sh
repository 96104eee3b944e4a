#!/usr/bin/env bash
# Check the README's set-up on a bare Debian: a fresh minimal chroot with only python3 and make.
#
#   sudo scripts/fresh-debian-check.sh
#
# What it does, each step bounded in time (3 minutes in all on a good connection; it downloads
# a minimal Debian, PySide6 and the other wheels, and Debian's Qt libraries):
#   1. debootstrap --variant=minbase a Debian (SUITE, bookworm) from this machine's apt mirror,
#      then apt-get install python3 make in it, nothing else;
#   2. as an ordinary user: `make demo` must stop, saying to install python3-venv and how, and
#      `make qt-libraries` must say which Qt libraries are missing and the command;
#   3. as root, QT_QPA_PLATFORM=offscreen `make demo`: it installs python3-venv, the venv and the
#      Qt libraries and must print "creating the demo store" (the app prints it once the
#      counter's window is shown) and be still running, at the sign-in dialog, 20 s later;
#   4. the fonts Qt finds through fontconfig: DejaVu Sans, writing Cyrillic;
#   5. `make .venv/.installed tools`, then a handful of tests (the real-X wedge test, the card
#      barcodes read back with pdftoppm, the app's start-up);
#   6. QT_QPA_PLATFORM=xcb `make demo` under Xvfb: xdotool must find the visible window; a
#      screenshot of the screen is saved.
# It is slow, so it is not part of `make test`. Results and the meaning of each package are in
# docs/setup.md. It tests the committed HEAD of this repository (a fresh clone).
#
# Environment: SUITE (bookworm), MIRROR (the first Debian mirror in this machine's apt sources),
# CHROOT (/tmp/pos-loyalty-chroot, must not exist), OUT (/tmp/pos-loyalty-check: logs, screenshot),
# KEEP=1 keeps the chroot afterwards (its mounts are always undone). Behind a TLS-inspecting
# proxy, PIP_CERT=/path/to/ca-bundle.crt is copied in for pip (sudo PIP_CERT=... keeps it).
set -euo pipefail

SUITE=${SUITE:-bookworm}
CHROOT=${CHROOT:-/tmp/pos-loyalty-chroot}
OUT=${OUT:-/tmp/pos-loyalty-check}
REPO=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
PIP_ENV=()
APP_PIDS=()
FAILED=0

say() { printf '\n== %s  (%s)\n' "$1" "$(date +%T)"; }
ok() { echo "PASS: $1"; }
bad() {
    echo "FAIL: $1"
    FAILED=1
}

default_mirror() {
    # The mirror this machine already uses (deb822 sources, then the one-line format).
    local uri
    uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    [ -n "$uri" ] || uri=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    echo "${uri:-http://deb.debian.org/debian}"
}
MIRROR=${MIRROR:-$(default_mirror)}

# Run a command in the chroot with a clean environment: as root, or as `shop` with USER=shop.
inside() {
    local limit=$1 user=${USER_IN:-root} home=/root spec=()
    shift
    if [ "$user" != root ]; then
        home=/home/$user
        spec=(--userspec="$user:$user")
    fi
    # INSIDE_EXEC=1 for a background run: its $! is then timeout's, and killing it stops the group
    ${INSIDE_EXEC:+exec} timeout "$limit" chroot "${spec[@]}" "$CHROOT" /usr/bin/env -i HOME="$home" USER="$user" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        TERM=dumb "${PIP_ENV[@]}" "$@"
}

cleanup() {
    local pid
    # Our own processes only: the ones started below, then any left with the chroot as their root.
    for pid in "${APP_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$CHROOT" ] && { kill "$pid" 2>/dev/null || true; }
    done
    sleep 1
    umount -R "$CHROOT/dev" 2>/dev/null || true
    umount "$CHROOT/proc" 2>/dev/null || true
    if grep -q " $CHROOT/" /proc/mounts; then
        # Never delete through a mount: /dev is the machine's own.
        echo "still mounted under $CHROOT (see /proc/mounts): unmount it, then rm -rf $CHROOT" >&2
    elif [ "${KEEP:-0}" != 1 ] && [ -d "$CHROOT" ]; then
        rm -rf --one-file-system "$CHROOT"
    fi
}

make_chroot() {
    say "debootstrap --variant=minbase $SUITE from $MIRROR"
    [ "$(id -u)" = 0 ] || { echo "run it as root (debootstrap and chroot need it)" >&2; exit 2; }
    command -v debootstrap >/dev/null || { echo "apt-get install debootstrap first" >&2; exit 2; }
    [ ! -e "$CHROOT" ] || { echo "$CHROOT exists: remove it or set CHROOT" >&2; exit 2; }
    mkdir -p "$OUT"
    rm -f "$OUT"/*.log "$OUT"/*.pid "$OUT/display" "$OUT/xcb-demo.png"  # a previous run's
    trap cleanup EXIT INT TERM
    timeout 900 debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR" >"$OUT/debootstrap.log" 2>&1 \
        || { tail -5 "$OUT/debootstrap.log"; echo "debootstrap could not reach $MIRROR" >&2; exit 1; }
    tail -1 "$OUT/debootstrap.log"
    mount -t proc proc "$CHROOT/proc"
    mount --rbind /dev "$CHROOT/dev"
    mount --make-rslave "$CHROOT/dev"
    cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
    if [ -n "${PIP_CERT:-}" ] && [ -f "$PIP_CERT" ]; then
        # Behind a TLS-inspecting proxy pip needs the proxy's CA: the caller's bundle goes in.
        cp "$PIP_CERT" "$CHROOT/etc/pip-ca.crt"
        PIP_ENV=(PIP_CERT=/etc/pip-ca.crt)
    fi
    say "apt-get install python3 make (nothing else)"
    inside 600 sh -c 'apt-get update -qq && apt-get install -y -qq python3 make >/dev/null'
    inside 60 sh -c 'python3 --version; make --version | head -1; echo "$(dpkg -l | grep -c ^ii) packages"'
    inside 60 useradd --create-home shop
    git clone -q "$REPO" "$CHROOT/root/pos-loyalty"
    git clone -q "$REPO" "$CHROOT/home/shop/pos-loyalty"
    chown -R --reference="$CHROOT/home/shop" "$CHROOT/home/shop/pos-loyalty"
    echo "cloned $(git -C "$REPO" log -1 --format='%h %s')"
}

check_as_user() {
    say "as an ordinary user: make demo (python3-venv is missing)"
    local log=$OUT/user-demo.log
    USER_IN=shop inside 300 sh -c 'cd ~/pos-loyalty && make demo' >"$log" 2>&1 || true
    cat "$log"
    grep -q "sudo apt-get install python3-venv" "$log" && ok "make demo says to install python3-venv" \
        || bad "make demo did not say how to get python3-venv"
    say "as an ordinary user: make qt-libraries"
    USER_IN=shop inside 60 sh -c 'cd ~/pos-loyalty && make qt-libraries' >"$OUT/user-qt.log" 2>&1
    cat "$OUT/user-qt.log"
    grep -q "sudo apt-get install libglib2.0-0" "$OUT/user-qt.log" \
        && ok "make qt-libraries names the missing libraries and the command" \
        || bad "make qt-libraries did not name the missing libraries"
}

# Start `make demo` in the background with the given environment; wait for the line the app
# prints once its window is shown; then it must still be running 20 s later (at the sign-in).
demo_reaches_window() {
    local name=$1 limit=$2 log=$OUT/demo-$1.log pid waited=0
    shift 2
    : >"$log"
    INSIDE_EXEC=1 inside 2400 sh -c "cd /root/pos-loyalty && exec env $* make demo" >"$log" 2>&1 &
    pid=$!
    APP_PIDS+=("$pid")
    until grep -q "creating the demo store" "$log"; do
        kill -0 "$pid" 2>/dev/null || break
        [ "$waited" -lt "$limit" ] || break
        sleep 5
        waited=$((waited + 5))
    done
    sleep 20
    if grep -q "creating the demo store" "$log" && kill -0 "$pid" 2>/dev/null; then
        ok "make demo ($name) opened the window and is waiting at the sign-in"
    else
        bad "make demo ($name) did not get as far as the window (log: $log)"
    fi
    echo "$pid" >"$OUT/demo-$name.pid"
}

stop_demo() {
    local name=$1 pid
    pid=$(cat "$OUT/demo-$name.pid")
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    grep -v '^$' "$OUT/demo-$name.log"
}

check_demo_offscreen() {
    say "as root: QT_QPA_PLATFORM=offscreen make demo (venv, Qt libraries, demo store, window)"
    demo_reaches_window offscreen 1800 QT_QPA_PLATFORM=offscreen
    stop_demo offscreen
    inside 60 sh -c 'echo "$(dpkg -l | grep -c ^ii) Debian packages installed now"'
    say "the fonts Qt finds through fontconfig"
    inside 120 sh -c 'cd /root/pos-loyalty && QT_QPA_PLATFORM=offscreen .venv/bin/python -c "
from PySide6.QtGui import QFontDatabase, QFontInfo, QFont
from PySide6.QtWidgets import QApplication
app = QApplication([])
families = QFontDatabase.families()
cyrillic = QFontDatabase.WritingSystem.Cyrillic in QFontDatabase.writingSystems(\"DejaVu Sans\")
import PySide6
print(\"PySide6\", PySide6.__version__, \"|\", len(families), \"families:\", \", \".join(families))
print(\"default font:\", QFontInfo(QFont()).family(), \"| DejaVu Sans writes Cyrillic:\", cyrillic)
"' >"$OUT/fonts.log" 2>&1 || true
    cat "$OUT/fonts.log"
    grep -q "writes Cyrillic: True" "$OUT/fonts.log" && ok "Qt finds DejaVu Sans with Cyrillic" \
        || bad "Qt finds no font that writes Cyrillic"
}

check_tools_and_tests() {
    say "as root: make .venv/.installed tools"
    inside 900 sh -c 'cd /root/pos-loyalty && make .venv/.installed tools' >"$OUT/tools.log" 2>&1 \
        || bad "make .venv/.installed tools failed"
    cat "$OUT/tools.log"
    say "a handful of tests"
    if inside 900 sh -c 'cd /root/pos-loyalty && QT_QPA_PLATFORM=offscreen .venv/bin/pytest -q \
        -p no:cacheprovider tests/ui/test_keyboard_wedge_x11.py \
        tests/integration/backoffice/test_card_pdf.py tests/ui/test_app_start.py \
        tests/unit/domain/test_money.py tests/unit/domain/test_check_limits.py' >"$OUT/tests.log" 2>&1; then
        ok "the tests pass"
    else
        bad "some tests failed (log: $OUT/tests.log)"
    fi
    grep -E "passed|failed|SKIPPED|Error" "$OUT/tests.log" || tail -20 "$OUT/tests.log"
    grep -q SKIPPED "$OUT/tests.log" && bad "some tests skipped: a tool is still missing" || true
}

check_demo_xcb() {
    say "as root: QT_QPA_PLATFORM=xcb make demo under Xvfb"
    local display="" waited=0 xvfb
    INSIDE_EXEC=1 inside 1200 Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp >"$OUT/display" \
        2>"$OUT/xvfb.log" &
    xvfb=$!
    APP_PIDS+=("$xvfb")
    while [ -z "$display" ] && [ "$waited" -lt 30 ]; do
        sleep 1
        waited=$((waited + 1))
        display=$(head -1 "$OUT/display")
    done
    [ -n "$display" ] || { bad "Xvfb did not start (log: $OUT/xvfb.log)"; return; }
    # A second data folder, so that the demo store is made again and the line is printed again.
    demo_reaches_window xcb 300 QT_QPA_PLATFORM=xcb DISPLAY=":$display" XDG_DATA_HOME=/tmp/xcb-data
    inside 60 env DISPLAY=":$display" sh -c 'for w in $(xdotool search --onlyvisible --name .);
        do echo "visible window: $(xdotool getwindowname "$w") $(xdotool getwindowgeometry "$w" |
        tr -s "\n " " ")"; done' >"$OUT/windows.log" 2>&1 || true
    cat "$OUT/windows.log"
    # The sign-in dialog's title in the store's language: Войти (Russian) or Sign in
    grep -qE "visible window: (Войти|Sign in) " "$OUT/windows.log" \
        && ok "xdotool sees the sign-in window on the X server" \
        || bad "no visible sign-in window on the X server"
    inside 60 sh -c "cd /root/pos-loyalty && QT_QPA_PLATFORM=xcb DISPLAY=:$display .venv/bin/python \
        -c 'from PySide6.QtWidgets import QApplication; app = QApplication([]);
app.primaryScreen().grabWindow(0).save(\"/tmp/xcb-demo.png\")'" \
        && cp "$CHROOT/tmp/xcb-demo.png" "$OUT/xcb-demo.png" && echo "screenshot: $OUT/xcb-demo.png"
    stop_demo xcb
}

make_chroot
check_as_user
check_demo_offscreen
check_tools_and_tests
check_demo_xcb
say "done"
[ "$FAILED" = 0 ] && echo "all checks passed" || echo "some checks failed: logs in $OUT"
exit "$FAILED"
