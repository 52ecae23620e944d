# The two commands a fresh machine needs: `make run` and `make test`.
PY      := .venv/bin/python
STAMP   := .venv/.installed
HOST    ?= 127.0.0.1
PORT    ?= 8501

.PHONY: setup browser ocr run test lint format lock bench clean-store

setup: $(STAMP)

# Reinstall only when the pins change: `make setup` is quick when nothing did.
$(STAMP): requirements.txt
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

# Debian's chromium for the browser tests; Playwright drives it by path and never downloads a browser.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium could not be installed: browser tests will be skipped"; }

# Debian's Tesseract with its Indonesian data, for scanned PDFs (issue 7); without it a scanned PDF
# is refused with a clear message and the OCR tests are skipped, saying why.
ocr:
	@{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx ind; } || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-ind >/dev/null) \
	  || echo "tesseract-ocr-ind could not be installed: scanned PDFs cannot be read, OCR tests will be skipped"; }

run: setup ocr
	$(PY) -m loader load --if-changed
	$(PY) -m loader roster --demo --if-changed
	$(PY) -m streamlit run dashboard/app.py --server.address $(HOST) --server.port $(PORT) \
	  --server.headless true --browser.gatherUsageStats false

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: setup
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

test: setup browser ocr lint
	$(PY) -m pytest

lock:
	$(PY) -m pip install --quiet -r requirements.in
	{ echo "# Generated from requirements.in by 'make lock' (pip freeze): exact pins of everything installed."; \
	  $(PY) -m pip freeze | grep -v '^-e'; } > requirements.txt

bench: setup browser
	$(PY) bench/extract.py
	$(PY) bench/graph.py --scale 0.05
	$(PY) bench/roster.py
	$(PY) bench/corrections.py --corrections 50
	$(PY) -m loader load --if-changed
	$(PY) bench/dashboard.py

clean-store:
	$(PY) -m queries.embedded stop || true
	rm -rf data/store
