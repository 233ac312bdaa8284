// Waits until this node's finalised block number has grown by the number of blocks in the
// first argument, and returns the growth.

const { connectTo, log, waitFor } = require("./lib");

async function run(nodeName, networkInfo, args) {
	const blocks = Number(args[0]);
	if (!Number.isInteger(blocks) || blocks < 1) {
		throw new Error(`invalid block count ${args[0]}: pass a positive integer`);
	}
	const api = await connectTo(networkInfo, nodeName);
	try {
		const finalizedNumber = async () => {
			const hash = await api.rpc.chain.getFinalizedHead();
			const header = await api.rpc.chain.getHeader(hash);
			return header.number.toNumber();
		};
		const start = await finalizedNumber();
		log(`${nodeName}: finalised #${start}, waiting for #${start + blocks}`);
		const end = await waitFor(async () => {
			const current = await finalizedNumber();
			return current >= start + blocks ? current : undefined;
		});
		log(`${nodeName}: finalised #${end}`);
		return end - start;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
