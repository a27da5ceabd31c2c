# Woondeal Monitor. `make run` and `make test` are the two commands a new machine needs.
# The newest supported Python this machine has (3.13 on Debian 13, 3.12 on Ubuntu 24.04, 3.11 on Debian 12).
# A version counts only if it runs (pyenv puts shims for versions that are not selected on the PATH).
PYTHON ?= $(firstword $(foreach version,3.13 3.12 3.11,$(shell python$(version) -c '' >/dev/null 2>&1 && echo python$(version))) python3)
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PYTEST_ARGS ?=

.PHONY: run test lint format bench lock install system-deps clean

$(VENV)/.installed: pyproject.toml requirements/constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] <= (3, 13) else "Woondeal Monitor needs Python 3.11, 3.12 or 3.13; set PYTHON=python3.x")'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c requirements/constraints.txt ".[dev]"
	touch $@

install: $(VENV)/.installed

# Debian packages the app and its tests use: chromium (browser tests, chart export), fonts, poppler.
# Installed only when missing and only when we may (root); otherwise the README says what to install.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 && [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	fi

# `make run PORT=8011` serves on another port. system-deps: the PDF's charts need chromium, as the tests do.
run: install system-deps
	DEBUG=true $(PY) manage.py migrate --no-input
	DEBUG=true $(PY) manage.py seed_demo_data --publish-report
	@# The background worker (publishing, PDF previews, imports) runs beside the web server and stops with it.
	DEBUG=true $(PY) manage.py run_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DEBUG=true $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install system-deps
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: install
	$(PY) -m benchmarks --json benchmarks/results.json

# Re-pin every transitive dependency after changing pyproject.toml.
lock:
	rm -rf /tmp/woondeal-lock && $(PYTHON) -m venv /tmp/woondeal-lock
	/tmp/woondeal-lock/bin/pip install --quiet ".[dev]"
	/tmp/woondeal-lock/bin/pip freeze --exclude woondeal-monitor > requirements/constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache
