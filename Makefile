# Planwijzer: the two commands of the README are 'make site' and 'make test'.
# Everything they need is installed here, into .venv, from requirements.lock.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: site test content-check serve check install chromium pdftools hugo checkers lint bench lock cms-vendor cms-server clean

site: $(STAMP)  ## check and build the default plan into site/
	$(BIN)/planwijzer build . --out site

serve: $(STAMP)  ## live preview on http://127.0.0.1:8000/
	$(BIN)/planwijzer serve .

check: $(STAMP)  ## validate data/ only
	$(BIN)/planwijzer check .

test: $(STAMP) chromium pdftools checkers cms-server hugo  ## lint and the whole test suite, browser tests included
	$(BIN)/ruff check src tests scripts
	PLANWIJZER_CHROMIUM=$(CHROMIUM) $(BIN)/pytest

# What a pull request that only changes the plan's content runs: the plan is valid,
# builds strictly, its site shows exactly its data, its pages pass axe and the Nu HTML checker.
content-check: $(STAMP) chromium pdftools checkers  ## the content checks only (PLANWIJZER_PLAN=map for another plan)
	PLANWIJZER_CHROMIUM=$(CHROMIUM) $(BIN)/pytest tests/content

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

# Browser tests use Debian's Chromium (a test tool's own browser download cannot work here).
chromium:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "Chromium installeren (apt-get install chromium) ..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "Chromium ontbreekt: installeer het met 'sudo apt-get install chromium'." >&2; exit 1; \
	fi

# The PDF is checked with poppler's own tools (pdfinfo, pdftotext), as a reader would.
pdftools:
	@if command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "poppler-utils installeren (pdfinfo, pdftotext) ..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; \
	else \
	  echo "pdfinfo ontbreekt: installeer het met 'sudo apt-get install poppler-utils'." >&2; exit 1; \
	fi

# The benchmark measures Hugo (Debian's package) building as many pages, as a reference.
hugo:
	@if command -v hugo >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "Hugo installeren (apt-get install hugo) ..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; \
	else \
	  echo "hugo ontbreekt: installeer het met 'sudo apt-get install hugo'." >&2; exit 1; \
	fi

# Independent checkers the tests run on the built site (tests/checkers/package.json):
# HTML_CodeSniffer, the Nu HTML checker (vnu-jar, needs Java) and Lighthouse. Their own
# install scripts are skipped: vnu.jar ships in the package, the browser is Debian's.
CHECKERS := tests/checkers/node_modules/.installed
checkers: $(CHECKERS)

$(CHECKERS): tests/checkers/package.json tests/checkers/package-lock.json
	@for tool in npm:"nodejs npm" java:default-jre-headless; do \
	  command -v $${tool%%:*} >/dev/null && continue; \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "$${tool#*:} installeren ..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $${tool#*:} >/dev/null || exit 1; \
	  else echo "$${tool%%:*} ontbreekt: installeer het met 'sudo apt-get install $${tool#*:}'." >&2; exit 1; fi; \
	done
	cd tests/checkers && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts

bench: $(STAMP) hugo  ## performance figures next to the engine's floor and Hugo
	mkdir -p bench-output
	$(BIN)/python scripts/bench.py --markdown bench-output/bench.md --json bench-output/bench.json

lock: $(STAMP)  ## rewrite requirements.lock from the current environment
	{ echo "# Exact versions of every dependency (runtime and test), installed by 'make'."; \
	  echo "# Ranges with upper bounds are in pyproject.toml; regenerate with 'make lock'."; \
	  $(BIN)/pip freeze --exclude-editable | grep -v planwijzer; } > requirements.lock

# The CMS of /beheer/ (Decap CMS) is vendored: every build serves it from the site, no
# Node.js needed. This fetches the pinned version from npm and records its checksums.
DECAP_VERSION := 3.16.3
CMS_VENDOR := src/planwijzer/outputs/cms/vendor/decap-cms
cms-vendor:
	rm -rf $(CMS_VENDOR).new && mkdir -p $(CMS_VENDOR).new
	cd $(CMS_VENDOR).new && npm pack decap-cms@$(DECAP_VERSION) --silent >/dev/null && tar xzf decap-cms-$(DECAP_VERSION).tgz
	cd $(CMS_VENDOR).new/package/dist && cp decap-cms.js *.decap-cms.js *.wasm decap-cms.js.LICENSE.txt ../../
	cp $(CMS_VENDOR)/LICENSE $(CMS_VENDOR).new/ && rm -rf $(CMS_VENDOR).new/package $(CMS_VENDOR).new/*.tgz
	echo "decap-cms $(DECAP_VERSION) (npm), dist/ without source maps" > $(CMS_VENDOR).new/VERSION
	cd $(CMS_VENDOR).new && sha256sum $$(ls | grep -v SHA256SUMS | sort) > SHA256SUMS
	rm -rf $(CMS_VENDOR) && mv $(CMS_VENDOR).new $(CMS_VENDOR)

# 'planwijzer beheer lokaal' runs decap-server at the version of its lock file, installed
# once with 'npm ci' into the user's cache; this installs it ahead (the browser tests run it).
cms-server: $(STAMP) checkers
	$(BIN)/python -m planwijzer.outputs.cms.local

clean:
	rm -rf site test-output bench-output .pytest_cache
