# Luukku: `make run` starts the demo service centre, `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000

CHROMIUM ?= /usr/bin/chromium
DOVECOT ?= /usr/sbin/dovecot
REDIS_SERVER ?= /usr/bin/redis-server
VOIKKO_DICTIONARY ?= /usr/lib/voikko/5/mor-standard/mor.vfst
SUDO = $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: run test test-dates test-dates-all lint format messages audit chromium dovecot redis faketime voikko htmx fonts

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# `make run` serves the demo as a real site is served: DEBUG off (the site's own error pages,
# static files collected and served by WhiteNoise) with a development secret key made once
# into the data folder; `make run DEBUG=1` shows Django's debug pages instead. The links in
# mail and calendar files (SITE_URL) follow HOST and PORT unless SITE_URL is given.
RUN_DATA = $(or $(LUUKKU_DATA_DIR),var)
SITE_URL ?= http://$(HOST):$(PORT)
DEBUG ?= 0
# Online payments go to the local Paytrail sandbox (docs/commerce.md) on SANDBOX_PORT, with
# Paytrail's documented test merchant: the demo has no network.
SANDBOX_PORT ?= $(shell expr $(PORT) + 1)
RUN_ENV = DEBUG=$(DEBUG) SITE_URL=$(SITE_URL) SESSION_COOKIE_SECURE=0 TWO_FACTOR_REQUIRED_ROLES= \
	PAYTRAIL_BASE_URL=$${PAYTRAIL_BASE_URL:-http://$(HOST):$(SANDBOX_PORT)} \
	SECRET_KEY="$$(cat $(RUN_DATA)/secret-key)"

run: $(STAMP) voikko htmx fonts
	@mkdir -p $(RUN_DATA) && test -s $(RUN_DATA)/secret-key || (umask 077 && \
		$(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))' > $(RUN_DATA)/secret-key)
	$(RUN_ENV) $(BIN)/luukku collectstatic --noinput --verbosity 0
	$(RUN_ENV) $(BIN)/luukku migrate --noinput
	$(RUN_ENV) $(BIN)/luukku demo_load
	@echo "Open http://$(HOST):$(PORT)/ (citizens) and http://$(HOST):$(PORT)/staff/ (staff)."
	@$(RUN_ENV) $(BIN)/luukku shell --no-imports -c 'from django.conf import settings; \
		print(f"Links in mail and calendar files point to {settings.SITE_URL}/.")'
	@echo "Mail to customers is written to $(RUN_DATA)/sent-mail/ by the background worker."
	@echo "Online payments go to the Paytrail sandbox at http://$(HOST):$(SANDBOX_PORT)/."
	$(RUN_ENV) $(BIN)/luukku worker --no-startup-delay & worker=$$!; \
		$(RUN_ENV) $(BIN)/luukku paytrail_sandbox --host $(HOST) --port $(SANDBOX_PORT) & sandbox=$$!; \
		trap 'kill $$worker $$sandbox 2>/dev/null' EXIT INT TERM; \
		$(RUN_ENV) $(BIN)/luukku runserver $(HOST):$(PORT)

# The suite in two pytest-xdist worker processes (each with its own database, Chromium and
# Dovecot); TEST_WORKERS=0 runs it in one. TEST_ARGS are passed on to pytest (.ci/run's
# PostgreSQL run gives -m "not browser").
TEST_WORKERS ?= 2
TEST_ARGS ?=

test: $(STAMP) chromium dovecot redis voikko htmx fonts
	LUUKKU_CHROMIUM=$(CHROMIUM) $(BIN)/pytest -n $(TEST_WORKERS) $(TEST_ARGS)

# The suite but the browser tests and those that set the clock themselves (marked clock_set:
# a moved system clock changes nothing in them) and those that run app servers as other
# processes (marked servers: their clock runs on, so a queue day opened before midnight is
# yesterday's after it), again with the system clock moved by
# libfaketime to awkward moments in Helsinki: New Year's Eve, the spring change to summer
# time (on Easter Sunday), Midsummer Eve, the autumn change back, the eve of a leap day. Each
# run starts two minutes before its moment, so the clock crosses it while the tests run;
# pytest stops at once if the clock it reads is not the moved one. See docs/testing.md.
# A run takes one of the five moments, in turn by the number of commits, so five commits in
# a row cover all five; `make test-dates-all` runs all five.
CLOCK_MOMENT_0 = 2026-12-31T23:58:00+02:00
CLOCK_MOMENT_1 = 2027-03-28T02:58:00+02:00
CLOCK_MOMENT_2 = 2027-06-25T08:58:00+03:00
CLOCK_MOMENT_3 = 2027-10-31T03:58:00+03:00
CLOCK_MOMENT_4 = 2028-02-28T23:58:00+02:00
CLOCK_MOMENTS_ALL = $(CLOCK_MOMENT_0) $(CLOCK_MOMENT_1) $(CLOCK_MOMENT_2) $(CLOCK_MOMENT_3) $(CLOCK_MOMENT_4)
CLOCK_TURN := $(shell echo $$(( $$(git rev-list --count HEAD 2>/dev/null || echo 0) % 5 )))
CLOCK_MOMENTS ?= $(CLOCK_MOMENT_$(CLOCK_TURN))
CLOCK_RUN_LIMIT ?= 15m
FAKETIME ?= /usr/bin/faketime

test-dates: $(STAMP) dovecot redis faketime voikko
	@failed=""; for moment in $(CLOCK_MOMENTS); do \
		echo "== tests with the clock at $$moment"; \
		env -u DATABASE_URL TZ=Europe/Helsinki LUUKKU_CLOCK_AT=$$moment \
			FAKETIME_FMT=%s FAKETIME_DONT_RESET=1 \
			timeout $(CLOCK_RUN_LIMIT) $(FAKETIME) -f "@$$(date -d $$moment +%s)" \
			$(BIN)/pytest -m "not browser and not clock_set and not servers" -n $(TEST_WORKERS) -p no:cacheprovider \
			|| failed="$$failed $$moment"; \
	done; \
	test -z "$$failed" || { echo "Tests failed with the clock at:$$failed"; exit 1; }

test-dates-all:
	$(MAKE) test-dates CLOCK_MOMENTS="$(CLOCK_MOMENTS_ALL)"

# The browser tests drive Debian's Chromium (Playwright never downloads a browser here).
chromium:
	@test -x $(CHROMIUM) || { \
		echo "Installing Debian's chromium for the browser tests"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The IMAP tests run a throw-away Dovecot of their own (the system service is not used).
dovecot:
	@test -x $(DOVECOT) || { \
		echo "Installing Debian's dovecot-imapd for the IMAP tests"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null; }

# The tests of several app servers share a throw-away Redis of their own (redis-server on a free
# port, nothing saved; the system service is not used), as production servers share one.
redis:
	@test -x $(REDIS_SERVER) || { \
		echo "Installing Debian's redis-server for the tests of several app servers"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; }

# Finnish base forms and compound parts for search come from Voikko: Debian's library and its
# Finnish dictionary (the Python bindings are a pinned dependency). Without them the search
# falls back to Snowball stemming for Finnish and says so at startup.
voikko:
	@{ test -e $(VOIKKO_DICTIONARY) && ls /usr/lib/*/libvoikko.so.1 >/dev/null 2>&1; } || { \
		echo "Installing Debian's libvoikko1 and voikko-fi for Finnish search"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libvoikko1 voikko-fi >/dev/null; }

# htmx for the staff pages comes from the npm registry, pinned in package.json and
# package-lock.json (`npm ci` checks its integrity hash), and is copied into the static files
# (git-ignored, never committed); again whenever the lock file changes. Without npm, Debian's.
HTMX = src/luukku/web/static/web/vendor/htmx.min.js

htmx: $(HTMX)

$(HTMX): package.json package-lock.json
	@command -v npm >/dev/null || { \
		echo "Installing Debian's npm to install htmx from the npm registry"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
	npm ci --ignore-scripts --no-audit --no-fund --silent
	mkdir -p $(@D) && cp node_modules/htmx.org/dist/htmx.min.js $@

# PDF invoices are written in DejaVu Sans (Finnish and Swedish letters and the euro sign),
# Debian's fonts-dejavu-core; without it they fall back to Helvetica (EUR for €).
PDF_FONT ?= /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

fonts:
	@test -e $(PDF_FONT) || { \
		echo "Installing Debian's fonts-dejavu-core for PDF invoices"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null; }

# Debian's libfaketime moves the clock for `make test-dates`.
faketime:
	@test -x $(FAKETIME) || { \
		echo "Installing Debian's faketime for the runs on other dates"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null; }

# `make lint`: ruff; the apps' layers with import-linter (`lint-imports`, the contracts in
# pyproject.toml, docs/architecture.md); the commit messages of this branch since it left
# origin/main (on main itself, or in a shallow clone, only HEAD's): docs/testing.md; and that
# no model change is left without its migration.
lint: $(STAMP)
	$(BIN)/ruff check src bench scripts/check-commit-msg
	$(BIN)/ruff format --check src bench scripts/check-commit-msg
	$(BIN)/lint-imports
	DEBUG=1 LUUKKU_DATA_DIR=$$(mktemp -d) $(BIN)/luukku makemigrations --check --dry-run >/dev/null \
		|| { echo "A model changed without its migration: run luukku makemigrations"; exit 1; }
	$(BIN)/python scripts/check-commit-msg --branch

# `make audit`: pip-audit looks up every installed dependency (the pinned ones and theirs; not
# Luukku itself) in the Python Packaging Advisory Database through PyPI's JSON API and fails on
# any known vulnerability, naming the versions that fix it. A package it could not look up
# (no network, or a PyPI mirror without the per-version JSON API) is only a warning, unless
# AUDIT_STRICT=1: then it fails too (set it where pypi.org itself is reachable).
AUDIT_STRICT ?= 0
define AUDIT_SUMMARY
import json, sys
dependencies = json.load(open(sys.argv[1]))["dependencies"]
strict = sys.argv[2] == "1"
found = [(d, v) for d in dependencies for v in d.get("vulns", [])]
skipped = [d["skip_reason"] for d in dependencies if "skip_reason" in d]
for d, v in found:
    fix = ", ".join(v["fix_versions"]) or "none yet"
    print(f"VULNERABLE {d['name']} {d['version']}: {v['id']} (fixed in {fix})")
if skipped:
    print(f"{'FAILED' if strict else 'WARNING'}: {len(skipped)} of {len(dependencies)} "
          f"dependencies could not be audited, e.g. {skipped[0]}")
print(f"pip-audit: {len(dependencies) - len(skipped)} dependencies audited, "
      f"{len(found)} known vulnerabilities.")
sys.exit(1 if found or (skipped and strict) else 0)
endef
export AUDIT_SUMMARY

audit: $(STAMP)
	@$(BIN)/pip-audit --local --skip-editable --progress-spinner off --desc off \
		--format json --output $(VENV)/pip-audit.json >/dev/null 2>$(VENV)/pip-audit.log; \
		test -s $(VENV)/pip-audit.json || { cat $(VENV)/pip-audit.log; exit 1; }
	@$(BIN)/python -c "$$AUDIT_SUMMARY" $(VENV)/pip-audit.json $(AUDIT_STRICT)

format: $(STAMP)
	$(BIN)/ruff format src bench
	$(BIN)/ruff check --fix src bench

# Extract new UI strings into the .po files (needs GNU gettext) and compile them.
messages: $(STAMP)
	cd src/luukku && DEBUG=1 ../../$(BIN)/luukku makemessages -l fi -l sv --no-obsolete --no-location
	cd src/luukku && DEBUG=1 ../../$(BIN)/luukku compilemessages
