# Hearsay: the front door. `make help` lists the targets.
SWIFT ?= swift
PREFIX ?= /usr/local
SHARED ?= ../shared
BIN_DEBUG := .build/debug/hearsay
BIN_RELEASE := .build/release/hearsay

.PHONY: help build release test kill-test demo install eval bench fuzz lint clean migrations lexicons digests html-eval

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-10s %s\n", $$1, $$2}'

build: ## Build the debug binary
	$(SWIFT) build

release: ## Build the optimised binary
	$(SWIFT) build -c release

test: build ## Run the kill -9 import test (Scripts/kill-test.sh), then the test suite
	Scripts/kill-test.sh $(BIN_DEBUG)
	$(SWIFT) test

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
