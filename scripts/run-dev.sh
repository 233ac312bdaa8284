#!/usr/bin/env bash
# Sets up the machine, builds the node and starts a development chain that keeps its state in
# .lifelong/dev. Extra arguments go to lifelong-node.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/lifelong/target}"
cargo build --release --locked -p lifelong-node

node_bin="$CARGO_TARGET_DIR/release/lifelong-node"
exec "$node_bin" --dev --base-path .lifelong/dev --rpc-cors all "$@"
