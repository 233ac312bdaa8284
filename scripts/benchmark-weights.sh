#!/usr/bin/env bash
# Builds lifelong-node with the `runtime-benchmarks` feature and regenerates the weights of
# Lifelong's pallets with `lifelong-node benchmark pallet`, on this machine, against the
# development chain (with the whole ESCO taxonomy in its genesis). Run without arguments, it also
# generates the runtime's balance weights and its ParityDB read and write weights, which
# docs/benchmarks.md compares the badge awards with.
#
# The feature build lives in its own target directory, so that it never replaces the test
# build's artifacts. Its first build takes about as long as a cold node build.
#
#   scripts/benchmark-weights.sh                 # every Lifelong pallet
#   scripts/benchmark-weights.sh pallet_badges   # only the pallets named
#
# STEPS and REPEAT set the sampling (defaults 20 and 10). Results land in the pallets'
# src/weights.rs and in runtime/src/weights/. The raw measurements (JSON, tens of MB) stay in
# the target directory, under benchmarks/.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh
export CARGO_TARGET_DIR="${LIFELONG_BENCH_TARGET_DIR:-$HOME/.cache/lifelong/bench-target}"
export WASM_BUILD_WORKSPACE_HINT="${WASM_BUILD_WORKSPACE_HINT:-$PWD}"
# frame-benchmarking-cli depends on a test runtime from crates.io that only the storage
# benchmark's `validate-block` mode uses. Its wasm build looks for the crate in this workspace,
# which the hint above points at, and fails, so skip it.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
cargo build --release --locked -p lifelong-node --features runtime-benchmarks
node_bin="$CARGO_TARGET_DIR/release/lifelong-node"

steps="${STEPS:-20}"
repeat="${REPEAT:-10}"
template=scripts/weights/pallet-weights.hbs
raw_dir="$CARGO_TARGET_DIR/benchmarks"
mkdir -p "$raw_dir"

# pallet name -> crate directory
declare -A pallet_dirs=(
	[pallet_skills]=pallets/skills
	[pallet_badges]=pallets/badges
	[pallet_recommendations]=pallets/recommendations
	[pallet_validator_set]=pallets/validator-set
	[pallet_consortium_root]=pallets/consortium-root
)
if (($#)); then
	pallets=("$@")
else
	pallets=(pallet_skills pallet_badges pallet_recommendations pallet_validator_set
		pallet_consortium_root)
fi

for pallet in "${pallets[@]}"; do
	dir="${pallet_dirs[$pallet]:-}"
	if [[ -z "$dir" ]]; then
		echo "benchmark-weights: unknown pallet '$pallet'; use one of: ${!pallet_dirs[*]}" >&2
		exit 2
	fi
	echo "== $pallet"
	"$node_bin" benchmark pallet --chain dev --pallet "$pallet" --extrinsic '*' \
		--steps "$steps" --repeat "$repeat" --wasm-execution compiled --heap-pages 4096 \
		--template "$template" --output "$dir/src/weights.rs" \
		--json-file "$raw_dir/$pallet.json"
done

if ((!$#)); then
	# The reference point of the speed targets, measured the same way: the runtime uses these
	# balance weights in place of the SDK's reference-machine ones.
	echo "== pallet_balances"
	mkdir -p runtime/src/weights
	"$node_bin" benchmark pallet --chain dev --pallet pallet_balances --extrinsic '*' \
		--steps "$steps" --repeat "$repeat" --wasm-execution compiled --heap-pages 4096 \
		--output runtime/src/weights/pallet_balances.rs \
		--json-file "$raw_dir/pallet_balances.json"
	# What one read and one write of ParityDB cost on this machine, with the development
	# chain's genesis (the ESCO taxonomy) in the database. Writes are timed in commits of 1000
	# keys, as a block commits its writes together. Writes
	# runtime/src/weights/paritydb_weights.rs, which the runtime uses as its `DbWeight`.
	echo "== storage: ParityDB reads and writes"
	db_dir="$(mktemp -d)"
	trap 'rm -rf "$db_dir"' EXIT
	"$node_bin" benchmark storage --chain dev --base-path "$db_dir" --database paritydb \
		--state-version 1 --batch-size 1000 --template-path scripts/weights/db-weights.hbs \
		--weight-path runtime/src/weights/ \
		--json-read-path "$raw_dir/" --json-write-path "$raw_dir/"
fi
