# Two commands do all the set-up from a fresh clone: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint check clean tools qt-libraries

# Installs missing Debian packages as root, or says which and how (docs/setup.md explains each).
SYSTEM := sh scripts/system-packages.sh

# The libraries every Qt window needs besides what the PySide6 wheel brings: GLib (Qt's event
# loop), GL/EGL, fontconfig with a font that writes Cyrillic, D-Bus, and those of Qt's X11 (xcb)
# platform. Debian's minimal install has none of them.
QT_PACKAGES := libglib2.0-0 libegl1 libgl1 libfontconfig1 fonts-dejavu-core libdbus-1-3 \
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1

# Debian's python3 leaves ensurepip out (python3-venv has it): without it `python3 -m venv` fails.
$(STAMP): pyproject.toml
	@$(PY) -c 'import ensurepip' 2>/dev/null \
	  || $(SYSTEM) --required "python3 -m venv (its ensurepip module)" python3-venv
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP) qt-libraries  ## start the app on a demo store (embedded SQLite in the user data folder)
	$(BIN)/pos-loyalty --demo

# Never fails: without the libraries the app still tries to start, and Qt says what it lacks.
qt-libraries:
	@$(SYSTEM) "the window (Qt)" $(QT_PACKAGES)

# pdftoppm (poppler-utils) lets the card-printing tests decode the barcodes back from the PDF.
# Xvfb, xdotool and the libraries of Qt's xcb platform let the keyboard-wedge test send real X
# key events to the window (tests/ui/test_keyboard_wedge_x11.py).
X_PACKAGES := xvfb xdotool $(QT_PACKAGES)
tools:
	@command -v pdftoppm >/dev/null \
	  || $(SYSTEM) "the barcode-decoding tests (they skip without it)" poppler-utils
	@$(SYSTEM) "the real-X keyboard-wedge test (it skips without them)" $(X_PACKAGES)

test: $(STAMP) tools  ## the whole test suite
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

lint: $(STAMP)  ## ruff, mypy and the architecture contracts
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy pos_loyalty db devices ui server sync
	$(BIN)/lint-imports

check: lint test

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
