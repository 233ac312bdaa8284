// Checks that finality has stalled on this node: over the number of seconds in the first
// argument, new blocks are still imported but the finalised block stays the same. Returns
// how many blocks were finalised meanwhile (zero on success).

const { connectTo, log, sleep } = require("./lib");

// Fewest new blocks that show Aura still produces while finality stays the same.
const MIN_NEW_BLOCKS = 2;

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
		if (end.best - start.best < MIN_NEW_BLOCKS) {
			throw new Error(`${nodeName}: only ${end.best - start.best} new blocks in ${seconds} s, expected at least ${MIN_NEW_BLOCKS}`);
		}
		return end.finalized - start.finalized;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
