"""The counter's look: large type and big buttons that work with a finger on a touch screen."""

STYLE = """
QWidget { font-size: 17pt; }
QLabel#name { font-size: 26pt; font-weight: bold; }
QLabel#balance { font-size: 22pt; font-weight: bold; color: #0d47a1; }
QLabel#state { font-size: 19pt; font-weight: bold; }
QLabel#message { font-size: 18pt; padding: 10px; border-radius: 8px; }
QLabel[role="big"] { font-size: 30pt; font-weight: bold; min-height: 60px; }
QLabel#reasons { color: #37474f; font-size: 14pt; }
QPushButton { min-height: 50px; padding: 4px 14px; border-radius: 8px;
              background: #eceff1; border: 1px solid #b0bec5; }
QPushButton[role="key"] { font-size: 13pt; min-height: 40px; padding: 2px 6px; }
QPushButton:checked { background: #ffe082; }
QPushButton:disabled { color: #9e9e9e; }
QPushButton[role="primary"] { background: #2e7d32; color: white; font-weight: bold;
                              font-size: 22pt; min-height: 64px; }
QPushButton[role="primary"]:disabled { background: #a5d6a7; }
QLineEdit { min-height: 44px; padding: 2px 8px; }
QLineEdit#amount { font-size: 26pt; font-weight: bold; }
QLineEdit#amount[readOnly="true"] { background: #eceff1; color: #37474f; }
QStatusBar QLabel { font-size: 13pt; }
QTableWidget, QListWidget { font-size: 14pt; }
QTableWidget#tillCheckLines, QTableWidget#tillCheckLines QHeaderView { font-size: 12pt; }
QPlainTextEdit#slipView { font-size: 10pt; font-family: "DejaVu Sans Mono", monospace; }
QLabel#displayView { font-size: 13pt; font-family: "DejaVu Sans Mono", monospace; }
"""

MESSAGE_STYLES = {
    "info": "background:#e3f2fd; color:#0d47a1;",
    "ok": "background:#e8f5e9; color:#1b5e20;",
    "error": "background:#c62828; color:white;",
}
