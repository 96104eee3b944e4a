"""The preview: a sample check under the version in force and under the edited one, side by side.

The manager types the sample (a total or lines with categories, the tier, the spendable
balance, points to redeem, the day and hour, what targets promotions, and how far the customer
got in the running challenges); both columns come
from `services.preview.preview_checkout`, the counter's own quote. A figure that differs
between the two versions is shown in bold.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.checkout import MAX, CheckLine, RedeemRequest
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import format_percent, parse_money
from pos_loyalty.domain.programme import Programme
from pos_loyalty.services.preview import Preview, Sample, preview_checkout
from ui.backoffice.programme.fields import day_of
from ui.checkout.lines_table import LinesTable
from ui.checkout.text import money, points
from ui.core_messages import core_message
from ui.dialogs.field_errors import ErrorLabel
from ui.i18n import locale_for

COLUMNS = ("current", "edited")
ROWS = ("tier", "promotions", "discount", "redeemed", "payable", "earned")


class PreviewPane(QGroupBox):
    """Sample inputs above, the two versions' figures and reasons below."""

    computed = Signal()

    def __init__(self, language: str, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview: a sample check"))
        self._language = language
        self._ready = False  # no quoting while the inputs are being built
        self._tz = now.tzinfo
        self._programmes: dict[str, Programme | None] = {c: None for c in COLUMNS}
        self.results: dict[str, Preview | None] = {c: None for c in COLUMNS}
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_sample(now))
        self.sample_note = ErrorLabel(self)
        self.sample_note.setObjectName("sampleNote")
        layout.addWidget(self.sample_note)
        layout.addLayout(self._build_figures())
        reasons = QHBoxLayout()
        self.reasons: dict[str, QLabel] = {}
        for column in COLUMNS:
            label = QLabel(self)
            label.setObjectName(f"preview_{column}_reasons")
            label.setWordWrap(True)
            reasons.addWidget(label, 1)
            self.reasons[column] = label
        layout.addLayout(reasons)
        layout.addStretch(1)
        self._ready = True

    def _build_sample(self, now: datetime) -> QFormLayout:
        form = QFormLayout()
        self.total = QLineEdit("1000.00", self)
        self.total.setObjectName("sampleTotal")
        self.total.textChanged.connect(self._on_sample_changed)
        self.by_lines = QCheckBox(self.tr("lines with categories"), self)
        self.by_lines.setObjectName("sampleByLines")
        self.by_lines.toggled.connect(self._on_by_lines_toggled)
        total_row = QHBoxLayout()
        total_row.addWidget(self.total, 1)
        total_row.addWidget(self.by_lines)
        form.addRow(self.tr("Check total"), total_row)
        self.lines = LinesTable(self)
        self.lines.setMaximumHeight(140)
        self.lines.hide()
        self.lines.lines_edited.connect(self._on_sample_changed)
        form.addRow(self.lines)
        self.tier = QComboBox(self)
        self.tier.setObjectName("sampleTier")
        self.tier.currentIndexChanged.connect(self._on_sample_changed)
        form.addRow(self.tr("Tier"), self.tier)
        self.balance = self._spin("sampleBalance", 10_000_000)
        form.addRow(self.tr("Spendable points"), self.balance)
        self.redeem = self._spin("sampleRedeem", 10_000_000)
        self.redeem_max = QCheckBox(self.tr("as many as allowed"), self)
        self.redeem_max.setObjectName("sampleRedeemMax")
        self.redeem_max.toggled.connect(self._on_redeem_max_toggled)
        redeem_row = QHBoxLayout()
        redeem_row.addWidget(self.redeem, 1)
        redeem_row.addWidget(self.redeem_max)
        form.addRow(self.tr("Points to redeem"), redeem_row)
        form.addRow(self.tr("Day and hour"), self._when(now))
        form.addRow(self.tr("Customer"), self._customer())
        form.addRow(self.tr("Last purchase, days ago"), self.days_away)
        form.addRow(self.tr("Challenges so far"), self._challenges_so_far())
        return form

    def _challenges_so_far(self) -> QWidget:
        """Purchases made in each purchases challenge's period, money spent in each category's."""
        self.challenge_purchases = self._spin("sampleChallengePurchases", 1000)
        self.challenge_spent = QLineEdit("0.00", self)
        self.challenge_spent.setObjectName("sampleChallengeSpent")
        self.challenge_spent.textChanged.connect(self._on_sample_changed)
        purchases = QLabel(self.tr("purchases made"), self)
        spent = QLabel(self.tr("spent in the category"), self)
        return self._row(self.challenge_purchases, purchases, self.challenge_spent, spent)

    def _spin(self, name: str, maximum: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0, maximum)
        spin.valueChanged.connect(self._on_sample_changed)
        return spin

    def _when(self, now: datetime) -> QWidget:
        self.day = QDateEdit(QDate(now.date()), self)
        self.day.setObjectName("sampleDay")
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.day.setLocale(locale_for(self._language))
        self.day.setCalendarPopup(True)
        self.day.dateChanged.connect(self._on_sample_changed)
        self.hour = QTimeEdit(QTime(now.hour, now.minute), self)
        self.hour.setObjectName("sampleHour")
        self.hour.setDisplayFormat("HH:mm")
        self.hour.timeChanged.connect(self._on_sample_changed)
        return self._row(self.day, self.hour)

    def _customer(self) -> QWidget:
        self.membership = QCheckBox(self.tr("club member"), self)
        self.membership.setObjectName("sampleMembership")
        self.birthday = QCheckBox(self.tr("birthday today"), self)
        self.birthday.setObjectName("sampleBirthday")
        for box in (self.membership, self.birthday):
            box.toggled.connect(self._on_sample_changed)
        self.days_away = self._spin("sampleDaysAway", 36500)
        self.days_away.setValue(1)
        return self._row(self.membership, self.birthday)

    def _row(self, *widgets: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        return box

    def _build_figures(self) -> QGridLayout:
        grid = QGridLayout()
        self.headers = {c: QLabel(self) for c in COLUMNS}
        for column, name in enumerate(COLUMNS, start=1):
            grid.addWidget(self.headers[name], 0, column)
        titles = {
            "tier": self.tr("Tier"),
            "promotions": self.tr("Promotions"),
            "discount": self.tr("Discount"),
            "redeemed": self.tr("Paid with points"),
            "payable": self.tr("To pay"),
            "earned": self.tr("Points earned"),
        }
        self.cells: dict[tuple[str, str], QLabel] = {}
        for row, key in enumerate(ROWS, start=1):
            grid.addWidget(QLabel(titles[key], self), row, 0)
            for column, name in enumerate(COLUMNS, start=1):
                cell = QLabel(self)
                cell.setObjectName(f"preview_{name}_{key}")
                cell.setWordWrap(True)
                grid.addWidget(cell, row, column)
                self.cells[(name, key)] = cell
        return grid

    def set_programmes(self, current: Programme | None, edited: Programme | None) -> None:
        """Compare these two versions (None: nothing to show in that column)."""
        self._programmes = {"current": current, "edited": edited}
        source = edited or current
        if source is not None:
            self._set_tiers([t.name for t in source.tiers])
        self.recompute()

    def _set_tiers(self, names: list[str]) -> None:
        chosen = self.tier.currentText()
        index = self.tier.currentIndex()
        self.tier.blockSignals(True)
        self.tier.clear()
        self.tier.addItems(names)
        found = self.tier.findText(chosen)
        self.tier.setCurrentIndex(found if found >= 0 else min(max(index, 0), len(names) - 1))
        self.tier.blockSignals(False)

    def sample(self) -> Sample:
        """The sample as typed (InvalidInput when the check cannot be read)."""
        if self.by_lines.isChecked():
            lines = self.lines.lines()
        else:
            lines = (CheckLine(parse_money(self.total.text())),)
        redeem: RedeemRequest = MAX if self.redeem_max.isChecked() else self.redeem.value()
        clock = self.hour.time()
        at = datetime.combine(day_of(self.day.date()), time(clock.hour(), clock.minute()), self._tz)
        return Sample(
            lines=lines,
            at=at,
            tier=self.tier.currentText(),
            tier_index=max(self.tier.currentIndex(), 0),
            balance=self.balance.value(),
            redeem=redeem,
            membership_active=self.membership.isChecked(),
            birthday_today=self.birthday.isChecked(),
            days_since_purchase=self.days_away.value(),
            challenge_purchases=self.challenge_purchases.value(),
            challenge_spent=parse_money(self.challenge_spent.text() or "0"),
        )

    def recompute(self) -> None:
        """Quote the sample under both versions and redraw."""
        try:
            sample = self.sample()
            for column, programme in self._programmes.items():
                self.results[column] = (
                    None if programme is None else preview_checkout(programme, sample)
                )
        except InvalidInput as exc:
            self.sample_note.show_error(core_message(exc))
            self.results = {c: None for c in COLUMNS}
        else:
            self.sample_note.clear_error()
        self._draw()
        self.computed.emit()

    def _draw(self) -> None:
        for column in COLUMNS:
            programme = self._programmes[column]
            if column == "current":
                title = self.tr("In force: version {n}")
            else:
                title = self.tr("Edited: would be version {n}")
            n = "—" if programme is None else str(programme.version)
            current = self._programmes["current"]
            if column == "edited" and current is not None:
                n = str(current.version + 1)
            self.headers[column].setText(f"<b>{title.format(n=n)}</b>")
            texts = self._texts(self.results[column])
            for key in ROWS:
                self.cells[(column, key)].setText(texts.get(key, "—"))
            self.reasons[column].setText(self._reasons(column))
        both = all(self.results[c] is not None for c in COLUMNS)
        for key in ROWS:
            differs = both and (
                self.cells[("current", key)].text() != self.cells[("edited", key)].text()
            )
            font = self.cells[("edited", key)].font()
            font.setBold(differs)
            self.cells[("edited", key)].setFont(font)

    def _texts(self, found: Preview | None) -> dict[str, str]:
        if found is None:
            return {}
        q, lang = found.quote, self._language
        names = ", ".join(p.name for p in found.promotions) or "—"
        earned = points(q.earned_points, lang)
        if q.bonus_points:
            earned += " + " + points(q.bonus_points, lang)
        return {
            "tier": found.tier.name,
            "promotions": names,
            "discount": f"{money(q.discount, lang)} ({format_percent(q.discount_percent)} %)",
            "redeemed": f"{points(q.redeemed_points, lang)} = {money(q.redeemed_value, lang)}",
            "payable": money(q.payable, lang),
            "earned": earned,
        }

    def _reasons(self, column: str) -> str:
        found = self.results[column]
        if found is not None:
            return "\n".join("• " + r for r in found.quote.reason_lines(self._language))
        if column == "edited" and self._programmes["edited"] is None:
            return self.tr("Fix the problems in the programme to see its figures.")
        return ""

    def _on_by_lines_toggled(self, checked: bool) -> None:
        self.lines.setVisible(checked)
        self.total.setEnabled(not checked)
        self._on_sample_changed()

    def _on_redeem_max_toggled(self, checked: bool) -> None:
        self.redeem.setEnabled(not checked)
        self._on_sample_changed()

    def _on_sample_changed(self, *_args: object) -> None:
        if self._ready:
            self.recompute()
