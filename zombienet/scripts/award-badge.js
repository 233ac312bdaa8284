// Awards a badge through this node and verifies it through the node named in the first
// argument.
//
// The consortium accredits Ferdie as an issuer by motion (the `local_testnet` chain has no
// sudo key). Ferdie creates a badge class for a real ESCO skill and awards a badge to a fresh
// learner account through this node. The other node must then return the same badge from
// `BadgesApi::verify_badge` and find it by its evidence hash. Returns the badge id.

const { randomAsHex } = require("@polkadot/util-crypto");
const { u8aToString } = require("@polkadot/util");
const { connectTo, findEvent, keyring, log, passMotion, submit, waitFor } = require("./lib");

// ESCO v1.1.1 skill "Python (computer programming)".
const SKILL_URI = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

async function run(nodeName, networkInfo, args) {
	const verifierName = args[0];
	const api = await connectTo(networkInfo, nodeName);
	const verifier = await connectTo(networkInfo, verifierName);
	try {
		const issuer = keyring().addFromUri("//Ferdie");
		const learner = keyring().addFromUri(`//Learner/${Date.now()}`);

		const skill = await api.call.skillsApi.skillByUri(SKILL_URI);
		if (skill.isNone) throw new Error(`skill ${SKILL_URI} not found in the chain's taxonomy`);
		const skillId = skill.unwrap().id.toNumber();
		log(`skill ${SKILL_URI} has id ${skillId}`);

		const accredit = api.tx.badges.accreditIssuer(
			issuer.address,
			"Zombienet Test University",
			"https://university.example",
		);
		await passMotion(api, accredit, "accredit Ferdie as an issuer");

		const createClass = api.tx.badges.createClass(
			"Python programming",
			"Writes and tests Python programs on their own.",
			"https://university.example/criteria/python",
			null,
			[[skillId, "Intermediate"]],
			null,
			null,
			null,
		);
		const created = await submit(api, createClass, issuer, "badges.createClass");
		const classEvent = findEvent(api, created.events, "badges", "ClassCreated");
		if (!classEvent) throw new Error("badges.createClass emitted no ClassCreated event");
		const classId = classEvent.data.class.toNumber();
		log(`${nodeName}: class ${classId} created`);

		const evidence = randomAsHex(32);
		const award = api.tx.badges.award(classId, learner.address, evidence, null);
		const awarded = await submit(api, award, issuer, "badges.award");
		const awardEvent = findEvent(api, awarded.events, "badges", "BadgeAwarded");
		if (!awardEvent) throw new Error("badges.award emitted no BadgeAwarded event");
		const badgeId = awardEvent.data.badge.toNumber();
		log(`${nodeName}: badge ${badgeId} awarded to ${learner.address} in ${awarded.blockHash.toHex()}`);

		// The verifier may import the block a moment later.
		const verification = await waitFor(async () => {
			const result = await verifier.call.badgesApi.verifyBadge(badgeId);
			return result.isSome ? result.unwrap() : undefined;
		}, 1000);
		log(`${verifierName}: verifyBadge(${badgeId}) = ${JSON.stringify(verification.toHuman())}`);

		const checks = [
			["valid", verification.valid.isTrue, true],
			["state", verification.state.type, "Active"],
			["learner", verification.learner.toString(), learner.address],
			["evidence", verification.evidence.toHex(), evidence],
			["class", verification.class.toNumber(), classId],
			["class name", u8aToString(verification.className), "Python programming"],
			["issuer", verification.issuer.toString(), issuer.address],
			["issuer standing", verification.issuerStanding.unwrapOr(null)?.type, "Accredited"],
			["skills", verification.skills.map(([id, level]) => `${id}:${level.type}`).join(","), `${skillId}:Intermediate`],
		];
		for (const [field, actual, expected] of checks) {
			if (actual !== expected) {
				throw new Error(`${verifierName}: badge ${badgeId} has ${field} ${actual}, expected ${expected}`);
			}
		}

		const byEvidence = await verifier.call.badgesApi.badgeByEvidence(evidence);
		if (byEvidence.isNone || byEvidence.unwrap().toNumber() !== badgeId) {
			throw new Error(`${verifierName}: badgeByEvidence(${evidence}) = ${byEvidence}, expected ${badgeId}`);
		}

		const profile = await verifier.call.badgesApi.skillProfile(learner.address);
		const holding = profile.find(([id]) => id.toNumber() === skillId);
		if (!holding) {
			throw new Error(`${verifierName}: the learner's skill profile lacks skill ${skillId}: ${profile}`);
		}
		log(`${verifierName}: badge ${badgeId} verified; the learner holds skill ${skillId}`);
		return badgeId;
	} finally {
		await api.disconnect();
		await verifier.disconnect();
	}
}

module.exports = { run };
