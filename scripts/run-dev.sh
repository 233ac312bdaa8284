#!/usr/bin/env bash
# Sets up the machine, builds the node, starts a development chain that keeps its state in
# .lifelong/dev, loads the shipped job offers, courses, badges and learners onto it
# (scripts/load-real-data.mjs), and keeps the node running until Ctrl-C. Extra arguments go to
# lifelong-node. Set LIFELONG_SKIP_LOAD=1 to start the chain without loading data.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/lifelong/target}"
# The wasm builder looks for Cargo.lock above the target directory; point it at the workspace
# so the runtime builds with the locked versions.
export WASM_BUILD_WORKSPACE_HINT="${WASM_BUILD_WORKSPACE_HINT:-$PWD}"
cargo build --release --locked -p lifelong-node

node_bin="$CARGO_TARGET_DIR/release/lifelong-node"
rpc_port=9944
rpc_url="ws://127.0.0.1:$rpc_port"
log_file=.lifelong/dev-node.log
mkdir -p .lifelong

# JSON-RPC listens on 127.0.0.1 only (the node's default); peer-to-peer also stays on loopback,
# because a single-validator development chain has no peers.
"$node_bin" --dev --base-path .lifelong/dev --rpc-port "$rpc_port" --rpc-cors all \
	--listen-addr /ip4/127.0.0.1/tcp/30333 --no-mdns "$@" >"$log_file" 2>&1 &
node_pid=$!

# Forwards Ctrl-C or SIGTERM to the node and exits once it has stopped.
stop_node() {
	trap - INT TERM
	echo "run-dev: stopping lifelong-node (pid $node_pid)"
	kill -TERM "$node_pid" 2>/dev/null || true
	wait "$node_pid" 2>/dev/null
	exit 130
}
trap stop_node INT TERM

echo "run-dev: lifelong-node started (pid $node_pid), log in $log_file"
# Exit status 1: the node exited. After 120 s without a response, go on: the loader reports
# the failure to connect.
wait_status=0
node scripts/wait-for-rpc.mjs "$rpc_port" "$node_pid" 120 || wait_status=$?
if [ "$wait_status" = 1 ]; then
	echo "run-dev: lifelong-node exited during start-up; the end of $log_file:" >&2
	tail -n 30 "$log_file" >&2
	exit 1
fi

if [ "${LIFELONG_SKIP_LOAD:-0}" != 1 ]; then
	if [ ! -d tests/e2e/node_modules ]; then
		echo "run-dev: installing the JavaScript dependencies of tests/e2e"
		npm ci --prefix tests/e2e --no-audit --no-fund
	fi
	if ! node scripts/load-real-data.mjs --rpc "$rpc_url"; then
		echo "run-dev: loading the data failed; the node keeps running (log: $log_file)" >&2
	fi
fi

learner_address=$(node --input-type=module -e "
import { cryptoWaitReady, devKeyring } from './tests/e2e/lib/chain.mjs';
await cryptoWaitReady();
console.log(devKeyring().addFromUri('//Learner/1').address);
")
apps_url="https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$rpc_port#"

cat <<EOF

Lifelong development chain
  JSON-RPC (WebSocket and HTTP): $rpc_url
  Node log:                      $log_file (state in .lifelong/dev)
  Learner to inspect:            $learner_address
                                 (development account //Learner/1; it opted in to recommendations)

See its badges and recommendations in polkadot.js apps: $apps_url/runtime
  1. Developer → Runtime calls → badgesApi → badgesOf(learner): paste the address above.
     badgesApi → verifyBadge(badge) with one of the ids shows the class, skills and status.
  2. Developer → Runtime calls → recommendationsApi → recommendations(learner): the jobs and
     courses that the off-chain worker stored.
  3. Developer → Chain state → recommendations → results(learner), and badges → badges(id).
  docs/learners.md and docs/issuers.md walk through these steps.

Press Ctrl-C to stop the node.
EOF

set +e
wait "$node_pid"
