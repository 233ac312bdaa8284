// Helpers shared by the zombienet js-scripts: connecting to a node, signing transactions,
// passing consortium motions and reading block authors.
//
// Zombienet loads js-scripts with `require` and calls their `run(nodeName, networkInfo, args)`;
// a script fails its test line by throwing.

const { ApiPromise, Keyring, WsProvider } = require("@polkadot/api");
const { cryptoWaitReady } = require("@polkadot/util-crypto");

// Development accounts of the four genesis universities, which are also the consortium.
const CONSORTIUM = ["//Alice", "//Bob", "//Charlie", "//Dave"];

// Votes a motion needs: two thirds of four members, rounded up (`TwoThirdsOfConsortium`).
const MOTION_THRESHOLD = 3;

function log(message) {
	console.log(`    [${new Date().toISOString().slice(11, 19)}] ${message}`);
}

// Turns a node name such as `eve` into the name of its development key, `Eve`.
function capitalize(name) {
	return name.charAt(0).toUpperCase() + name.slice(1);
}

function sleep(milliseconds) {
	return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

// Providers of the connected APIs, for JSON-RPC methods that @polkadot/api does not decorate.
const providers = new WeakMap();

// Connects to the node's JSON-RPC endpoint and waits until the metadata is loaded.
async function connect(wsUri) {
	await cryptoWaitReady();
	const provider = new WsProvider(wsUri, 1000);
	let api;
	try {
		api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
	} catch (error) {
		// Stop the provider's own reconnection attempts; the caller decides whether to retry.
		await provider.disconnect().catch(() => {});
		throw error;
	}
	providers.set(api, provider);
	return api;
}

// Sends a raw JSON-RPC request, such as `author_rotateKeysWithOwner`, over the API's connection.
function sendRpc(api, method, params) {
	return providers.get(api).send(method, params);
}

// Connects to the node called `nodeName` in the running network. With `waitMs`, it retries
// every second for that many milliseconds, for a node whose JSON-RPC server is not listening
// yet, such as one that zombienet has just restarted. Without it, the first failure throws.
async function connectTo(networkInfo, nodeName, { waitMs = 0 } = {}) {
	const node = networkInfo.nodesByName[nodeName];
	if (!node) {
		const known = Object.keys(networkInfo.nodesByName).join(", ");
		throw new Error(`node ${nodeName} not found in the network; nodes: ${known}`);
	}
	const deadline = Date.now() + waitMs;
	for (let attempt = 1; ; attempt++) {
		try {
			return await connect(node.wsUri);
		} catch (error) {
			if (Date.now() >= deadline) {
				throw new Error(`${nodeName}: connecting to JSON-RPC at ${node.wsUri} failed after ${attempt} attempt(s): ${error.message}`);
			}
			await sleep(1000);
		}
	}
}

function keyring() {
	return new Keyring({ type: "sr25519", ss58Format: 42 });
}

// Returns the readable error of a failed dispatch: `pallet.Error` with its documentation.
function describeDispatchError(api, dispatchError) {
	if (dispatchError.isModule) {
		const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
		return `${section}.${name}: ${docs.join(" ")}`;
	}
	return dispatchError.toString();
}

// Signs and submits `tx`, waits until it is in a block, and returns the block hash and the
// events of the extrinsic. Throws if the extrinsic is invalid or its dispatch failed.
function submit(api, tx, signer, label) {
	return new Promise((resolve, reject) => {
		let unsubscribe = null;
		const finish = (callback, value) => {
			if (unsubscribe) unsubscribe();
			callback(value);
		};
		tx.signAndSend(signer, { nonce: -1 }, (result) => {
			const { status, dispatchError, events } = result;
			if (status.isInvalid || status.isDropped || status.isUsurped) {
				finish(reject, new Error(`${label}: the transaction pool rejected it (${status.type})`));
				return;
			}
			if (!status.isInBlock) return;
			if (dispatchError) {
				const reason = describeDispatchError(api, dispatchError);
				finish(reject, new Error(`${label} failed: ${reason}`));
				return;
			}
			finish(resolve, { blockHash: status.asInBlock, events });
		})
			.then((unsub) => {
				unsubscribe = unsub;
			})
			.catch((error) => reject(new Error(`${label}: submission failed: ${error.message}`)));
	});
}

function findEvent(api, events, section, method) {
	const record = events.find(({ event }) => event.section === section && event.method === method);
	return record ? record.event : null;
}

// Passes `call` through the consortium: Alice proposes it with the two-thirds threshold,
// Alice, Bob and Charlie vote aye, and Alice closes the motion. Throws unless the call was dispatched
// successfully.
async function passMotion(api, call, label) {
	const members = CONSORTIUM.map((uri) => keyring().addFromUri(uri));
	const [proposer, ...voters] = members;
	const lengthBound = call.method.encodedLength;

	log(`${label}: proposing to the consortium`);
	const proposal = api.tx.consortium.propose(MOTION_THRESHOLD, call, lengthBound);
	const proposed = await submit(api, proposal, proposer, `${label}: consortium.propose`);
	const event = findEvent(api, proposed.events, "consortium", "Proposed");
	if (!event) throw new Error(`${label}: consortium.propose emitted no Proposed event`);
	const index = event.data.proposalIndex;
	const hash = event.data.proposalHash;

	// pallet-collective 50 does not count the proposer's aye, so the proposer votes too.
	const votes = [proposer, ...voters]
		.slice(0, MOTION_THRESHOLD)
		.map((voter) => submit(api, api.tx.consortium.vote(hash, index, true), voter, `${label}: vote`));
	await Promise.all(votes);

	const { weight } = await call.paymentInfo(proposer.address);
	const close = api.tx.consortium.close(hash, index, weight, lengthBound);
	const closed = await submit(api, close, proposer, `${label}: consortium.close`);
	const executed = findEvent(api, closed.events, "consortium", "Executed");
	if (!executed) throw new Error(`${label}: the motion closed without executing`);
	const result = executed.data.result;
	if (result.isErr) {
		const reason = describeDispatchError(api, result.asErr);
		throw new Error(`${label}: the motion passed but its call failed: ${reason}`);
	}
	log(`${label}: passed and executed in block ${closed.blockHash.toHex()}`);
	return closed;
}

// Polls `check` every `intervalMs` until it returns a value other than undefined or false, and
// returns that value. Zombienet's `within N seconds` bounds the total wait.
async function waitFor(check, intervalMs = 2000) {
	for (;;) {
		const value = await check();
		if (value !== undefined && value !== false) return value;
		await sleep(intervalMs);
	}
}

// Returns the Aura slot in the block's pre-runtime digest.
function auraSlot(api, header) {
	for (const item of header.digest.logs) {
		if (item.isPreRuntime) {
			const [engine, data] = item.asPreRuntime;
			if (engine.toString() === "aura") return api.createType("u64", data).toBigInt();
		}
	}
	throw new Error(`block ${header.number} has no Aura pre-runtime digest`);
}

// Returns the Aura public key (hex) that authored the block `hash`: the authority at index
// `slot % authorities` in the parent block's state, which is how the node checks the block.
async function blockAuthorKey(api, hash) {
	const header = await api.rpc.chain.getHeader(hash);
	const parent = await api.at(header.parentHash);
	const authorities = await parent.query.aura.authorities();
	const slot = auraSlot(api, header);
	const index = Number(slot % BigInt(authorities.length));
	return { number: header.number.toNumber(), author: authorities[index].toHex() };
}

module.exports = {
	CONSORTIUM,
	auraSlot,
	blockAuthorKey,
	capitalize,
	connect,
	connectTo,
	describeDispatchError,
	findEvent,
	keyring,
	log,
	passMotion,
	sendRpc,
	sleep,
	submit,
	waitFor,
};
