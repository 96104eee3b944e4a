"""An editable choice of serial ports: the ones found on this machine, or any path typed in."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from devices import SerialPortInfo


def port_box(ports: list[SerialPortInfo], parent: QWidget) -> QComboBox:
    """Return an editable choice of serial ports: the ones found, or any path typed in."""
    box = QComboBox(parent)
    box.setEditable(True)
    for port in ports:
        box.addItem(f"{port.device}  {port.description}".strip(), port.device)
    box.setCurrentIndex(-1)
    return box


def chosen_port(box: QComboBox) -> str:
    """Return the device of the port chosen in `box`, or the text typed."""
    text = box.currentText().strip()
    index = box.findText(text)
    return str(box.itemData(index)) if index >= 0 and box.itemData(index) else text
