// Waits until the university named in the first argument is in the session's validator set,
// then until it authors a block, and then until that block is finalised. Returns the block
// number.

const { blockAuthorKey, capitalize, connectTo, keyring, log, waitFor } = require("./lib");

async function run(nodeName, networkInfo, args) {
	const university = keyring().addFromUri(`//${capitalize(args[0])}`);
	const api = await connectTo(networkInfo, nodeName);
	try {
		const keys = await api.query.session.nextKeys(university.address);
		if (keys.isNone) throw new Error(`${university.address} has registered no session keys`);
		const auraKey = keys.unwrap().aura.toHex();

		const session = await waitFor(async () => {
			const validators = await api.query.session.validators();
			if (!validators.some((id) => id.toString() === university.address)) return undefined;
			return (await api.query.session.currentIndex()).toNumber();
		});
		log(`${nodeName}: ${args[0]} is a validator of session ${session}`);

		const authorities = await api.query.aura.authorities();
		if (!authorities.some((key) => key.toHex() === auraKey)) {
			throw new Error(`aura.authorities lacks ${args[0]}'s registered key ${auraKey}`);
		}

		const authored = await new Promise((resolve, reject) => {
			api.rpc.chain
				.subscribeNewHeads(async (header) => {
					try {
						const { number, author } = await blockAuthorKey(api, header.hash);
						if (author === auraKey) resolve({ number, hash: header.hash.toHex() });
					} catch (error) {
						reject(error);
					}
				})
				.catch(reject);
		});
		log(`${nodeName}: ${args[0]} authored block #${authored.number}`);

		// Finality with five validators needs four votes, so this also shows that the new
		// university's node votes in GRANDPA or that the other four carry on without it.
		await waitFor(async () => {
			const finalized = await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead());
			if (finalized.number.toNumber() < authored.number) return undefined;
			const canonical = await api.rpc.chain.getBlockHash(authored.number);
			if (canonical.toHex() !== authored.hash) {
				throw new Error(`block #${authored.number} by ${args[0]} was not finalised: another block took its place`);
			}
			return true;
		});
		log(`${nodeName}: block #${authored.number} by ${args[0]} is finalised`);
		return authored.number;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
