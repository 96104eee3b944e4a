"""The till API: the shop's till sends its check, the counter answers with per-line discounts.

JSON over HTTP on the loopback by default (`pos-loyalty till serve`); docs/till-api.md.
"""
