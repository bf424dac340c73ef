# Hearsay: the front door. `make help` lists the targets.
SWIFT ?= swift
PREFIX ?= /usr/local
SHARED ?= ../shared
BIN_DEBUG := .build/debug/hearsay
BIN_RELEASE := .build/release/hearsay
VENV := .build/venv

.PHONY: help build release test test-spark kill-test demo install eval bench fuzz lint clean migrations lexicons digests \
	html-eval serve browser-test screenshots

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-10s %s\n", $$1, $$2}'

build: ## Build the debug binary
	$(SWIFT) build

release: ## Build the optimised binary
	$(SWIFT) build -c release

test: build $(VENV) ## Run the kill -9 import test (Scripts/kill-test.sh), the test suite, then the browser test
	Scripts/kill-test.sh $(BIN_DEBUG)
	$(SWIFT) test
	$(VENV)/bin/python Tests/Browser/browser_test.py --bin $(BIN_DEBUG) --out .build/screenshots

$(VENV): ## Selenium in a virtual environment, for the browser test
	python3 -m venv $(VENV).tmp
	$(VENV).tmp/bin/pip install --quiet --disable-pip-version-check selenium
	mv $(VENV).tmp $(VENV)

browser-test: build $(VENV) ## Drive `hearsay serve` in headless Chromium (needs chromium and chromium-driver)
	$(VENV)/bin/python Tests/Browser/browser_test.py --bin $(BIN_DEBUG) --out .build/screenshots

screenshots: build $(VENV) ## The browser test, saving a screenshot of each page under out/screenshots
	$(VENV)/bin/python Tests/Browser/browser_test.py --bin $(BIN_DEBUG) --out out/screenshots

serve: build ## Import Examples/articles into out/demo.db and serve it on http://127.0.0.1:8080/
	$(BIN_DEBUG) import Examples/articles --db out/demo.db
	$(BIN_DEBUG) serve --db out/demo.db

SPARK_VENV := .build/spark-venv

test-spark: build ## Run Scripts/spark-extract.py on Spark (local[2]) and check import --extracted equals a direct import
	@command -v java >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless; }
	@[ -x $(SPARK_VENV)/bin/spark-submit ] || { python3 -m venv $(SPARK_VENV) && $(SPARK_VENV)/bin/pip install -q 'pyspark==4.0.1'; }
	BIN=$(BIN_DEBUG) SHARED=$(SHARED) VENV=$(SPARK_VENV) Scripts/test-spark.sh

kill-test: build ## Kill imports at random moments; check nothing is half-stored (about 30 s)
	Scripts/kill-test.sh $(BIN_DEBUG)

fuzz: ## Fuzz extraction and input parsing with libFuzzer for FUZZ_SECONDS (default 300)
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),300) Fuzz/run.sh

demo: build ## Import Examples/articles, print who said what, write out/quotes.csv
	BIN=$(BIN_DEBUG) Scripts/demo.sh

install: ## Install one static binary as PREFIX/bin/hearsay (default /usr/local; PREFIX=~/.local)
	$(SWIFT) build -c release --static-swift-stdlib
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -s -m 755 $(BIN_RELEASE) "$(DESTDIR)$(PREFIX)/bin/hearsay"
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/hearsay (needs only libsqlite3, libxml2, zlib and libc)"

eval: build ## Score seeds and PolNeAR dev against the gold in ../shared (skipped when absent)
	BIN=$(BIN_DEBUG) SHARED=$(SHARED) Scripts/eval.sh

bench: ## Measure import, extraction, query, export speed, memory and size (release; a few minutes)
	$(SWIFT) build -c release
	.build/release/hearsay-bench --shared $(SHARED) $(BENCH_ARGS)

lint: ## Check formatting and style with swift format (.swift-format)
	$(SWIFT) format lint $$(find Sources Tests -name '*.swift' -not -path '*/Generated/*')

migrations: ## Regenerate the embedded schema from Migrations/*.sql
	python3 Scripts/embed-migrations.py

lexicons: ## Regenerate the embedded word lists from Lexicons/*.txt
	python3 Scripts/embed-lexicons.py

html-eval: release ## Score the import of ../shared/html/readability pages (text, metadata) and the quote agreement
	@rm -rf out/html-eval && mkdir -p out/html-eval
	-$(BIN_RELEASE) import --db out/html-eval/pages.db $(SHARED)/html/readability/pages > /dev/null
	$(BIN_RELEASE) export articles --db out/html-eval/pages.db --format jsonl --output out/html-eval/articles.jsonl
	python3 $(SHARED)/tools/score_html.py --gold $(SHARED)/html/readability/gold/articles.jsonl --articles out/html-eval/articles.jsonl
	Scripts/quote-agreement.sh $(BIN_RELEASE) $(SHARED)

clean: ## Remove build products
	rm -rf .build

digests: release ## Print md5s of the seeds, dev and train exports (row ids aside): a refactor must not move them
	BIN=$(BIN_RELEASE) SHARED=$(SHARED) Scripts/export-digests.sh
