"""Counter window benchmarks on a generated store, offscreen.

    QT_QPA_PLATFORM=offscreen python -m bench.bench_ui --db bench/data/store.sqlite3

- scan to panel: from the scanner's callback (the last byte read) to the member panel painted;
- search as you type: from a key press in the search line to the results shown;
- start-up: from starting a process to a ready counter window, against a process that shows an
  empty QMainWindow, each in its own subprocess; the ratio of the medians is printed. "Ready"
  is the counter's frame (`ui.counter_shell`, the message and search lines) painted and taking
  keys, as `run_app` shows it before anything else is loaded. Each run then types a card number
  and Enter into it at once (a keyboard-wedge scan); the counter window for a signed-in cashier
  is loaded, takes the frame's place and those keys, the store opens behind it
  (`ui.pending_database`), and the time until that card's member is painted is printed too
  ("first scan answered").

Nothing is written to the store: the window is opened in demo mode (simulated devices) and
no check is confirmed.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.stats import percentile

DEFAULT_DB = Path("bench/data/store.sqlite3")
PREFIXES = ["Ив", "Пет", "Смир", "Кузн", "Ольг", "Мари", "Васил", "Нов", "Волк", "912", "903"]


def sample_cards(db: Path, n: int, rng: random.Random) -> list[str]:
    """n random member card numbers spread over the whole file."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        top = con.execute("SELECT max(rowid) FROM cards").fetchone()[0]
        picks: list[str] = []
        while len(picks) < n:
            row = con.execute(
                "SELECT number FROM cards WHERE rowid >= ? AND member_id IS NOT NULL LIMIT 1",
                (rng.randint(1, top),),
            ).fetchone()
            if row:
                picks.append(row[0])
        return picks
    finally:
        con.close()


def show_window(db_path: Path, shell=None):  # type: ignore[no-untyped-def]
    """Show the counter window (demo devices, a bench cashier) while the store opens behind it;
    in the place of `shell`, with the keys typed into it, when one is given."""
    from PySide6.QtWidgets import QApplication

    from pos_loyalty.domain.staff import Role, Staff
    from ui.app import build_checkout
    from ui.pending_database import PendingDatabase

    def opener():  # type: ignore[no-untyped-def]
        from db import open_database

        return open_database(db_path)

    qapp = QApplication.instance() or QApplication([])
    db = PendingDatabase(opener)
    staff = Staff("bench", "Bench", Role.CASHIER, "")
    window = build_checkout(db.uow, "T-BENCH", staff, "en", demo=True)
    window.resize(1400, 900)
    if shell is None:
        window.show()
    else:
        shell.hand_over(window, window.search.edit)
    qapp.processEvents()
    window.repaint()
    return qapp, db, window


def open_window(db_path: Path):  # type: ignore[no-untyped-def]
    """The counter window with the store open and the station's settings loaded."""
    qapp, db, window = show_window(db_path)
    while window.session.settings is None:
        qapp.processEvents()
        time.sleep(0.001)
    window.repaint()
    return qapp, db, window


class Waiter:
    """Runs the event loop until a signal fires (blocking in Qt, not spinning in Python)."""

    def __init__(self, signal) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEventLoop

        self._loop: QEventLoop | None = None
        signal.connect(self._on_signal_fired)

    def _on_signal_fired(self, *_args: object) -> None:
        if self._loop is not None:
            self._loop.quit()

    def wait(self, timeout_ms: int = 5000) -> None:
        """Return when the signal fired (or after `timeout_ms`)."""
        from PySide6.QtCore import QEventLoop, QTimer

        self._loop = QEventLoop()
        QTimer.singleShot(timeout_ms, self._loop.quit)
        self._loop.exec()
        self._loop = None


