#!/usr/bin/env bash
# Runs the zombienet network tests in zombienet/ against a built lifelong-node, every node on
# 127.0.0.1. Installs the npm packages in zombienet/ when they are missing, builds a raw
# `local_testnet` chain spec, and runs the test files in parallel, each on its own network.
#
# Usage: scripts/zombienet.sh [TEST.zndsl ...]   (default: every zombienet/*.zndsl)
#
# Environment:
#   LIFELONG_NODE        node binary (default: $CARGO_TARGET_DIR/release/lifelong-node,
#                        with CARGO_TARGET_DIR defaulting to $HOME/.cache/lifelong/target)
#   ZOMBIENET_LOGS_DIR   directory for logs and network files (default: a new directory
#                        under ${TMPDIR:-/tmp}); it must not hold an earlier run
#   ZOMBIENET_PARALLEL   test files that run at once (default: 2). Each network runs five
#                        nodes, and with four networks at once on two cores the restart
#                        test failed in CI.
#
# Exits non-zero if a test fails. Prints where each test's logs are, and for a failed test the
# end of its output and of each node's log, so that a CI log alone shows why it failed.
set -euo pipefail
cd "$(dirname "$0")/.."
repo_root="$PWD"

target_dir="${CARGO_TARGET_DIR:-$HOME/.cache/lifelong/target}"
node_bin="${LIFELONG_NODE:-$target_dir/release/lifelong-node}"
if [ ! -x "$node_bin" ]; then
	echo "error: lifelong-node not found at $node_bin. Build it with" \
		"'cargo build --release -p lifelong-node' or set LIFELONG_NODE." >&2
	exit 1
fi
node_bin="$(cd "$(dirname "$node_bin")" && pwd)/$(basename "$node_bin")"

cd zombienet
if [ ! -x node_modules/.bin/zombienet ]; then
	echo "== installing zombienet's npm packages"
	npm ci --no-audit --no-fund
fi

logs_dir="${ZOMBIENET_LOGS_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/lifelong-zombienet.XXXXXX")}"
mkdir -p "$logs_dir"
logs_dir="$(cd "$logs_dir" && pwd)"

if (($# > 0)); then
	tests=()
	for test in "$@"; do
		tests+=("$(basename "$test")")
	done
else
	tests=(*.zndsl)
fi
for test in "${tests[@]}"; do
	if [ ! -f "$test" ]; then
		echo "error: test file zombienet/$test not found" >&2
		exit 1
	fi
done
parallel="${ZOMBIENET_PARALLEL:-2}"

echo "== building the raw local_testnet chain spec"
# Zombienet rewrites plain chain specs with relay-chain genesis keys, so it gets a raw spec,
# which it uses as is.
if ! "$node_bin" build-spec --chain local --raw --disable-default-bootnode \
	>"$logs_dir/local-raw.json" 2>"$logs_dir/build-spec.log"; then
	echo "error: build-spec failed; see $logs_dir/build-spec.log" >&2
	exit 1
fi
export LIFELONG_NODE="$node_bin"
export LIFELONG_CHAIN_SPEC="$logs_dir/local-raw.json"

declare -A pids=() started=() status=() seconds=()
running=()

# Each zombienet run leads its own process group, which contains the nodes it spawns. Zombienet
# leaves its nodes running when it is killed, so an interrupted run stops the whole group.
stop_running() {
	for test in "${running[@]}"; do
		kill -TERM -- "-${pids[$test]}" 2>/dev/null || true
	done
	sleep 2
	for test in "${running[@]}"; do
		kill -KILL -- "-${pids[$test]}" 2>/dev/null || true
	done
}
trap 'stop_running; exit 130' INT TERM

# Records the result of every test that has ended and removes it from `running`.
collect_finished() {
	local still_running=() test
	for test in "${running[@]}"; do
		if kill -0 "${pids[$test]}" 2>/dev/null; then
			still_running+=("$test")
			continue
		fi
		if wait "${pids[$test]}"; then status[$test]=passed; else status[$test]=FAILED; fi
		seconds[$test]=$(($(date +%s) - started[$test]))
		echo "   ${status[$test]}: $test (${seconds[$test]} s)"
	done
	running=("${still_running[@]}")
}

run_start=$(date +%s)
echo "== running ${#tests[@]} test file(s), $parallel at a time; logs in $logs_dir"
for test in "${tests[@]}"; do
	while ((${#running[@]} >= parallel)); do
		sleep 2
		collect_finished
	done
	name="${test%.zndsl}"
	echo "   started: $test"
	started[$test]=$(date +%s)
	# `--dir` keeps each network's files and node logs in the logs directory.
	setsid node_modules/.bin/zombienet --provider native --logType text --dir "$logs_dir/$name" \
		test "$test" >"$logs_dir/$name.log" 2>&1 &
	pids[$test]=$!
	running+=("$test")
done
while ((${#running[@]} > 0)); do
	sleep 2
	collect_finished
done

failed=0
echo "== zombienet results ($(($(date +%s) - run_start)) s in total)"
for test in "${tests[@]}"; do
	name="${test%.zndsl}"
	echo "   ${status[$test]}  $test  ${seconds[$test]} s  output: $logs_dir/$name.log" \
		" node logs: $logs_dir/$name/<node>.log"
	if [ "${status[$test]}" != passed ]; then failed=1; fi
done
for test in "${tests[@]}"; do
	[ "${status[$test]}" = passed ] && continue
	name="${test%.zndsl}"
	echo "== $test failed; the end of its output ($logs_dir/$name.log):"
	tail -n 60 "$logs_dir/$name.log" | sed 's/^/   | /'
	for node_log in "$logs_dir/$name"/*.log; do
		[ -f "$node_log" ] || continue
		echo "== the end of $(basename "$node_log" .log)'s log ($node_log):"
		tail -n 25 "$node_log" | sed 's/^/   | /'
	done
done
if ((failed)); then
	echo "error: at least one zombienet test failed; read the output and node logs above" >&2
fi
exit "$failed"
