# Two commands do all the set-up from a fresh clone: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint check clean tools

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)  ## start the app on a demo store (embedded SQLite in the user data folder)
	$(BIN)/pos-loyalty --demo

# pdftoppm (poppler-utils) lets the card-printing tests decode the barcodes back from the PDF.
# Xvfb, xdotool and the libraries of Qt's xcb platform let the keyboard-wedge test send real X
# key events to the window (tests/ui/test_keyboard_wedge_x11.py).
X_PACKAGES := xvfb xdotool libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 \
  libfontconfig1 libdbus-1-3
tools:
	@command -v pdftoppm >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; } \
	  || echo "pdftoppm is missing: the barcode-decoding tests skip (apt-get install poppler-utils)"
	@{ command -v Xvfb && command -v xdotool && dpkg -s $(X_PACKAGES); } >/dev/null 2>&1 \
	  || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -qq \
	  && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(X_PACKAGES) >/dev/null; } \
	  || echo "Xvfb/xdotool are missing: the real-X wedge test skips (apt-get install $(X_PACKAGES))"

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
