# Every target bootstraps .venv from the pinned requirements when they change.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ADDR ?= 127.0.0.1:8000
KB_CHROMIUM ?= /usr/bin/chromium
export KB_CHROMIUM
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
# properdocs (default, maintained) or mkdocs: `make build ENGINE=mkdocs` builds the same site with MkDocs 1.6.1.
ENGINE ?= properdocs

.PHONY: serve test check build generate offline bench outdated browser-deps clean ingest promote schema new edit

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

RECORD_FILES = $(wildcard data/practice/*.yaml data/person/*.yaml data/ship/*.yaml data/base/*.yaml data/policy/*.yaml)

# The project's checks, then check-jsonschema with the same schema editors use: they never disagree.
# Browser code (the CMS) comes from npm, pinned by package-lock.json; never a CDN.
node_modules/.installed: package.json package-lock.json
	@if ! command -v npm >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; \
	  else echo "需要 Node.js 和 npm：请以 root 运行，或 sudo apt-get install nodejs npm" >&2; exit 1; fi; \
	fi
	npm ci --no-audit --no-fund
	touch $@

check: $(STAMP)
	$(BIN)/python scripts/kb check
	@echo "check-jsonschema：$(words $(RECORD_FILES)) 个记录文件"
	@$(BIN)/check-jsonschema --schemafile data/schema.json $(RECORD_FILES)

# data/schema.json from data/schema.yaml, and the editor's schema line atop every record file.
schema: $(STAMP)
	$(BIN)/python scripts/kb schema

# The browser CMS on this machine: Decap's local proxy (loopback only) + the site, editor opened.
edit: $(STAMP) node_modules/.installed
	$(BIN)/python scripts/edit.py --dev-addr $(ADDR)

# A record skeleton with the next free id: make new KIND=practice
new: $(STAMP)
	$(BIN)/python scripts/kb new $(KIND)

generate: $(STAMP)
	$(BIN)/python scripts/kb generate build/generated

# Builds into a scratch folder and swaps it in only on success: a failed build never
# leaves a half-written site/ behind.
build: $(STAMP) node_modules/.installed
	$(BIN)/python scripts/build_site.py --engine $(ENGINE) --site-dir site

# A zip of the site that works when unzipped and opened from disk (file://), search included.
offline: $(STAMP) node_modules/.installed
	$(BIN)/python scripts/build_site.py --engine $(ENGINE) --config mkdocs.offline.yml --site-dir build/offline/kb-offline --zip build/kb-offline.zip

serve: $(STAMP) node_modules/.installed
	$(BIN)/$(ENGINE) serve --strict --dirty -f mkdocs.yml --dev-addr $(ADDR)

# Debian's Chromium drives the browser tests (Playwright never downloads a browser here).
browser-deps:
	@if [ ! -x "$(KB_CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	  else echo "需要 chromium：请以 root 运行，或 sudo apt-get install chromium fonts-noto-cjk" >&2; exit 1; fi; \
	fi

test: $(STAMP) browser-deps node_modules/.installed
	$(BIN)/python -m pytest -q

bench: $(STAMP) node_modules/.installed browser-deps
	$(BIN)/python bench/build.py

# New material → data/sources/<id>.yaml + drafts under data/drafts/<id>/ (see README 新材料入库).
ingest: $(STAMP)
	@test -n "$(FILE)" || { echo "用法：make ingest FILE=材料.txt [SOURCE_ID=s005]" >&2; exit 2; }
	$(BIN)/python scripts/kb ingest "$(FILE)" $(if $(SOURCE_ID),--source-id $(SOURCE_ID))

# Reviewed drafts → data/<kind>/ (refused while a summary is missing or validation fails).
promote: $(STAMP)
	@test -n "$(DRAFT)" || { echo "用法：make promote DRAFT=data/drafts/s005/practice/x.yaml" >&2; exit 2; }
	$(BIN)/python scripts/kb promote $(DRAFT)

# Pins with a newer release on the package index (security fixes: see README 平台寿命).
outdated: $(STAMP)
	$(BIN)/python scripts/outdated.py

clean:
	rm -rf site site.tmp build .pytest_cache
