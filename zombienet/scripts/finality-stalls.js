// Checks that finality has stalled on this node: over the number of seconds in the first
// argument, new blocks are still imported, but none of them is finalised. Returns how many of
// the blocks imported after the script started were finalised (zero on success).
//
// The check bounds finality by the best block at the start rather than asking for no change
// at all, because a commit for a block authored before the validators stopped may still reach
// a slow node during the window.

const { connectTo, log, sleep } = require("./lib");

async function run(nodeName, networkInfo, args) {
	const seconds = Number(args[0]);
	if (!Number.isInteger(seconds) || seconds < 1) {
		throw new Error(`invalid duration ${args[0]}: pass a positive number of seconds`);
	}
	const api = await connectTo(networkInfo, nodeName);
	try {
		const numbers = async () => {
			const best = await api.rpc.chain.getHeader();
			const finalized = await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead());
			return { best: best.number.toNumber(), finalized: finalized.number.toNumber() };
		};
		const start = await numbers();
		await sleep(seconds * 1000);
		const end = await numbers();
		log(`${nodeName}: over ${seconds} s best #${start.best} -> #${end.best}, finalised #${start.finalized} -> #${end.finalized}`);
		if (end.best <= start.best) {
			throw new Error(`${nodeName}: no new block in ${seconds} s, expected the running validators to author at least one; check their logs`);
		}
		return Math.max(0, end.finalized - start.best);
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
