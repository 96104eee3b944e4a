"""The back office's Members tab: the member list, the member page and what a manager does there.

`MembersPanel` (panel.py) shows a lazily filled list of every member with a search line
(list_page.py, list_model.py), opens a member's page (page_view.py, tables.py), and runs the
actions (actions.py) through their forms: register and edit (member_form.py), merge
(merge_dialog.py), erase, and points added or removed by hand (points_dialog.py).
"""

from ui.backoffice.members.panel import MembersPanel

__all__ = ["MembersPanel"]
