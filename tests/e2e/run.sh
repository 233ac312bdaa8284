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

ready=0
for _ in $(seq 1 120); do
	if ! kill -0 "$node_pid" 2>/dev/null; then
		break
	fi
	if node -e "
		fetch('http://127.0.0.1:$rpc_port', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'chain_getHeader', params: [] }),
		}).then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1));
	" 2>/dev/null; then
		ready=1
		break
	fi
	sleep 1
done
if [ "$ready" != 1 ]; then
	echo "e2e: the node did not answer JSON-RPC within 120 s; the end of its log:" >&2
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
