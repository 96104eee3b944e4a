"""Examples of programs talking to POS Loyalty (a reference till client)."""
