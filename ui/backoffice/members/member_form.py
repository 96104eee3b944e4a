"""The member form: edit a member's personal data, or register a new member with a card.

The form checks each field as the use case would (the same domain functions) and shows what is
wrong under the field; only a clean form emits `submitted`, with a `MemberForm.Data`. What the
use case still refuses (a phone already on file, a card that belongs to someone) comes back
through `show_refusal` and is shown under the field it is about. Registering takes a pre-printed
card scanned or typed into "Card", or leaves it empty for a new number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain import fields
from pos_loyalty.domain.cards import validate_card_number
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.members import Member, format_phone, normalize_name, validate_phone
from ui.core_messages import core_message
from ui.dialogs.field_errors import FieldProblem, FormErrors

DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d")


@dataclass(frozen=True, slots=True)
class MemberData:
    """What the form collected, checked field by field."""

    name: str
    phone: str
    email: str
    birthday: date | None
    consent: bool = False
    card_number: str | None = None
    marketing_consent: bool = False


class MemberForm(QDialog):
    """Edit a member (`member` given) or register a new one (`member` None)."""

    submitted = Signal(object)

    def __init__(self, member: Member | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = member
        self.registering = member is None
        self.setObjectName("memberForm")
        self.setWindowTitle(self.tr("New member") if self.registering else self.tr("Edit member"))
        self.errors = FormErrors(self)
        form = QFormLayout()
        self.name_edit = self._field(form, "name", self.tr("Name"))
        self.phone_edit = self._field(form, "phone", self.tr("Phone"))
        self.email_edit = self._field(form, "email", self.tr("E-mail"))
        self.name_edit.setMaxLength(fields.NAME)  # the limits the server shares
        self.email_edit.setMaxLength(fields.EMAIL)
        self.birthday_edit = self._field(form, "birthday", self.tr("Birthday"))
        self.birthday_edit.setPlaceholderText(self.tr("dd.mm.yyyy, may stay empty"))
        self.consent_box = QCheckBox(self.tr("The customer consents to the use of personal data"))
        self.consent_box.setObjectName("consent")
        self.offers_box = QCheckBox(self.tr("The customer agrees to receive offers"))
        self.offers_box.setObjectName("marketingConsent")
        self.card_edit = QLineEdit(self)
        self.card_edit.setObjectName("card")
        self.card_edit.setPlaceholderText(self.tr("Scan a pre-printed card, or leave empty"))
        if self.registering:
            form.addRow("", self.errors.wrap("consent", self.consent_box))
            form.addRow("", self.offers_box)
            form.addRow(self.tr("Card"), self.errors.wrap("card", self.card_edit))
        else:
            form.addRow("", self.offers_box)
            self._fill(member)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _field(self, form: QFormLayout, name: str, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        form.addRow(label, self.errors.wrap(name, edit))
        return edit

    def _fill(self, member: Member | None) -> None:
        if member is None:
            return
        self.name_edit.setText(member.name)
        self.phone_edit.setText(format_phone(member.phone))
        self.email_edit.setText(member.email)
        if member.birthday:
            self.birthday_edit.setText(member.birthday.strftime("%d.%m.%Y"))
        self.offers_box.setChecked(member.marketing_consent_at is not None)

    def error(self, name: str = "") -> str:
        """The note shown under field `name` ("" for the whole form)."""
        return self.errors.error(name)

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        problems: list[FieldProblem] = []
        data = self._collect(problems)
        for problem in problems:
            self.errors.show(problem)
        if data is not None and not problems:
            self.buttons.setEnabled(False)
            self.submitted.emit(data)

    def _collect(self, problems: list[FieldProblem]) -> MemberData | None:
        name = normalize_name(self.name_edit.text())
        if not name:
            problems.append(FieldProblem("name", self.tr("Type at least a first name.")))
        phone = self._phone(problems)
        email = self.email_edit.text().strip()
        if email and ("@" not in email or " " in email):
            problems.append(
                FieldProblem("email", self.tr("An e-mail looks like name@example.com."))
            )
        birthday = self._birthday(problems)
        consent = self.consent_box.isChecked()
        if self.registering and not consent:
            text = self.tr("Ask the customer first: personal data needs their consent.")
            problems.append(FieldProblem("consent", text))
        card = self._card(problems)
        offers = self.offers_box.isChecked()
        return MemberData(name, phone, email, birthday, consent, card, offers)

    def _phone(self, problems: list[FieldProblem]) -> str:
        try:
            return validate_phone(self.phone_edit.text())
        except InvalidInput as exc:
            text = self.tr("Type the phone like +7 912 345-67-89.")
            problems.append(FieldProblem("phone", text, core_message(exc)))
            return ""

    def _birthday(self, problems: list[FieldProblem]) -> date | None:
        text = self.birthday_edit.text().strip()
        if not text:
            return None
        for pattern in DATE_FORMATS:
            try:
                found = datetime.strptime(text, pattern).date()
            except ValueError:
                continue
            if date(1900, 1, 1) <= found <= date.today():
                return found
        text = self.tr("Type the birthday like 17.05.1990, or leave it empty.")
        problems.append(FieldProblem("birthday", text))
        return None

    def _card(self, problems: list[FieldProblem]) -> str | None:
        text = self.card_edit.text().strip().replace(" ", "")
        if not self.registering or not text:
            return None
        try:
            return validate_card_number(text)
        except InvalidInput as exc:
            note = self.tr("Not one of our card numbers: scan the card again or type 13 digits.")
            problems.append(FieldProblem("card", note, core_message(exc)))
            return None

    def show_refusal(self, message: str) -> None:
        """Show what the use case refused, under the field it is about; allow another try."""
        self.buttons.setEnabled(True)
        if "phone" in message:
            text = self.tr("This phone already belongs to a member: find them instead.")
            self.errors.show(FieldProblem("phone", text, message))
        elif message.startswith("card") and self.registering:
            text = self.tr("This card cannot be given out: take another card.")
            self.errors.show(FieldProblem("card", text, message))
        else:
            self.errors.show(FieldProblem("", message))
