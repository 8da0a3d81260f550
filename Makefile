# Two commands do everything on a fresh Debian machine: `make serve` and `make test`.
# Every target first runs tools/setup.sh, which installs what is missing (pinned) and is a no-op afterwards.

SHELL := /bin/bash
# Tools installed by the set-up: cargo's bin dir and the npm-provided wasm-opt.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup serve build dist-sub test test-rust test-e2e lint bench fuzz clean

setup:
	@tools/setup.sh

## Build, then serve at http://127.0.0.1:8080 with live reload.
serve: setup
	trunk serve --address 127.0.0.1 --port 8080

## The release site in dist/, ready for any static host.
build: setup
	trunk build --release

lint: setup
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

test-rust: setup
	cargo test --workspace

# The same site built for hosting under a sub-path, for the sub-path browser test.
dist-sub: setup
	trunk build --release --public-url /sub/ --dist dist-sub

test-e2e: build dist-sub
	node tools/size-budget.mjs
	node --test --test-concurrency=1 tests/e2e/

## Every test: format, lints, native tests, release build, size budget, browser tests.
test: lint test-rust test-e2e

clean:
	cargo clean
	rm -rf dist dist-sub node_modules
