// What a polkadot.js user sees from the metadata alone: every error and event of every pallet
// decodes with its name and docs, every runtime API of Lifelong returns a decoded value,
// and the shipped RPC definitions decorate the lifelong_* methods.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { ApiPromise, WsProvider } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { lifelongRpc } from '../../../client/rpc-definitions.mjs';
import { RPC } from '../lib/fixture.mjs';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const MUSICAL_STAFF_URI = 'http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab';

describe('metadata and client definitions', () => {
  let api;

  before(async () => {
    await cryptoWaitReady();
    api = await ApiPromise.create({
      provider: new WsProvider(RPC),
      rpc: lifelongRpc,
      noInitWarn: true,
    });
  });

  after(async () => {
    await api?.disconnect();
  });

  it('decodes every error of every pallet with docs', () => {
    const pallets = api.runtimeMetadata.asLatest.pallets;
    let checked = 0;
    for (const pallet of pallets) {
      if (pallet.errors.isNone) continue;
      const variants = api.registry.lookup.getSiType(pallet.errors.unwrap().type).def.asVariant
        .variants;
      for (const variant of variants) {
        const error = new Uint8Array([variant.index.toNumber(), 0, 0, 0]);
        const meta = api.registry.findMetaError({ index: pallet.index, error });
        assert.equal(meta.name, variant.name.toString());
        assert.ok(meta.docs.length > 0, `${meta.section}.${meta.name} has no docs`);
        checked += 1;
      }
    }
    assert.ok(checked > 100, `only ${checked} errors in the metadata`);
  });

  it('names and documents every event field of the Lifelong pallets', () => {
    for (const section of ['skills', 'badges', 'recommendations', 'validatorSet']) {
      const events = api.events[section];
      assert.ok(events, `no events for ${section}`);
      for (const [method, event] of Object.entries(events)) {
        assert.ok(event.meta.docs.length > 0, `${section}.${method} has no docs`);
        assert.equal(
          event.meta.fields.filter((field) => field.name.isNone).length,
          0,
          `${section}.${method} has unnamed fields`,
        );
      }
    }
  });

  it('calls every Lifelong runtime API', async () => {
    const skill = await api.call.skillsApi.skillByUri(MUSICAL_STAFF_URI);
    assert.equal(skill.unwrap().label.toUtf8(), 'manage musical staff');
    assert.ok((await api.call.skillsApi.skill(0)).isSome);
    assert.ok((await api.call.skillsApi.occupation(0)).isSome);
    assert.ok((await api.call.skillsApi.occupationSkills(0)).isSome);
    // NOTE: @polkadot/api 16 wraps a runtime API's top-level Vec<u8> output, length prefix
    // included, as the content of a Bytes value; decoding that content as Text undoes it.
    const version = await api.call.skillsApi.taxonomyVersion();
    assert.equal(api.createType('Text', version.toU8a(true)).toString(), 'ESCO v1.1.1');
    assert.ok((await api.call.badgesApi.verifyBadge(4_000_000_000)).isNone);
    assert.ok(Array.isArray((await api.call.badgesApi.badgesOf(ALICE)).toJSON()));
    assert.ok(Array.isArray((await api.call.badgesApi.skillProfile(ALICE)).toJSON()));
    assert.ok((await api.call.recommendationsApi.recommendations(ALICE)).isNone);
    assert.ok((await api.call.recommendationsApi.job(4_000_000_000)).isNone);
    assert.equal((await api.call.validatorSetApi.validators()).length, 1);
  });

  it('decorates the lifelong RPC methods from the shipped definitions', async () => {
    const skill = await api.rpc.lifelong.skill(MUSICAL_STAFF_URI);
    assert.equal(skill.toJSON().label, 'manage musical staff');
    const byId = await api.rpc.lifelong.skill('0');
    assert.equal(byId.toJSON().id, 0);
    const recommendations = await api.rpc.lifelong.recommendations(ALICE);
    assert.equal(recommendations.toJSON().learner, ALICE);
    assert.equal(recommendations.toJSON().optedIn, false);
  });
});
