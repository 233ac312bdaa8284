// A badge's life on a real node: award, suspend, reinstate, revoke and decline, each status read
// through the BadgesApi runtime API and the lifelong_verifyBadge JSON-RPC method.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { randomAsHex } from '@polkadot/util-crypto';

import { eventsOf, submit, utf8 } from '../lib/chain.mjs';
import { rpcMethods, setUp, SKILL_URIS } from '../lib/fixture.mjs';

describe('badge lifecycle', () => {
  let ctx;
  let api;
  let issuer;
  let learner;
  let classId;
  let geology;
  let soilMechanics;
  let badge;
  const evidence = randomAsHex(32);

  /** Returns the badge's verification through the runtime API, or `undefined` if none. */
  const verify = async (id) => {
    const answer = await api.call.badgesApi.verifyBadge(id);
    return answer.isSome ? answer.unwrap() : undefined;
  };

  /** Returns the badge's verification through JSON-RPC; fails if the node lacks the method. */
  const verifyByRpc = async (id) => {
    const methods = await rpcMethods(api);
    assert.ok(
      methods.includes('lifelong_verifyBadge'),
      'the node offers no lifelong_verifyBadge JSON-RPC method',
    );
    return ctx.rpc('lifelong_verifyBadge', [id]);
  };

  const profileSkills = async (account) =>
    (await api.call.badgesApi.skillProfile(account.address)).map(([skill]) => skill.toNumber());

  before(async () => {
    ctx = await setUp();
    api = ctx.api;
    const run = Date.now();
    issuer = ctx.keyring.addFromUri(`//E2E/${run}/Badges/Issuer`);
    learner = ctx.keyring.addFromUri(`//E2E/${run}/Badges/Learner`);
    await ctx.fund([issuer, learner]);
    await ctx.sudo(
      api.tx.badges.accreditIssuer(issuer.address, 'E2E University', 'https://e2e.example'),
    );
    geology = await ctx.skillId(SKILL_URIS.geology);
    soilMechanics = await ctx.skillId(SKILL_URIS.soilMechanics);
    classId = await ctx.createClass(issuer, 'Soil behaviour', [
      [geology, 'Intermediate'],
      [soilMechanics, 'Advanced'],
    ]);
  });

  after(() => ctx?.tearDown());

  it('awarded badge is active', async () => {
    badge = await ctx.award(issuer, classId, learner, evidence);

    const verification = await verify(badge);
    assert.ok(verification, `verifyBadge(${badge}) returned None`);
    assert.equal(verification.valid.isTrue, true);
    assert.equal(verification.state.type, 'Active');
    assert.equal(verification.learner.toString(), learner.address);
    assert.equal(verification.issuer.toString(), issuer.address);
    assert.equal(verification.evidence.toHex(), evidence);
    assert.equal(verification.class.toNumber(), classId);
    assert.equal(utf8(verification.className), 'Soil behaviour');
    assert.equal(utf8(verification.issuerName), 'E2E University');
    assert.equal(verification.issuerStanding.unwrap().type, 'Accredited');
    assert.deepEqual(
      verification.skills.map(([skill, level]) => [skill.toNumber(), level.type]),
      [
        [geology, 'Intermediate'],
        [soilMechanics, 'Advanced'],
      ].sort((a, b) => a[0] - b[0]),
    );

    const byEvidence = await api.call.badgesApi.badgeByEvidence(evidence);
    assert.equal(byEvidence.unwrap().toNumber(), badge);
    const badges = await api.call.badgesApi.badgesOf(learner.address);
    assert.deepEqual(badges.map((id) => id.toNumber()), [badge]);
    assert.deepEqual((await profileSkills(learner)).sort(), [geology, soilMechanics].sort());
  });

  it('suspended badge reads suspended', async () => {
    await submit(api, api.tx.badges.suspendBadge(badge, 'grade under review'), issuer);

    const verification = await verify(badge);
    assert.equal(verification.valid.isTrue, false);
    assert.equal(verification.state.type, 'Suspended');
    assert.equal(utf8(verification.state.asSuspended.reason), 'grade under review');
    assert.deepEqual(await profileSkills(learner), []);
  });

  it('reinstated badge is active again', async () => {
    await submit(api, api.tx.badges.reinstateBadge(badge), issuer);

    const verification = await verify(badge);
    assert.equal(verification.valid.isTrue, true);
    assert.equal(verification.state.type, 'Active');
    assert.deepEqual((await profileSkills(learner)).sort(), [geology, soilMechanics].sort());
  });

  it('revoked badge reads revoked', async () => {
    const { events } = await submit(
      api,
      api.tx.badges.revokeBadge(badge, 'Misconduct', 'plagiarised project'),
      issuer,
    );
    const [revoked] = eventsOf(api, events, 'badges', 'BadgeRevoked');
    assert.equal(revoked.data.badge.toNumber(), badge);

    const verification = await verify(badge);
    assert.equal(verification.valid.isTrue, false);
    assert.equal(verification.state.type, 'Revoked');
    const state = verification.state.asRevoked;
    assert.equal(state.reason.type, 'Misconduct');
    assert.equal(utf8(state.note), 'plagiarised project');
    assert.equal(state.byGovernance.isTrue, false);
    assert.deepEqual(await profileSkills(learner), []);
  });

  it('learner declines a badge', async () => {
    const declined = await ctx.award(issuer, classId, learner, randomAsHex(32));
    const heldBefore = await api.query.balances.holds(issuer.address);
    const depositBefore = heldBefore.reduce((sum, hold) => sum + hold.amount.toBigInt(), 0n);

    const { events } = await submit(api, api.tx.badges.declineBadge(declined), learner);
    const [event] = eventsOf(api, events, 'badges', 'BadgeDeclined');
    assert.equal(event.data.badge.toNumber(), declined);
    assert.equal(event.data.learner.toString(), learner.address);

    assert.equal(await verify(declined), undefined);
    const badges = (await api.call.badgesApi.badgesOf(learner.address)).map((id) => id.toNumber());
    assert.deepEqual(badges, [badge]);
    const heldAfter = await api.query.balances.holds(issuer.address);
    const depositAfter = heldAfter.reduce((sum, hold) => sum + hold.amount.toBigInt(), 0n);
    assert.equal(depositBefore - depositAfter, api.consts.badges.badgeDeposit.toBigInt());
  });

  it('JSON-RPC reports each status', async () => {
    const rpcBadge = await ctx.award(issuer, classId, learner, randomAsHex(32));
    const answers = [await verifyByRpc(rpcBadge)];
    await submit(api, api.tx.badges.suspendBadge(rpcBadge, 'identity check'), issuer);
    answers.push(await verifyByRpc(rpcBadge));
    await submit(api, api.tx.badges.reinstateBadge(rpcBadge), issuer);
    answers.push(await verifyByRpc(rpcBadge));
    await submit(api, api.tx.badges.revokeBadge(rpcBadge, 'IssuedInError', null), issuer);
    answers.push(await verifyByRpc(rpcBadge));

    assert.deepEqual(
      answers.map((answer) => answer.status),
      ['active', 'suspended', 'active', 'revoked'],
    );
    assert.deepEqual(
      answers.map((answer) => answer.valid),
      [true, false, true, false],
    );
    assert.equal(answers[1].reason.note, 'identity check');
    assert.equal(answers[3].reason.code, 'IssuedInError');
    assert.equal(answers[3].reason.byGovernance, false);
    for (const answer of answers) {
      assert.equal(answer.badgeId, rpcBadge);
      assert.equal(answer.learner, learner.address);
      assert.equal(answer.issuer.account, issuer.address);
      assert.equal(answer.issuer.standing, 'accredited');
      assert.equal(answer.class.id, classId);
      const skills = Object.fromEntries(answer.skills.map((skill) => [skill.uri, skill.level]));
      assert.deepEqual(skills, {
        [SKILL_URIS.geology]: 'Intermediate',
        [SKILL_URIS.soilMechanics]: 'Advanced',
      });
    }
  });

  it('JSON-RPC agrees with the runtime API', async () => {
    await ctx.award(issuer, classId, learner, randomAsHex(32));
    const byRuntime = (await api.call.badgesApi.badgesOf(learner.address)).map((id) => id.toNumber());
    const byRpc = await ctx.rpc('lifelong_badgesOf', [learner.address]);
    assert.deepEqual(
      byRpc.map((answer) => answer.badgeId),
      byRuntime,
    );

    const byEvidence = await ctx.rpc('lifelong_badgeByEvidence', [evidence]);
    assert.equal(byEvidence.badgeId, badge);
    assert.equal(byEvidence.evidenceHash, evidence);

    const profile = await ctx.rpc('lifelong_skillProfile', [learner.address]);
    const runtimeProfile = await api.call.badgesApi.skillProfile(learner.address);
    assert.equal(runtimeProfile.length, 2);
    assert.deepEqual(
      profile.map((entry) => [entry.id, entry.level, entry.badgeCount]),
      runtimeProfile.map(([skill, holding]) => [
        skill.toNumber(),
        holding.level.type,
        holding.badgeCount.toNumber(),
      ]),
    );
  });

  it('JSON-RPC rejects an unknown badge', async () => {
    const next = (await api.query.badges.nextBadgeId()).toNumber();
    await assert.rejects(ctx.rpc('lifelong_verifyBadge', [next + 1000]), (error) => {
      assert.match(error.message, /^4004: badge \d+ not found/);
      return true;
    });
  });

  it('JSON-RPC rejects an evidence hash that no badge has', async () => {
    const unknown = randomAsHex(32);
    await assert.rejects(ctx.rpc('lifelong_badgeByEvidence', [unknown]), (error) => {
      assert.match(error.message, new RegExp(`^4004: no badge is anchored with evidence hash ${unknown}`));
      assert.match(error.message, /lifelong_credentialHash computes the hash of a credential file/);
      return true;
    });
  });
});

