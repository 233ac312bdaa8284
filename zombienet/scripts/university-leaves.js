// Waits until the university named in the first argument, still a validator of the current
// session, has left the session's validator set and Aura's authorities, then until finality
// has moved five blocks past that point. Returns
// the number of validators in the session.

const { capitalize, connectTo, keyring, log, waitFor } = require("./lib");

async function run(nodeName, networkInfo, args) {
	const university = keyring().addFromUri(`//${capitalize(args[0])}`);
	const api = await connectTo(networkInfo, nodeName);
	try {
		const keys = await api.query.session.nextKeys(university.address);
		const auraKey = keys.isSome ? keys.unwrap().aura.toHex() : null;

		// A removal takes effect at the second session change after the vote, so the university
		// is still in the current session's set when this script starts.
		const current = await api.query.session.validators();
		if (!current.some((id) => id.toString() === university.address)) {
			throw new Error(`${university.address} is not in session.validators, so it cannot be seen leaving`);
		}

		const left = await waitFor(async () => {
			const validators = await api.query.session.validators();
			if (validators.some((id) => id.toString() === university.address)) return undefined;
			const header = await api.rpc.chain.getHeader();
			return { validators, number: header.number.toNumber() };
		});
		const session = (await api.query.session.currentIndex()).toNumber();
		log(`${nodeName}: ${args[0]} left the validators in session ${session} (block #${left.number})`);

		const authorities = await api.query.aura.authorities();
		if (auraKey && authorities.some((key) => key.toHex() === auraKey)) {
			throw new Error(`aura.authorities still contains ${args[0]}'s key ${auraKey}`);
		}

		const target = left.number + 5;
		await waitFor(async () => {
			const finalized = await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead());
			return finalized.number.toNumber() >= target;
		});
		log(`${nodeName}: finalised #${target} without ${args[0]}`);
		return left.validators.length;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
