// Definitions of Lifelong's `lifelong_*` JSON-RPC methods for @polkadot/api, so that a client
// calls them as `api.rpc.lifelong.verifyBadge(0)`:
//
//   import { lifelongRpc } from './client/rpc-definitions.mjs';
//   const api = await ApiPromise.create({ provider, rpc: lifelongRpc });
//
// Every method returns plain JSON (type `Json`); docs/rpc.md describes each result and error.
// NOTE: @polkadot/api's `Json` type decodes JSON objects only, so the methods that return a
// list (`badgesOf`, `skillProfile`) decode as an empty map; read those with
// `api.provider.send('lifelong_badgesOf', [address])` instead.
// Ids and ESCO URIs travel as text, because the node accepts either for skills and
// occupations.

const at = { name: 'at', type: 'BlockHash', isOptional: true };

/** The `lifelong` section, in the shape that `ApiPromise.create({ rpc })` expects. */
export const lifelongRpc = {
  lifelong: {
    verifyBadge: {
      description: 'Verifies a badge by id: status, reason, issuer standing, class, skills, dates.',
      params: [{ name: 'badgeId', type: 'u64' }, at],
      type: 'Json',
    },
    badgeByEvidence: {
      description: 'Finds the badge anchored with an evidence hash and verifies it.',
      params: [{ name: 'evidenceHash', type: 'H256' }, at],
      type: 'Json',
    },
    badgesOf: {
      description: "Lists a learner's badges, verified.",
      params: [{ name: 'learner', type: 'AccountId' }, at],
      type: 'Json',
    },
    skillProfile: {
      description: "Returns a learner's skill profile.",
      params: [{ name: 'learner', type: 'AccountId' }, at],
      type: 'Json',
    },
    skill: {
      description: 'Looks up a skill by id or ESCO URI.',
      params: [{ name: 'skill', type: 'Text' }, at],
      type: 'Json',
    },
    occupation: {
      description: 'Looks up an occupation by id or ESCO URI, with its skills.',
      params: [{ name: 'occupation', type: 'Text' }, at],
      type: 'Json',
    },
    recommendations: {
      description: "Returns a learner's stored recommendations, resolved.",
      params: [{ name: 'learner', type: 'AccountId' }, at],
      type: 'Json',
    },
    skillGap: {
      description: 'Compares a learner with a job ({"job": id}) or an occupation ({"occupation": id or URI}).',
      params: [{ name: 'learner', type: 'AccountId' }, { name: 'target', type: 'Json' }, at],
      type: 'Json',
    },
    exportOpenBadge: {
      description: 'Exports a badge as an Open Badges 3.0 OpenBadgeCredential.',
      params: [{ name: 'badgeId', type: 'u64' }, at],
      type: 'Json',
    },
    verifyCredential: {
      description: 'Reads an Open Badges credential (JSON text, or file bytes in base64) and checks whether a badge anchors it.',
      params: [{ name: 'credential', type: 'Text' }, at],
      type: 'Json',
    },
    credentialHash: {
      description: 'Computes the evidence hash of an Open Badges credential.',
      params: [{ name: 'credential', type: 'Text' }],
      type: 'Json',
    },
  },
};