def bench_scan(window, cards: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    """Milliseconds from the scanner callback to the member panel repainted, per card."""
    from devices import ScanResult

    bridge = window.findChild(type(window.session.devices.bridge))
    loaded = Waiter(window.session.member_loaded)
    out = []
    for card in cards:
        window.new_customer()
        start = time.perf_counter()
        bridge.on_scan(ScanResult(raw=card, code=card))
        while window.member_panel.card_number != card:
            loaded.wait()
        window.member_panel.repaint()
        out.append((time.perf_counter() - start) * 1000)
    return out


def bench_search(window, texts: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    """Milliseconds from the last key of a search to the results shown, per search."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    search = window.search
    shown = Waiter(search.results_shown)
    out = []
    for text in texts:
        search.clear()
        search.edit.setText(text[:-1])
        search.edit.setFocus()
        key = ord(text[-1]) if text[-1].isascii() else 0
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text[-1])
        start = time.perf_counter()
        QApplication.sendEvent(search.edit, event)
        shown.wait()
        search.results.repaint()
        out.append((time.perf_counter() - start) * 1000)
    return out


def startup_child(kind: str, db: Path, card: str) -> None:
    """In a subprocess: show a ready window of `kind`, say so on stdout, and leave.

    For the counter, "ready" is its frame (`ui.counter_shell`) painted and taking keys. The
    card number is then typed into it with Enter at once, like a keyboard-wedge scan; the
    counter is loaded and takes the frame's place and those keys, the store opens behind it,
    and "answered" is said when the card's member is painted.
    """
    from PySide6.QtWidgets import QApplication, QMainWindow

    qapp = QApplication([])
    if kind == "empty":
        window = QMainWindow()
        window.resize(1400, 900)
        window.show()
        qapp.processEvents()
        window.repaint()
        print("ready", flush=True)
    else:
        from ui.counter_shell import CounterShell

        shell = CounterShell()
        shell.resize(1400, 900)
        shell.show()
        qapp.processEvents()
        shell.repaint()
        print("ready", flush=True)
        type_keys(shell.edit, card + "\r")
        _qapp, _db, counter = show_window(db, shell)
        loaded = Waiter(counter.session.member_loaded)
        while counter.member_panel.card_number != card:
            loaded.wait()
        counter.member_panel.repaint()
        print("answered", flush=True)
    os._exit(0)  # only the start-up is measured: skip the teardown


def type_keys(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Send `text` to `widget` as key presses, "\r" as Enter (a keyboard-wedge scan)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = Qt.Key.Key_Return if char == "\r" else ord(char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def time_startup(kind: str, db: Path, runs: int, card: str) -> tuple[list[float], list[float]]:
    """Milliseconds from starting a process to its window being ready (and, for the counter,
    to the first scan answered), `runs` times."""
    ready, answered = [], []
    command = [sys.executable, "-m", "bench.bench_ui", "--startup-child", kind, "--db", str(db)]
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen([*command, "--card", card], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        if child.stdout.readline().strip() != "ready":
            raise SystemExit(f"the {kind} window did not start")
        ready.append((time.perf_counter() - start) * 1000)
        if kind == "window":
            if child.stdout.readline().strip() != "answered":
                raise SystemExit("the counter did not answer the first scan")
            answered.append((time.perf_counter() - start) * 1000)
        child.wait()
    return ready, answered


def line(name: str, samples: list[float], target: str) -> None:
    """Print p50 / p99 / max of one figure."""
    print(
        f"{name:<34} p50 {percentile(samples, 50):8.2f} ms  p99 {percentile(samples, 99):8.2f} ms"
        f"  max {max(samples):8.2f} ms | target {target}"
    )


def main(argv: list[str] | None = None) -> None:
    """Run the three benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description="Counter window benchmarks (offscreen).")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--startup-child", choices=["empty", "window"], help=argparse.SUPPRESS)
    parser.add_argument("--card", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.startup_child:
        startup_child(args.startup_child, args.db, args.card)
        return
    if not args.db.exists():
        raise SystemExit(f"no store at {args.db}: make one with python -m bench.generate")
    rng = random.Random(11)
    cards = sample_cards(args.db, args.samples, rng)
    texts = [rng.choice(PREFIXES) for _ in range(args.samples)]
    qapp, db, window = open_window(args.db)
    print(f"store {args.db}, {args.samples} samples, load average {_load()}")
    line("scan -> member panel painted", bench_scan(window, cards), "p99 < 50 ms")
    line("search keystroke -> results shown", bench_search(window, texts), "p99 < 50 ms")
    window.session.worker.wait_for_done()
    window.close()
    window.deleteLater()
    qapp.processEvents()
    db.close()
    empty, _ = time_startup("empty", args.db, args.startup_runs, cards[0])
    ready, answered = time_startup("window", args.db, args.startup_runs, cards[0])
    e, r = percentile(empty, 50), percentile(ready, 50)
    print(
        f"{'start-up to a ready window':<34} empty QMainWindow {e:8.1f} ms | counter {r:8.1f} ms"
        f" | ratio {r / e:5.2f}x | target <= 2x"
    )
    a = percentile(answered, 50)
    print(f"{'start-up to the first scan answered':<34} counter {a:8.1f} ms (no target)")
    print(f"load average at the end {_load()}", flush=True)
    # After a few hundred synthetic key events PySide6 can abort in the interpreter's final
    # garbage collection ("none_dealloc"), which the figures above do not depend on.
    sys.stderr.flush()
    os._exit(0)


def _load() -> str:
    """The machine's 1-minute load average (the figures depend on what else runs)."""
    return f"{os.getloadavg()[0]:.1f}"


if __name__ == "__main__":
    main()
