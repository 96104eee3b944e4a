"""The Programme tab: edit the rules section by section, preview a check, save a new version.

On every edit the panel collects the sections into the programme's plain data and reads it
with the domain's own reader (`read_new_version`: `Programme.from_dict` and the checks a new
version passes). A refusal names its field, and the section owning that field shows it there;
Save stays disabled until the whole programme reads and differs from the version in force.
Saving makes the next version in one transaction (`save_programme`, logged in the audit log);
loading and saving run off the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.programme_checks import read_new_version
from pos_loyalty.services.programmes import current_programme, save_programme
from ui.backoffice.cards.card_box import Confirm, ask
from ui.backoffice.context import BackOffice
from ui.backoffice.programme.bonuses import BonusesSection
from ui.backoffice.programme.caps import CapsSection
from ui.backoffice.programme.categories import CategoriesSection
from ui.backoffice.programme.challenges import ChallengesSection
from ui.backoffice.programme.expiry import ExpirySection
from ui.backoffice.programme.fields import Problem, Section, explain
from ui.backoffice.programme.membership import MembershipSection
from ui.backoffice.programme.offers import OffersSection
from ui.backoffice.programme.preview import PreviewPane
from ui.backoffice.programme.promotions import PromotionsSection
from ui.backoffice.programme.rewards import RewardsSection
from ui.backoffice.programme.tiers import TiersSection
from ui.dialogs.field_errors import ErrorLabel


def _rules(programme: Programme) -> dict[str, Any]:
    data = programme.to_dict()
    data.pop("version")
    return data


class ProgrammePanel(QWidget):
    """The programme editor with its preview; `loaded` and `saved` tell the tests and the window."""

    loaded = Signal()
    saved = Signal(int)

    def __init__(
        self, context: BackOffice, parent: QWidget | None = None, *, confirm: Confirm = ask
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._confirm = confirm
        self.current: Programme | None = None
        self.edited: Programme | None = None
        self.problems: list[Problem] = []
        self._loading = False
        self._saving = False
        self.tiers = TiersSection(self)
        self.caps = CapsSection(self)
        self.categories = CategoriesSection(self)
        self.expiry = ExpirySection(self)
        self.bonuses = BonusesSection(self)
        self.membership = MembershipSection(self)
        self.promotions = PromotionsSection(context.clock().date(), self)
        self.rewards = RewardsSection(self)
        self.challenges = ChallengesSection(context.clock().date(), self)
        self.sections: list[tuple[str, Section]] = [
            (self.tr("Tiers"), self.tiers),
            (self.tr("Percentages and caps"), self.caps),
            (self.tr("Categories"), self.categories),
            (self.tr("Expiry and activation"), self.expiry),
            (self.tr("Bonuses"), self.bonuses),
            (self.tr("Club membership"), self.membership),
            (self.tr("Promotions"), self.promotions),
            (self.tr("Rewards"), self.rewards),
            (self.tr("Challenges"), self.challenges),
        ]
        self.offers = OffersSection(context, self)
        self.preview = PreviewPane(context.language, context.clock(), self)
        self._build_bottom()
        self._lay_out()
        for _title, section in self.sections:
            section.edited.connect(self._on_section_edited)
        self.reload()

    def _build_bottom(self) -> None:
        self.general = ErrorLabel(self)
        self.general.setObjectName("programmeProblem")
        self.status = QLabel(self.tr("Loading the programme…"), self)
        self.status.setObjectName("programmeStatus")
        self.revert_button = QPushButton(self.tr("Undo the changes"), self)
        self.revert_button.setObjectName("programmeRevert")
        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        self.save_button = QPushButton(self.tr("Save as a new version"), self)
        self.save_button.setObjectName("programmeSave")
        self.save_button.setProperty("role", "primary")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_button_clicked)

    def _lay_out(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("programmeSections")
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget(self)
        for title, widget in [*self.sections, (self.tr("Personal offers"), self.offers)]:
            self.nav.addItem(title)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(widget)
            self.stack.addWidget(scroll)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        preview = QScrollArea(self)
        preview.setWidgetResizable(True)
        preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview.setWidget(self.preview)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        editor = QWidget(self)
        row = QHBoxLayout(editor)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        splitter.addWidget(editor)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 500])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.general)
        layout.addLayout(bottom)

    def show_section(self, section: QWidget) -> None:
        """Bring a section to the front."""
        widgets: list[QWidget] = [w for _t, w in self.sections] + [self.offers]
        self.nav.setCurrentRow(widgets.index(section))

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the programme in force (off the GUI thread) and show it."""
        context = self._context
        context.worker.submit(
            lambda: current_programme(uow=context.uow_factory()),
            self._on_programme_loaded,
            self._on_failed,
            channel="programme",
        )

    def _on_programme_loaded(self, programme: Programme) -> None:
        self.current = programme
        self._loading = True
        data = programme.to_dict()
        for _title, section in self.sections:
            section.load(data)
        self._loading = False
        self.revalidate()
        self.loaded.emit()

    # -- validating -------------------------------------------------------------------------

    def edited_data(self) -> dict[str, Any]:
        """The programme as edited, in its plain-data form (values as typed)."""
        data = {} if self.current is None else _rules(self.current)
        for _title, section in self.sections:
            section.collect(data)
        return data

    def revalidate(self) -> None:
        """Read the edited programme with the domain's rules; show what is wrong, if anything."""
        if self.current is None:
            return
        self.promotions.set_tiers([row.name.text().strip() for row in self.tiers.rows])
        problems = [p for _t, s in self.sections for p in s.local_problems()]
        edited = None
        if not problems:
            try:
                edited = read_new_version(self.edited_data(), self.current.version + 1)
            except InvalidInput as exc:
                problems = [(exc.field, str(exc))]
        self._show_problems(problems)
        self.problems, self.edited = problems, edited
        self._update_status()
        self.preview.set_programmes(self.current, edited)

    def _show_problems(self, problems: list[Problem]) -> None:
        self.general.clear_error()
        for _title, section in self.sections:
            section.clear_problems()
        marked: set[int] = set()
        for path, message in problems:
            for index, (_title, section) in enumerate(self.sections):
                if section.show_problem(path, message):
                    marked.add(index)
                    break
            else:
                self.general.show_error(explain(message), message)
        for index, (title, _section) in enumerate(self.sections):
            item = self.nav.item(index)
            item.setText(f"{title}  ⚠" if index in marked else title)
            item.setForeground(QBrush(QColor("#b00020")) if index in marked else QBrush())

    @property
    def changed(self) -> bool:
        """True when the edited programme differs from the version in force."""
        if self.current is None or self.edited is None:
            return False
        return _rules(self.edited) != _rules(self.current)

    def _update_status(self) -> None:
        assert self.current is not None
        if self._saving:
            text = self.tr("Saving…")
        elif self.problems:
            text = self.tr("Fix the problems marked in red to save.")
        elif not self.changed:
            text = self.tr("Version {n} is in force. No changes to save.")
        else:
            text = self.tr("Ready to save as version {next}.")
        n = self.current.version
        self.status.setText(text.format(n=n, next=n + 1))
        self.save_button.setEnabled(not self._saving and not self.problems and self.changed)
        self.revert_button.setEnabled(not self._saving)
        self.stack.setEnabled(not self._saving)  # no edit may slip in while a version is saved

    # -- saving -----------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        if self.current is None or not self.save_button.isEnabled():
            return
        if not self._confirmed(self.current.version + 1):
            return
        data, expected, context = self.edited_data(), self.current.version, self._context
        self._saving = True
        self._update_status()
        context.worker.submit(
            lambda: save_programme(
                data,
                uow=context.uow_factory(),
                actor=context.actor,
                clock=context.clock,
                expected_version=expected,
                approved_by=context.approved_by,
            ),
            self._on_programme_saved,
            self._on_failed,
            channel="programme",
        )

    def _confirmed(self, version: int) -> bool:
        """Ask before the change reaches the counter: the next sale already uses it."""
        question = self.tr(
            "Version {n} goes live at the counter now: the next sale uses the new rules. Save?"
        ).format(n=version)
        return self._confirm(self, self.tr("Save the programme"), question)

    def _on_programme_saved(self, programme: Programme) -> None:
        self._saving = False
        self._on_programme_loaded(programme)
        self.status.setText(
            self.tr("Version {n} saved: new sales use it.").format(n=programme.version)
        )
        self.saved.emit(programme.version)

    def _on_failed(self, error: BaseException) -> None:
        self._saving = False
        self.general.show_error(str(error))
        if self.current is not None:
            self._update_status()
        else:
            self.status.setText(self.tr("The programme could not be read."))

    def _on_section_edited(self) -> None:
        if not self._loading:
            self.revalidate()

    def _on_revert_button_clicked(self) -> None:
        self.general.clear_error()
        self.reload()  # from the database: a version saved meanwhile elsewhere shows up too
