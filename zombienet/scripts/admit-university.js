// Admits the university whose development account is named in the first argument (for example
// `eve` for `//Eve`) to the validator set by consortium motion. Returns the number of admitted
// validators afterwards.

const { capitalize, connectTo, keyring, log, passMotion } = require("./lib");

async function run(nodeName, networkInfo, args) {
	const university = keyring().addFromUri(`//${capitalize(args[0])}`);
	const api = await connectTo(networkInfo, nodeName);
	try {
		const before = await api.call.validatorSetApi.validators();
		if (before.some((id) => id.toString() === university.address)) {
			throw new Error(`${university.address} is already an admitted validator`);
		}
		// The university pays the fee of `session.setKeys` from its genesis endowment.
		const { data: balance } = await api.query.system.account(university.address);
		if (balance.free.isZero()) throw new Error(`${university.address} has no funds for fees`);

		const add = api.tx.validatorSet.addValidator(university.address);
		await passMotion(api, add, `admit ${args[0]} as a validator`);

		const after = await api.call.validatorSetApi.validators();
		if (!after.some((id) => id.toString() === university.address)) {
			throw new Error(`${university.address} is missing from validatorSet.validators after the vote`);
		}
		const withoutKeys = await api.call.validatorSetApi.validatorsWithoutKeys();
		log(`validators without keys: ${withoutKeys.map((id) => id.toString()).join(", ")}`);
		return after.length;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
