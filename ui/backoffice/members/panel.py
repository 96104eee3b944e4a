"""The Members tab: the list of members, and the page of the one opened, with what to do there.

The list opens at once (its first page is read in the background) and the member page replaces
it when a member is opened (Enter or a double click); Esc goes back to the list. The message
line under the two says what the last action did, or why it was refused.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.backoffice.context import BackOffice
from ui.backoffice.members.actions import MemberActions
from ui.backoffice.members.list_model import MemberListModel
from ui.backoffice.members.list_page import MemberListPage
from ui.backoffice.members.membership import MembershipAction
from ui.backoffice.members.page_view import MemberPageView
from ui.backoffice.members.reward_return import RewardReturnAction

ERROR_STYLE = "color: #b00020;"


class MembersPanel(QWidget):
    """Members: search and scroll the list, open a member, register, edit, merge, erase, points."""

    def __init__(self, context: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersPanel")
        self.context = context
        self.full_phones = context.manager is not None
        self.model = MemberListModel(
            context.worker,
            context.uow_factory,
            context.clock,
            context.language,
            full_phones=self.full_phones,
        )
        self.model.setParent(self)
        self.list_page = MemberListPage(
            self.model, context.worker, context.uow_factory, context.language, self
        )
        self.page_view = MemberPageView(
            context.worker,
            context.uow_factory,
            context.clock,
            context.language,
            full_phones=self.full_phones,
            parent=self,
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.page_view)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        self.member_actions = MemberActions(self, context)
        self.membership = MembershipAction(self, context)
        self.reward_return = RewardReturnAction(self, context)
        self._opening = False
        self._connect()
        self.list_page.start()

    def _connect(self) -> None:
        view, actions = self.page_view, self.member_actions
        self.list_page.member_chosen.connect(self.open_member)
        self.list_page.new_button.clicked.connect(actions.register)
        view.back_button.clicked.connect(self.show_list)
        view.edit_button.clicked.connect(actions.edit)
        view.points_button.clicked.connect(actions.give_points)
        view.merge_button.clicked.connect(actions.merge)
        view.erase_button.clicked.connect(actions.erase)
        view.membership_button.clicked.connect(self.membership.open)
        view.give_back_button.clicked.connect(self.reward_return.start)
        view.page_shown.connect(self._on_page_view_page_shown)
        view.failed.connect(lambda text: self.say(text, error=True))

    def open_member(self, member_id: str) -> None:
        """Read the member's page and show it in place of the list."""
        self._opening = True
        self.page_view.show_member(member_id)

    def show_list(self) -> None:
        """Go back to the list, the cursor in the search line."""
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.focus_search()

    def say(self, text: str, *, error: bool = False) -> None:
        """Show what the last action did (or, in red, why it was refused)."""
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the open member again on coming back to the tab.

        A card blocked or replaced in the Cards tab (or a sale at the counter) changed the page
        while another tab was in front; a manager must not act on a stale page.
        """
        super().showEvent(event)
        if not event.spontaneous() and self.stack.currentWidget() is self.page_view:
            self.page_view.reload()

    def _on_page_view_page_shown(self, _member_id: str) -> None:
        if self._opening:
            self._opening = False
            self.stack.setCurrentWidget(self.page_view)
            self.page_view.tabs.setFocus()
