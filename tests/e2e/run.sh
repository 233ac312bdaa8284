#!/usr/bin/env bash
# Runs the end-to-end tests against a fresh `lifelong-node --dev --tmp` on free loopback ports.
# The node binary is $LIFELONG_NODE, or the release build in $CARGO_TARGET_DIR (default
# $HOME/.cache/lifelong/target). Prints the end of the node's log when a test fails.
set -euo pipefail
cd "$(dirname "$0")"

target_dir="${CARGO_TARGET_DIR:-$HOME/.cache/lifelong/target}"
node_bin="${LIFELONG_NODE:-$target_dir/release/lifelong-node}"
if [ ! -x "$node_bin" ]; then
	echo "e2e: $node_bin not found; build it with cargo build --release -p lifelong-node" >&2
	exit 1
fi

if [ ! -d node_modules ]; then
	echo "e2e: installing JavaScript dependencies"
	npm ci --no-audit --no-fund
fi

# Three free TCP ports on 127.0.0.1: JSON-RPC, peer-to-peer and Prometheus.
read -r rpc_port p2p_port prometheus_port < <(node ../../scripts/free-ports.mjs 3)

log_file=$(mktemp /tmp/lifelong-e2e-node.XXXXXX.log)
"$node_bin" --dev --tmp --rpc-port "$rpc_port" --rpc-cors all \
	--listen-addr "/ip4/127.0.0.1/tcp/$p2p_port" --prometheus-port "$prometheus_port" \
	--no-mdns --no-telemetry >"$log_file" 2>&1 &
node_pid=$!

stop_node() {
	if kill -0 "$node_pid" 2>/dev/null; then
		kill -TERM "$node_pid"
		wait "$node_pid" 2>/dev/null || true
	fi
}
trap stop_node EXIT
trap 'exit 130' INT TERM

export LIFELONG_E2E_RPC="ws://127.0.0.1:$rpc_port"
echo "e2e: lifelong-node (pid $node_pid) at $LIFELONG_E2E_RPC, log in $log_file"

if ! node ../../scripts/wait-for-rpc.mjs "$rpc_port" "$node_pid" 120; then
	echo "e2e: the node exited or did not respond to JSON-RPC within 120 s; the end of its log:" >&2
	tail -n 40 "$log_file" >&2
	exit 1
fi

status=0
npm test || status=$?
if [ "$status" != 0 ]; then
	echo "e2e: tests failed (exit $status); the end of the node's log ($log_file):" >&2
	tail -n 60 "$log_file" >&2
else
	rm -f "$log_file"
fi
exit "$status"
