#!/usr/bin/env bash
# Runs every Lifelong test: formatting, the runtime's and pallets' unit tests, benchmarks as
# tests, the node tests that start real `lifelong-node` processes on loopback, the end-to-end
# tests with @polkadot/api, and the zombienet network tests.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/lifelong/target}"
# The wasm builder looks for Cargo.lock above the target directory; point it at the workspace
# so the runtime builds with the locked versions.
export WASM_BUILD_WORKSPACE_HINT="${WASM_BUILD_WORKSPACE_HINT:-$PWD}"

echo "== formatting"
cargo fmt --all --check

# `cargo test --workspace` also builds target/release/lifelong-node, with the same features as
# the tests, so the end-to-end and network tests below use that binary and nothing is built
# twice.
echo "== unit, integration and node tests"
cargo test --release --locked --workspace

benchmarked=()
for manifest in pallets/*/Cargo.toml; do
	if grep -q '^runtime-benchmarks' "$manifest"; then
		benchmarked+=(-p "$(sed -n 's/^name = "\(.*\)"/\1/p' "$manifest" | head -1)")
	fi
done
if ((${#benchmarked[@]})); then
	echo "== benchmarks as tests: ${benchmarked[*]}"
	cargo test --release --locked "${benchmarked[@]}" --features runtime-benchmarks
fi

echo "== end-to-end tests with @polkadot/api"
./tests/e2e/run.sh

echo "== network tests: four university validators under zombienet"
./scripts/zombienet.sh
