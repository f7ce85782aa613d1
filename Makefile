# The two commands to start with: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Python keeps the bytecode it compiles (in git-ignored __pycache__ folders) even where the shell asks it not to:
# the review rules' phrase lists and the wording take seconds to compile, and `make test` alone starts four processes.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run test bench loadtest superuser collectstatic clean

$(VENV)/.deps: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-deps: $(VENV)/.deps requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

## Serve the app on http://127.0.0.1:8000 with SQLite and the starter library.
## PORT=8102 (and HOST) serve elsewhere; the site's links follow the address you open.
run: $(VENV)/.deps
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py load_starter_library
	@echo
	@echo "  Declines is starting on http://$(HOST):$(PORT)/"
	@echo "  Make your first account at http://$(HOST):$(PORT)/signup/"
	@echo "  (for the admin at /admin/, run: make superuser)"
	@echo
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

# The slow tests (fuzzing every form, worst-case inputs, many processes at
# once) run in CI (CI=true) or with SLOW=1; day to day they are left out.
PYTEST_MARKS := $(if $(or $(CI),$(SLOW)),,-m "not slow")

# The browser tests spend most of their time waiting on Chromium and the live server, so `make test`
# runs them in a process of their own beside the rest (two CPUs; on PostgreSQL each process has a test
# database of its own), and prints their report after the rest's. They live in tests/browser, which is all that
# process collects. With PYTEST_ARGS, one run, as asked;
# in CI too, where the SQLite and PostgreSQL runs already share the two CPUs.
ALL_TESTS := $(if $(SLOW),,and not slow)

## Lint, check migrations and settings, then run the test suite (all of it in CI or with SLOW=1).
test: $(VENV)/.dev-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=tests.settings $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=tests.settings $(PY) manage.py check
ifneq ($(PYTEST_ARGS)$(CI),)
	$(VENV)/bin/pytest $(PYTEST_MARKS) $(PYTEST_ARGS)
else
	@log=$$(mktemp); \
	TEST_DATABASE_SUFFIX=browser $(VENV)/bin/pytest -m "browser $(ALL_TESTS)" tests/browser >$$log 2>&1 & browser=$$!; \
	$(VENV)/bin/pytest -m "not browser $(ALL_TESTS)"; rest=$$?; \
	wait $$browser; browsers=$$?; \
	printf '\n--- The browser tests, run beside the rest ---\n'; cat $$log; rm -f $$log; \
	[ $$rest -eq 0 ] && [ $$browsers -eq 0 ]
endif

# Lighthouse 12 is the newest line that runs on Node 20. It drives Debian's
# Chromium (bench/pages.py sets CHROME_PATH); its own browser download is never used.
LIGHTHOUSE_VERSION := 12.8.2
LIGHTHOUSE := .bench/node_modules/lighthouse/cli/index.js

## Measure the composer against plain Markdown, then every page at 10,000 offers
## against its budgets: PostgreSQL on 127.0.0.1, gunicorn, wrk, Chromium, Lighthouse.
## BENCH_RUNS, BENCH_WRK_SECONDS, BENCH_SKIP=wrk,browser,lighthouse: see bench/pages.py.
## Both benches run whatever the first found, so every budget is printed; it fails if either failed.
bench: $(VENV)/.dev-deps $(LIGHTHOUSE)
	@command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk \
		|| (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk)
	@failed=0; \
	$(PY) bench/compose.py || failed=1; \
	$(PY) bench/pages.py || failed=1; \
	exit $$failed

$(LIGHTHOUSE):
	npm install --prefix .bench --no-audit --no-fund lighthouse@$(LIGHTHOUSE_VERSION)

## Many concurrent clients against two gunicorn instances sharing PostgreSQL and
## Redis (LOAD_CLIENTS, LOAD_SECONDS); log-in and preview limits must hold across both.
loadtest: $(VENV)/.dev-deps
	$(PY) bench/loadtest.py

superuser: $(VENV)/.deps
	DEBUG=1 $(PY) manage.py createsuperuser

collectstatic: $(VENV)/.deps
	$(PY) manage.py collectstatic --noinput

clean:
	rm -rf $(VENV) staticfiles
