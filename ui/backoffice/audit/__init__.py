"""The back office's Audit log tab: the manual actions, newest first, a page at a time.

`AuditPanel` filters by action, checks the hash chain (Verify) and writes the log to CSV
(Export), both off the GUI thread with progress, through `pos_loyalty.services.audit` and
`pos_loyalty.services.exporting`.
"""

from ui.backoffice.audit.panel import AuditPanel

__all__ = ["AuditPanel"]
