"""The back office's Import and export tab: members from a CSV file in, members and ledger out."""

from ui.backoffice.transfer.panel import ImportPanel

__all__ = ["ImportPanel"]
