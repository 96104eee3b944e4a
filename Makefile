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
tools:
	@command -v pdftoppm >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; } \
	  || echo "pdftoppm is missing: the barcode-decoding tests skip (apt-get install poppler-utils)"

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
