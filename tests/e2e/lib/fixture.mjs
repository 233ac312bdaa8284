// Set-up shared by the test files: the connection to the node that run.sh started, development
// accounts, funding and sudo.

import { readFileSync } from 'node:fs';

import {
  connect,
  devKeyring,
  eventsOf,
  sendRpc,
  submit,
  UNIT,
  waitForBlocks,
} from './chain.mjs';

/** Endpoint of the node under test; run.sh sets it. */
export const RPC = process.env.LIFELONG_E2E_RPC ?? 'ws://127.0.0.1:9944';

/** ESCO v1.1.1 URIs of skills that the tests use ("geology", "soil mechanics", "civil engineering"). */
export const SKILL_URIS = {
  geology: 'http://data.europa.eu/esco/skill/8bdd25f8-4b6e-40fe-a2cf-c1badc594114',
  soilMechanics: 'http://data.europa.eu/esco/skill/5548401e-dbe9-4603-9917-1c8b3e0ad4ad',
  civilEngineering: 'http://data.europa.eu/esco/skill/82887396-e5bf-4306-af51-3fe8d82790b2',
};

/**
 * Connects to the node under test and returns the API, a keyring, //Alice (the sudo key of the
 * development chain) and helpers bound to them.
 */
export async function setUp() {
  const api = await connect(RPC);
  const keyring = devKeyring(api.registry.chainSS58);
  const alice = keyring.addFromUri('//Alice');

  /** Dispatches `call` as root through sudo and returns the extrinsic's events. */
  const sudo = (call) =>
    submit(api, api.tx.sudo.sudo(call), alice, { label: `sudo ${call.method.section}.${call.method.method}` });

  /** Gives each pair `amount` LLC from //Alice in one transaction. */
  const fund = (pairs, amount = 100n) =>
    submit(
      api,
      api.tx.utility.batchAll(
        pairs.map((pair) => api.tx.balances.transferKeepAlive(pair.address, amount * UNIT)),
      ),
      alice,
      { label: 'funding' },
    );

  /** Returns the id of the skill with an ESCO URI, read through the SkillsApi runtime API. */
  const skillId = async (uri) => {
    const info = await api.call.skillsApi.skillByUri(uri);
    if (info.isNone) throw new Error(`skill ${uri} is not on chain`);
    return info.unwrap().id.toNumber();
  };

  /** Creates a badge class of `issuer` certifying `skills` ([id, level] pairs); returns its id. */
  const createClass = async (issuer, name, skills) => {
    const { events } = await submit(
      api,
      api.tx.badges.createClass(
        name,
        `End-to-end test class ${name}`,
        'https://westbrook.example/criteria',
        null,
        skills,
        null,
        null,
        null,
      ),
      issuer,
    );
    return eventsOf(api, events, 'badges', 'ClassCreated')[0].data.class.toNumber();
  };

  /** Awards a badge of `classId` to `learner` signed by `issuer`; returns the badge id. */
  const award = async (issuer, classId, learner, evidence) => {
    const { events } = await submit(
      api,
      api.tx.badges.award(classId, learner.address, evidence, null),
      issuer,
    );
    return eventsOf(api, events, 'badges', 'BadgeAwarded')[0].data.badge.toNumber();
  };

  /** Calls a JSON-RPC method of the node directly and returns its decoded JSON result. */
  const rpc = (method, params = []) => sendRpc(api, method, params);

  const tearDown = () => api.disconnect();

  return { api, keyring, alice, sudo, fund, skillId, createClass, award, rpc, tearDown, waitForBlocks };
}

/** Returns the JSON-RPC methods that the node offers. */
export async function rpcMethods(api) {
  return (await api.rpc.rpc.methods()).methods.map((method) => method.toString());
}

/** Reads a file of this test suite as text. */
export function readFixture(relativePath) {
  return readFileSync(new URL(`../${relativePath}`, import.meta.url), 'utf8');
}
