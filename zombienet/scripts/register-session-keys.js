// Generates session keys on this node with `author_rotateKeysWithOwner`, with the account named
// in the first argument as owner, and registers them with `session.setKeys(keys, proof)` signed
// by that account. Returns 1 once the runtime no longer lists the account as a validator
// without keys.

const { u8aToHex } = require("@polkadot/util");
const { capitalize, connectTo, keyring, log, sendRpc, submit } = require("./lib");

async function run(nodeName, networkInfo, args) {
	const university = keyring().addFromUri(`//${capitalize(args[0])}`);
	const api = await connectTo(networkInfo, nodeName);
	try {
		// The owner is the SCALE encoding of the AccountId32: its 32 raw bytes.
		const owner = u8aToHex(university.publicKey);
		const generated = await sendRpc(api, "author_rotateKeysWithOwner", [owner]);
		if (!generated.proof) {
			throw new Error("author_rotateKeysWithOwner returned no proof: the runtime cannot prove key ownership");
		}
		log(`${nodeName}: generated session keys ${generated.keys}`);

		const hasKeys = await sendRpc(api, "author_hasSessionKeys", [generated.keys]);
		if (!hasKeys) throw new Error(`${nodeName}: the keystore lacks the keys it just generated`);

		const setKeys = api.tx.session.setKeys(generated.keys, generated.proof);
		await submit(api, setKeys, university, "session.setKeys");

		const nextKeys = await api.query.session.nextKeys(university.address);
		if (nextKeys.isNone || nextKeys.unwrap().toHex() !== generated.keys) {
			throw new Error(`session.nextKeys(${university.address}) = ${nextKeys}, expected ${generated.keys}`);
		}
		const withoutKeys = await api.call.validatorSetApi.validatorsWithoutKeys();
		if (withoutKeys.some((id) => id.toString() === university.address)) {
			throw new Error(`${university.address} is still listed by validatorsWithoutKeys`);
		}
		log(`${nodeName}: session keys of ${university.address} registered`);
		return 1;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
