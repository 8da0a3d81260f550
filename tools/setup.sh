#!/usr/bin/env bash
# One idempotent set-up for `make serve`, `make build` and `make test` on a fresh Debian machine.
# Each tool is installed only when it is missing or at the wrong version, and each is pinned.
# A second run does no work beyond a handful of `--version` checks.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm size profiler `make bench` ranks the wasm's contributors with (only for --bench).
TWIGGY_VERSION=0.7.0
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock, so read it from there.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# 1. Rust: the toolchain and wasm32 target are pinned in rust-toolchain.toml; rustup installs them on first use.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, pinned (0.22 needs a newer rustc than the pinned toolchain).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli at exactly the version in Cargo.lock (`--locked` fails upstream, so not used).
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# 4. npm dev dependencies (playwright-core, axe-core, binaryen's wasm-opt), exactly as in package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev dependencies (npm ci)"
  npm ci --no-audit --no-fund
  touch node_modules/.package-lock.json
fi

# 4b. Plain `trunk` commands (outside make) find the pinned wasm-opt on PATH: Trunk runs offline and
# looks nowhere else, so link npm's wasm-opt into cargo's bin folder, unless another one is there.
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
if [ -d "$CARGO_BIN" ] && [ -x node_modules/.bin/wasm-opt ]; then
  link="$CARGO_BIN/wasm-opt"
  if [ ! -e "$link" ] || { [ -L "$link" ] && [ "$(readlink "$link")" != "$PWD/node_modules/.bin/wasm-opt" ]; }; then
    [ -e "$link" ] || say "linking wasm-opt (binaryen 132, from npm) into $CARGO_BIN for plain trunk commands"
    ln -sfn "$PWD/node_modules/.bin/wasm-opt" "$link"
  fi
fi

# 5. Chromium for the browser tests, from Debian: only for `tools/setup.sh --test` (make test) and
# `--bench` (make bench), so a developer who only builds or serves never pays for a browser.
if [[ "${1:-}" = --test || "${1:-}" = --bench ]] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    say "installing Debian's chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: Chromium is missing. As root, run: apt-get install -y chromium" >&2
    echo "setup: (the browser tests drive Debian's /usr/bin/chromium through playwright-core)" >&2
    exit 1
  fi
fi

# 6. twiggy for `make bench`'s ranking of what the wasm is made of: only for `tools/setup.sh --bench`.
if [ "${1:-}" = "--bench" ] && [ "$(twiggy --version 2>/dev/null)" != "twiggy-opt $TWIGGY_VERSION" ]; then
  say "installing twiggy $TWIGGY_VERSION (the wasm size profiler, once)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi
