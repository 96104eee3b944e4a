"""The first-run wizard: store, programme, devices and the first manager, saved all at once.

Every page checks its values when Next is pressed. Finish checks them all again, and the
programme too, before the first write, so a refused value never leaves a half-set-up store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from devices import SerialPortInfo, list_serial_ports
from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.staff import Role
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.ports import UnitOfWork
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.slips import StoreHeader
from pos_loyalty.services.staff import PinHasher, add_staff
from ui.dialogs.field_errors import FieldProblem
from ui.dialogs.first_run_devices import DevicesPage
from ui.dialogs.first_run_pages import CheckedPage, ManagerPage, ProgrammePage, StorePage
from ui.dialogs.programme_choices import programme_for
from ui.station import save_device, save_store


def needs_first_run(uow: UnitOfWork) -> bool:
    """Return True while the store has no programme or no staff account yet."""
    with uow.read_only():
        return uow.programmes.current() is None or not uow.staff.all()


class FirstRunWizard(QWizard):
    """Set up a new store; on Finish everything is saved, or nothing when a value is refused."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        parent: QWidget | None = None,
        *,
        hasher: PinHasher | None = None,
        port_lister: Callable[[], list[SerialPortInfo]] = list_serial_ports,
    ) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._hasher = hasher or Argon2PinHasher()
        self._saved = False
        uow = uow_factory()
        with uow.read_only():
            self._has_programme = uow.programmes.current() is not None
            self._has_staff = bool(uow.staff.all())
        self.setWindowTitle(self.tr("Setting up the store"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(680, 560)
        self.store_page = StorePage()
        self.programme_page = ProgrammePage()
        self.devices_page = DevicesPage(port_lister())
        self.manager_page = ManagerPage(self._name_taken)
        self.addPage(self.store_page)
        if not self._has_programme:
            self.addPage(self.programme_page)
        self.addPage(self.devices_page)
        if not self._has_staff:
            self.addPage(self.manager_page)

    def language(self) -> str:
        """Return the language chosen for the store ("ru" or "en")."""
        return str(self.store_page.language.currentData())

    def _name_taken(self, name: str) -> bool:
        uow = self._uow_factory()
        with uow.read_only():
            return uow.staff.by_name(name) is not None

    def validateCurrentPage(self) -> bool:
        """Check the page; on the last page check every page, then save everything at once."""
        if self._saved:
            return True
        if not super().validateCurrentPage():
            return False
        if self.nextId() != -1:
            return True
        try:
            self._write(self._plan())
        except FieldProblem:
            return False
        except LoyaltyError as error:
            current = self.currentPage()
            if isinstance(current, CheckedPage):
                current.errors.show(FieldProblem("", str(error)))
            return False
        self._saved = True
        return True

    def _checked(self, page: CheckedPage) -> Any:
        try:
            return page.collect()
        except FieldProblem as problem:
            self._show_on(page, problem)
            raise

    def _show_on(self, page: CheckedPage, problem: FieldProblem) -> None:
        while self.currentPage() is not page and self.currentId() != self.startId():
            self.back()
        page.errors.clear()
        page.errors.show(problem)

    def _plan(self) -> _Plan:
        header, currency = self._checked(self.store_page)
        scanner, printer, pdf_folder = self._checked(self.devices_page)
        programme = None
        if not self._has_programme:
            programme = programme_for(self._checked(self.programme_page), currency, header.language)
            try:
                Programme.from_dict(programme)
            except LoyaltyError as error:
                problem = FieldProblem("", str(error))
                self._show_on(self.programme_page, problem)
                raise problem from None
        manager = None if self._has_staff else self._checked(self.manager_page)
        return _Plan(header, scanner, printer, pdf_folder, programme, manager)

    def _write(self, plan: _Plan) -> None:
        """Write the checked plan: the staff account first, as its name may be taken meanwhile."""
        new = self._uow_factory
        if plan.manager is not None:
            name, pin = plan.manager
            add_staff(name, Role.MANAGER, pin, uow=new(), hasher=self._hasher)
        save_store(new(), plan.header)
        save_device(new(), "scanner", plan.scanner)
        save_device(new(), "printer", plan.printer)
        if plan.pdf_folder is not None:
            uow = new()
            with uow:
                uow.settings.put("pdf_folder", plan.pdf_folder)
                uow.commit()
        if plan.programme is not None:
            save_programme(plan.programme, uow=new())


@dataclass(frozen=True, slots=True)
class _Plan:
    """Everything the wizard will write, checked before the first write."""

    header: StoreHeader
    scanner: dict[str, Any]
    printer: dict[str, Any]
    pdf_folder: str | None
    programme: dict[str, Any] | None
    manager: tuple[str, str] | None
