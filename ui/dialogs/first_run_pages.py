"""The pages of the first-run wizard: the store, the programme and the first manager's account."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from pos_loyalty.domain import fields as limits
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.slip import Language
from pos_loyalty.domain.staff import Role, validate_pin
from pos_loyalty.services.slips import StoreHeader
from ui.dialogs.field_errors import FieldProblem, FormErrors
from ui.dialogs.programme_choices import (
    CURRENCIES,
    TEMPLATE_KEYS,
    template_description,
    template_title,
)
from ui.i18n import current_language

LANGUAGE_NAMES = {"ru": "Русский", "en": "English"}
"""Each language named in itself, so anyone finds theirs."""


class CheckedPage(QWizardPage):
    """A page whose values are checked by `collect()` when Next or Finish is pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FormErrors(self)

    def collect(self) -> object:
        """Return the page's values, or raise FieldProblem."""
        raise NotImplementedError

    def validatePage(self) -> bool:
        """Check the page before going on; show what is wrong next to its field."""
        self.errors.clear()
        try:
            self.collect()
        except FieldProblem as problem:
            self.errors.show(problem)
            return False
        return True


class StorePage(CheckedPage):
    """The store's name, currency and language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your store"))
        self.setSubTitle(self.tr("The name printed on slips, the currency and the language."))
        self.name = QLineEdit(self)
        self.name.setMaxLength(limits.STORE_NAME)
        self.currency = QComboBox(self)
        for code, sign in CURRENCIES.items():
            self.currency.addItem(f"{code} ({sign})", code)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        form = QFormLayout(self)
        form.addRow(self.tr("Store name"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.errors.general)

    def collect(self) -> tuple[StoreHeader, str]:
        """Return the store header and the currency code."""
        name = " ".join(self.name.text().split())
        if not name:
            raise FieldProblem("name", self.tr("Give the store's name, as printed on slips."))
        code = str(self.currency.currentData())
        language = cast(Language, self.language.currentData())
        return StoreHeader(name=name, language=language, currency=CURRENCIES[code]), code


class ProgrammePage(CheckedPage):
    """Which ready-made programme to start from (it can be changed later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Loyalty programme"))
        self.setSubTitle(self.tr("Start from one of these; the numbers can be changed later."))
        self.choice = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for key in TEMPLATE_KEYS:
            button = QRadioButton(template_title(key), self)
            button.setObjectName(f"template_{key}")
            button.setProperty("template", key)
            self.choice.addButton(button)
            text = QLabel(template_description(key), self)
            text.setWordWrap(True)
            text.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(button)
            layout.addWidget(text)
            button.setChecked(key == "bonus")
        layout.addWidget(self.errors.general)
        layout.addStretch(1)

    def select(self, key: str) -> None:
        """Choose the template `key` ("discount", "bonus" or "tiered")."""
        for button in self.choice.buttons():
            button.setChecked(button.property("template") == key)

    def collect(self) -> str:
        """Return the key of the chosen template."""
        button = self.choice.checkedButton()
        if button is None:
            raise FieldProblem("", self.tr("Choose a programme."))
        return str(button.property("template"))


class ManagerPage(CheckedPage):
    """The first manager's account: a name and a PIN typed twice."""

    def __init__(self, name_taken: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name_taken = name_taken
        self.setTitle(self.tr("Manager's account"))
        self.setSubTitle(
            self.tr("The manager signs in with this PIN, adds cashiers and approves refunds.")
        )
        self.name = QLineEdit(self)
        self.pin = self._pin_field()
        self.pin_again = self._pin_field()
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("PIN (6 to 8 digits)"), self.errors.wrap("pin", self.pin))
        form.addRow(self.tr("PIN again"), self.errors.wrap("pin_again", self.pin_again))
        form.addRow(self.errors.general)

    def _pin_field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(8)
        field.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"), field))
        return field

    def collect(self) -> tuple[str, str]:
        """Return the manager's name and PIN."""
        name = " ".join(self.name.text().split())
        if not name:
            raise FieldProblem("name", self.tr("Give the manager's name."))
        if self._name_taken(name):
            raise FieldProblem("name", self.tr("There is already a staff member with this name."))
        try:
            pin = validate_pin(self.pin.text(), Role.MANAGER)
        except InvalidInput:
            raise FieldProblem("pin", self.tr("A manager's PIN is 6 to 8 digits.")) from None
        if self.pin_again.text() != pin:
            raise FieldProblem(
                "pin_again", self.tr("The two PINs differ: type the same PIN twice.")
            )
        return name, pin
