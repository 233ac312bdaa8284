// Checks that this node, after a restart, catches up with the node named in the first
// argument: it waits until this node has finalised the block that the reference node had
// finalised when the script started, and until this node authors a block again. Returns how
// many blocks this node's finalised head is past that reference block.

const { blockAuthorKey, capitalize, connectTo, keyring, log, waitFor } = require("./lib");

async function finalizedNumber(api) {
	const hash = await api.rpc.chain.getFinalizedHead();
	const header = await api.rpc.chain.getHeader(hash);
	return header.number.toNumber();
}

async function run(nodeName, networkInfo, args) {
	const referenceName = args[0];
	const reference = await connectTo(networkInfo, referenceName);
	const target = await finalizedNumber(reference);
	const referenceBest = (await reference.rpc.chain.getHeader()).number.toNumber();
	await reference.disconnect();

	// Zombienet counts a restarted node as ready once its log grows, which can be before its
	// JSON-RPC server listens.
	const api = await connectTo(networkInfo, nodeName, { waitMs: 60_000 });
	try {
		const localBest = (await api.rpc.chain.getHeader()).number.toNumber();
		log(`${nodeName}: best #${localBest}; ${referenceName} has best #${referenceBest}, finalised #${target}`);
		const finalized = await waitFor(async () => {
			const current = await finalizedNumber(api);
			return current >= target ? current : undefined;
		});
		log(`${nodeName}: finalised #${finalized}, caught up with ${referenceName}'s #${target}`);

		const ownKey = Buffer.from(keyring().addFromUri(`//${capitalize(nodeName)}`).publicKey);
		const ownKeyHex = `0x${ownKey.toString("hex")}`;
		const authored = await new Promise((resolve, reject) => {
			api.rpc.chain
				.subscribeNewHeads(async (header) => {
					try {
						if (header.number.toNumber() <= referenceBest) return;
						const { number, author } = await blockAuthorKey(api, header.hash);
						if (author === ownKeyHex) resolve(number);
					} catch (error) {
						reject(error);
					}
				})
				.catch(reject);
		});
		log(`${nodeName}: authored block #${authored} after the restart`);
		return finalized - target;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
