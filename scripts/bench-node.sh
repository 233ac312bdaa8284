#!/usr/bin/env bash
# Measures a development node with all the shipped data. It records the chain spec's size and
# build time, the time from start to the first JSON-RPC response, and resident memory after
# start, after loading the data and at the end. It also times badge verification over JSON-RPC
# against a plain storage read (scripts/rpc-latency.mjs). Writes docs/benchmarks/node.json and
# docs/benchmarks/rpc-latency.json.
#
# Uses the release build of the test command ($CARGO_TARGET_DIR, default
# $HOME/.cache/lifelong/target); run scripts/test.sh or scripts/run-dev.sh first. The node
# runs on free loopback ports with its state in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir="${CARGO_TARGET_DIR:-$HOME/.cache/lifelong/target}"
node_bin="${LIFELONG_NODE:-$target_dir/release/lifelong-node}"
if [ ! -x "$node_bin" ]; then
	echo "bench-node: $node_bin not found; run scripts/test.sh or scripts/run-dev.sh first" >&2
	exit 1
fi
if [ ! -d tests/e2e/node_modules ]; then
	npm ci --prefix tests/e2e --no-audit --no-fund
fi
mkdir -p docs/benchmarks
work_dir="$(mktemp -d /tmp/lifelong-bench.XXXXXX)"

now_ms() { date +%s%3N; }

# Chain spec of the development chain, with the whole ESCO taxonomy.
start=$(now_ms)
"$node_bin" build-spec --chain dev --raw >"$work_dir/dev-raw.json" 2>/dev/null
spec_ms=$(($(now_ms) - start))
spec_bytes=$(stat -c %s "$work_dir/dev-raw.json")

read -r rpc_port p2p_port < <(node scripts/free-ports.mjs 2)

start=$(now_ms)
"$node_bin" --dev --base-path "$work_dir/node" --rpc-port "$rpc_port" \
	--listen-addr "/ip4/127.0.0.1/tcp/$p2p_port" --no-mdns --no-telemetry --no-prometheus \
	>"$work_dir/node.log" 2>&1 &
node_pid=$!
stop_node() {
	if kill -0 "$node_pid" 2>/dev/null; then
		kill -TERM "$node_pid"
		wait "$node_pid" 2>/dev/null || true
	fi
	rm -rf "$work_dir"
}
trap stop_node EXIT

rpc() {
	node -e "
		fetch('http://127.0.0.1:$rpc_port', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: '$1', params: [] }),
		}).then((r) => r.json()).then((reply) => { console.log(JSON.stringify(reply.result)); },
			() => process.exit(1));
	" 2>/dev/null
}
if ! node scripts/wait-for-rpc.mjs "$rpc_port" "$node_pid" 120; then
	echo "bench-node: the node exited or did not respond to JSON-RPC within 120 s:" >&2
	tail -n 30 "$work_dir/node.log" >&2
	exit 1
fi
start_ms=$(($(now_ms) - start))

rss_kib() { awk '/^VmRSS/ { print $2 }' "/proc/$node_pid/status"; }
peak_kib() { awk '/^VmHWM/ { print $2 }' "/proc/$node_pid/status"; }
rss_started=$(rss_kib)

start=$(now_ms)
node scripts/load-real-data.mjs --rpc "ws://127.0.0.1:$rpc_port"
load_ms=$(($(now_ms) - start))
sleep 30
rss_loaded=$(rss_kib)

node scripts/rpc-latency.mjs --rpc "ws://127.0.0.1:$rpc_port" \
	--json docs/benchmarks/rpc-latency.json
rss_end=$(rss_kib)
peak=$(peak_kib)
best=$(rpc chain_getHeader | node -e "
	let s = ''; process.stdin.on('data', (d) => (s += d));
	process.stdin.on('end', () => console.log(parseInt(JSON.parse(s).number, 16)));
")

cat >docs/benchmarks/node.json <<JSON
{
  "measured": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)",
  "chain_spec_raw_bytes": $spec_bytes,
  "chain_spec_build_ms": $spec_ms,
  "start_to_first_rpc_ms": $start_ms,
  "load_real_data_ms": $load_ms,
  "rss_kib_after_start": $rss_started,
  "rss_kib_30s_after_load": $rss_loaded,
  "rss_kib_after_rpc_benchmark": $rss_end,
  "peak_rss_kib": $peak,
  "best_block_at_end": $best
}
JSON
cat docs/benchmarks/node.json
