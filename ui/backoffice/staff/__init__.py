"""The back office's Staff tab: the accounts, and a manager's changes to them.

`StaffPanel` lists the accounts (role, active, locked until) and adds one, sets a new PIN,
releases a lockout, changes the role and deactivates or reactivates an account, each through a
use case in `pos_loyalty.services.staff_accounts` run off the GUI thread.
"""

from ui.backoffice.staff.panel import StaffPanel

__all__ = ["StaffPanel"]
