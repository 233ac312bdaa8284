// Waits until every genesis validator has authored a block seen by this node, and returns how
// many distinct validators authored blocks (four on success).

const { blockAuthorKey, connectTo, keyring, log } = require("./lib");

const GENESIS_VALIDATORS = ["Alice", "Bob", "Charlie", "Dave"];

async function run(nodeName, networkInfo) {
	const api = await connectTo(networkInfo, nodeName);
	const names = new Map(
		GENESIS_VALIDATORS.map((name) => [keyring().addFromUri(`//${name}`).publicKey, name]).map(
			([key, name]) => [Buffer.from(key).toString("hex"), name],
		),
	);
	const seen = new Set();
	try {
		await new Promise((resolve, reject) => {
			api.rpc.chain
				.subscribeNewHeads(async (header) => {
					try {
						const { number, author } = await blockAuthorKey(api, header.hash);
						const name = names.get(author.slice(2));
						if (!name) throw new Error(`block ${number} has an unknown author ${author}`);
						if (!seen.has(name)) log(`${nodeName}: block ${number} authored by ${name}`);
						seen.add(name);
						if (seen.size === GENESIS_VALIDATORS.length) resolve();
					} catch (error) {
						reject(error);
					}
				})
				.catch(reject);
		});
	} finally {
		await api.disconnect();
	}
	return seen.size;
}

module.exports = { run };
