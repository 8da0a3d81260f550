# Two commands do everything on a fresh Debian machine: `make serve` and `make test`.
# Every target first runs tools/setup.sh, which installs what is missing (pinned) and is a no-op afterwards.

SHELL := /bin/bash
# Tools installed by the set-up: cargo's bin dir and the npm-provided wasm-opt.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# The shipped wasm names no folder of the machine that built it: panic locations are written
# relative to the crate registry, the toolchain's sources and the project (and are shorter).
CARGO_HOME ?= $(HOME)/.cargo
RUST_COMMIT := $(shell rustc -vV 2>/dev/null | sed -n 's/^commit-hash: //p')
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --remap-path-prefix=$(CARGO_HOME)/registry/src/= --remap-path-prefix=/rustc/$(RUST_COMMIT)/=rust/ --remap-path-prefix=$(CURDIR)/=

.PHONY: setup setup-test setup-bench serve build dist-sub dist-hostile same-wasm test test-rust test-e2e lint bench fuzz clean

setup:
	@tools/setup.sh

# What the tests need on top: Debian's Chromium for the browser tests.
setup-test:
	@tools/setup.sh --test

# What the benchmarks need on top: Chromium, and twiggy for the wasm's size profile.
setup-bench:
	@tools/setup.sh --bench

## Build, then serve at http://127.0.0.1:8080 with live reload (a debug build in target/site, never dist/).
serve: setup
	trunk serve --address 127.0.0.1 --port 8080

## The release site in dist/, ready for any static host: a page per article, precompressed (.br, .gz).
# Hosting under a sub-path or at a known origin: `make build PUBLIC_URL=/viewer/ ORIGIN=https://news.example`
# (absolute canonical, og:url and oEmbed URLs, and an absolute oEmbed discovery link).
# Defaults from site.toml's `public_url`, if it sets one.
PUBLIC_URL ?= $(shell sed -n 's/^public_url *= *"\(.*\)".*/\1/p' site.toml 2>/dev/null)
ORIGIN ?=
# The build log is kept, and a warning from our own configuration fails the build.
build: setup
	@mkdir -p target
	set -o pipefail; $(if $(ORIGIN),VIEWER_ORIGIN=$(ORIGIN)) trunk build --release --dist dist $(if $(PUBLIC_URL),--public-url $(PUBLIC_URL)) 2>&1 | tee target/build.log
	@! grep -iE "^warning|\bWARN\b" target/build.log || { echo "build: the release build printed a warning (see target/build.log)"; exit 1; }
	node tools/precompress.mjs dist

lint: setup
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

test-rust: setup
	cargo test --workspace

# The same site built for hosting under a sub-path, for the sub-path browser tests. It is built the way
# a developer types it, a plain `trunk build` with only the system's and cargo's bin folders on PATH,
# so the tests also check that the set-up leaves Trunk able to find its pinned tools outside make.
PLAIN_PATH := /usr/local/bin:/usr/bin:/bin:$(HOME)/.cargo/bin
dist-sub: setup
	env PATH=$(PLAIN_PATH) trunk build --release --public-url /sub/ --dist dist-sub
	node tools/precompress.mjs dist-sub

# The site built with the hostile-input corpus as its articles (tests/hostile, plus 1 MB of text).
# The articles are not compiled into the wasm, so it shares the real build's target dir.
dist-hostile: setup
	node tools/hostile-seeds.mjs
	ARTICLE_SEEDS=target/hostile-seeds trunk build --release --dist dist-hostile
	node tools/precompress.mjs dist-hostile

# The wasm and its JS glue are the same bytes whatever seeds/ holds (builds with one and with
# several articles into target/same-wasm/ and compares their sha256).
same-wasm: setup
	node tools/same-wasm.mjs

test-e2e: setup-test build dist-sub dist-hostile same-wasm
	node tools/size-budget.mjs
	node --test --test-concurrency=1 tests/e2e/

## Every test: format, lints, native tests, release builds, same wasm for any seeds, size budget, browser tests.
test: lint test-rust test-e2e

## Benchmarks (reported, not asserted): size, load vs a static page, Lighthouse, interaction, parse.
## Prints a Markdown report and writes bench/results.md; see bench/README.md.
bench: setup-bench build
	node bench/run.mjs

# Long fuzzing of the article parser (cargo-fuzz on a pinned nightly; not part of `make test`,
# where the property test in core/tests/never_panics.rs runs instead). FUZZ_SECONDS=600 by default.
FUZZ_TOOLCHAIN := nightly-2026-05-20
CARGO_FUZZ_VERSION := 0.13.1
FUZZ_SECONDS ?= 600
fuzz:
	@rustup run $(FUZZ_TOOLCHAIN) rustc --version >/dev/null 2>&1 || rustup toolchain install $(FUZZ_TOOLCHAIN) --profile minimal
	@[ "$$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz $(CARGO_FUZZ_VERSION)" ] || cargo install cargo-fuzz --version $(CARGO_FUZZ_VERSION) --locked
	mkdir -p fuzz/corpus/parse && cp fuzz/seeds/*.txt fuzz/corpus/parse/
	cd fuzz && cargo +$(FUZZ_TOOLCHAIN) fuzz run --sanitizer none parse corpus/parse -- -max_len=8192 -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 2>&1 | tee fuzz.log | grep -E "^#[0-9]+ +(DONE|INITED)|stat::|ERROR|panicked" || true
	@grep -q "ERROR" fuzz/fuzz.log && { echo "fuzz: crash found (see fuzz/artifacts/)"; exit 1; } || echo "fuzz: no crashes"

clean:
	cargo clean
	rm -rf dist dist-sub dist-hostile node_modules
