"""Wallets that converge: the rule lives in the core (`pos_loyalty.domain.convergence`).

Kept here so the adapters that replay pulled and pushed entries keep their import.
"""

from __future__ import annotations

from pos_loyalty.domain.convergence import absorb, canonical_key, rebuild

__all__ = ["absorb", "canonical_key", "rebuild"]
