// Removes the university named in the first argument from the validator set by consortium
// motion. Returns the number of admitted validators afterwards.

const { capitalize, connectTo, keyring, passMotion } = require("./lib");

async function run(nodeName, networkInfo, args) {
	const university = keyring().addFromUri(`//${capitalize(args[0])}`);
	const api = await connectTo(networkInfo, nodeName);
	try {
		const remove = api.tx.validatorSet.removeValidator(university.address);
		await passMotion(api, remove, `remove ${args[0]} from the validators`);
		const after = await api.call.validatorSetApi.validators();
		if (after.some((id) => id.toString() === university.address)) {
			throw new Error(`${university.address} is still in validatorSet.validators after the vote`);
		}
		return after.length;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
