"""Timing helpers for the benchmarks: percentiles and a side-by-side line with the ratio."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any


def timed(fn: Callable[[Any], object], args: Sequence[Any]) -> list[float]:
    """Run fn once per argument; return each call's wall time in milliseconds."""
    out = []
    for arg in args:
        start = time.perf_counter()
        fn(arg)
        out.append((time.perf_counter() - start) * 1000)
    return out


def percentile(samples: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def report(name: str, ours: list[float], raw: list[float], target: str) -> dict[str, float]:
    """Print p50/p99 of ours and of the raw baseline with the p99 ratio; return the figures."""
    figures = {
        "p50": percentile(ours, 50),
        "p99": percentile(ours, 99),
        "raw_p50": percentile(raw, 50),
        "raw_p99": percentile(raw, 99),
    }
    figures["ratio_p99"] = figures["p99"] / figures["raw_p99"]
    print(
        f"{name:<28} ours p50 {figures['p50']:7.3f} ms  p99 {figures['p99']:7.3f} ms | "
        f"raw p50 {figures['raw_p50']:7.3f} ms  p99 {figures['raw_p99']:7.3f} ms | "
        f"ratio p99 {figures['ratio_p99']:5.2f}x | target {target}"
    )
    return figures
