// Bad inputs on a real node: each fails with the error that the pallet names, decoded by
// polkadot.js from the runtime metadata, and leaves the pallets' state as it was.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { randomAsHex } from '@polkadot/util-crypto';

import { DispatchFailed, expectDispatchError, submit } from '../lib/chain.mjs';
import { rpcMethods, setUp, SKILL_URIS } from '../lib/fixture.mjs';

/** A skill id far above the 13,896 ESCO skills of the development genesis. */
const UNKNOWN_SKILL = 4_000_000;

const DAY_MS = 24n * 60n * 60n * 1000n;

describe('bad inputs', () => {
  let ctx;
  let api;
  let issuer;
  let outsider;
  let learner;
  let employer;
  let classId;
  let geology;
  let revokedBadge;

  /**
   * Reads the state that the bad inputs could touch: ids handed out, listings, the issuer's
   * record and held deposits, the learner's badges and profile, and the revoked badge.
   */
  const snapshot = async () => {
    const [
      nextClassId,
      nextBadgeId,
      nextJobId,
      nextCourseId,
      nextSkillId,
      listingVersion,
      issuerRecord,
      issuerHolds,
      learnerBadges,
      learnerProfile,
      revoked,
    ] = await Promise.all([
      api.query.badges.nextClassId(),
      api.query.badges.nextBadgeId(),
      api.query.recommendations.nextJobId(),
      api.query.recommendations.nextCourseId(),
      api.query.skills.nextSkillId(),
      api.query.recommendations.listingSetVersion(),
      api.query.badges.issuers(issuer.address),
      api.query.balances.holds(issuer.address),
      api.call.badgesApi.badgesOf(learner.address),
      api.call.badgesApi.skillProfile(learner.address),
      api.query.badges.badges(revokedBadge),
    ]);
    return {
      nextClassId: nextClassId.toJSON(),
      nextBadgeId: nextBadgeId.toJSON(),
      nextJobId: nextJobId.toJSON(),
      nextCourseId: nextCourseId.toJSON(),
      nextSkillId: nextSkillId.toJSON(),
      listingVersion: listingVersion.toJSON(),
      issuerRecord: issuerRecord.toJSON(),
      issuerHolds: issuerHolds.toJSON(),
      learnerBadges: learnerBadges.toJSON(),
      learnerProfile: learnerProfile.toJSON(),
      revoked: revoked.toJSON(),
    };
  };

  /** Runs `attempt`, which returns the decoded error name, and checks that the state is unchanged. */
  const rejectsWithoutChange = async (attempt, expectedError) => {
    const before = await snapshot();
    const name = await attempt();
    assert.equal(name, expectedError);
    assert.deepEqual(await snapshot(), before, `${expectedError} changed state`);
  };

  const classCall = (skills) =>
    api.tx.badges.createClass(
      'Bad class',
      'A class that must not be created',
      'https://e2e.example/criteria',
      null,
      skills,
      null,
      null,
      null,
    );

  /** Dispatches `call` through sudo and returns the name of the error it fails with. */
  const sudoError = async (call) => {
    try {
      await ctx.sudo(call);
    } catch (error) {
      if (error instanceof DispatchFailed) return error.errorName;
      throw error;
    }
    throw new Error(`sudo ${call.method.section}.${call.method.method} succeeded`);
  };

  before(async () => {
    ctx = await setUp();
    api = ctx.api;
    const run = Date.now();
    issuer = ctx.keyring.addFromUri(`//E2E/${run}/Errors/Issuer`);
    outsider = ctx.keyring.addFromUri(`//E2E/${run}/Errors/Outsider`);
    learner = ctx.keyring.addFromUri(`//E2E/${run}/Errors/Learner`);
    employer = ctx.keyring.addFromUri(`//E2E/${run}/Errors/Employer`);
    await ctx.fund([issuer, outsider, learner, employer]);
    await ctx.sudo(
      api.tx.utility.batchAll([
        api.tx.badges.accreditIssuer(issuer.address, 'E2E College', 'https://e2e.example'),
        api.tx.recommendations.registerEmployer(employer.address),
      ]),
    );
    geology = await ctx.skillId(SKILL_URIS.geology);
    classId = await ctx.createClass(issuer, 'Field geology', [[geology, 'Foundation']]);
    await ctx.award(issuer, classId, learner, randomAsHex(32));
    revokedBadge = await ctx.award(issuer, classId, learner, randomAsHex(32));
    await submit(api, api.tx.badges.revokeBadge(revokedBadge, 'IssuedInError', null), issuer);
  });

  after(() => ctx?.tearDown());

  it('unaccredited account cannot create a class', async () => {
    await rejectsWithoutChange(
      () => expectDispatchError(api, classCall([[geology, 'Foundation']]), outsider),
      'badges.NotIssuerOrDelegate',
    );
  });

  it('unaccredited account cannot list a course', async () => {
    const now = (await api.query.timestamp.now()).toBigInt();
    const course = api.tx.recommendations.postCourse({
      title: 'Unaccredited course',
      url: 'https://e2e.example/course',
      skills: [{ skill: geology, level: 'Foundation' }],
      ectsTenths: 50,
      durationHours: 10,
      language: [0x65, 0x6e],
      badgeClass: classId,
      expiresAt: now + DAY_MS,
    });
    await rejectsWithoutChange(
      () => expectDispatchError(api, course, outsider),
      'recommendations.NotCourseProvider',
    );
  });

  it('suspended issuer cannot award', async () => {
    await ctx.sudo(api.tx.badges.suspendIssuer(issuer.address));
    try {
      await rejectsWithoutChange(
        () =>
          expectDispatchError(
            api,
            api.tx.badges.award(classId, learner.address, randomAsHex(32), null),
            issuer,
          ),
        'badges.IssuerNotAccredited',
      );
      await rejectsWithoutChange(
        () => expectDispatchError(api, classCall([[geology, 'Foundation']]), issuer),
        'badges.IssuerNotAccredited',
      );
    } finally {
      await ctx.sudo(
        api.tx.badges.accreditIssuer(issuer.address, 'E2E College', 'https://e2e.example'),
      );
    }
  });

  it('class with unknown skill fails', async () => {
    const info = await api.call.skillsApi.skill(UNKNOWN_SKILL);
    assert.equal(info.isNone, true, `skill ${UNKNOWN_SKILL} exists`);
    await rejectsWithoutChange(
      () => expectDispatchError(api, classCall([[UNKNOWN_SKILL, 'Foundation']]), issuer),
      'badges.UnknownSkill',
    );
  });

  it('job with unknown skill fails', async () => {
    const now = (await api.query.timestamp.now()).toBigInt();
    const job = api.tx.recommendations.postJob({
      title: 'Impossible job',
      employerName: 'E2E Employer',
      location: '',
      url: '',
      occupation: null,
      skills: [{ skill: UNKNOWN_SKILL, minLevel: 'Foundation', weight: 'Essential' }],
      expiresAt: now + DAY_MS,
    });
    await rejectsWithoutChange(
      () => expectDispatchError(api, job, employer),
      'recommendations.UnknownSkill',
    );
  });

  it('oversized cohort fails', async () => {
    const maxCohort = api.consts.badges.maxCohortSize.toNumber();
    const cohort = Array.from({ length: maxCohort + 1 }, () => ({
      learner: learner.address,
      evidence: randomAsHex(32),
      expiresAt: null,
    }));
    await rejectsWithoutChange(
      () => expectDispatchError(api, api.tx.badges.awardBatch(classId, cohort), issuer),
      'badges.CohortTooLarge',
    );
  });

  it('oversized taxonomy batch fails', async () => {
    const maxBatch = api.consts.skills.maxBatchSize.toNumber();
    const skills = Array.from({ length: maxBatch + 1 }, (_, index) => ({
      uri: `https://e2e.example/skill/${Date.now()}-${index}`,
      label: `e2e skill ${index}`,
      skillType: null,
      reuseLevel: null,
      broader: [],
    }));
    await rejectsWithoutChange(
      () => sudoError(api.tx.skills.addSkills(skills)),
      'skills.BatchTooLarge',
    );
  });

  it('revoked badge cannot be reinstated', async () => {
    await rejectsWithoutChange(
      () => expectDispatchError(api, api.tx.badges.reinstateBadge(revokedBadge), issuer),
      'badges.BadgeRevoked',
    );
    const verification = (await api.call.badgesApi.verifyBadge(revokedBadge)).unwrap();
    assert.equal(verification.state.type, 'Revoked');
  });

  it('learner cannot decline another badge', async () => {
    await rejectsWithoutChange(
      () => expectDispatchError(api, api.tx.badges.declineBadge(revokedBadge), outsider),
      'badges.NotLearner',
    );
  });

  it('malformed credential files are rejected', async () => {
    const methods = await rpcMethods(api);
    for (const method of ['lifelong_verifyCredential', 'lifelong_credentialHash']) {
      assert.ok(methods.includes(method), `the node offers no ${method} JSON-RPC method`);
    }
    const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const cases = [
      {
        label: 'truncated JSON',
        credential: '{"@context": ["https://www.w3.org/ns/credentials/v2"',
        message: /invalid JSON/,
      },
      {
        label: 'truncated PNG',
        credential: Buffer.concat([pngSignature, Buffer.from([0, 0, 0, 13, 0x49])]).toString('base64'),
        message: /invalid PNG/,
      },
      {
        label: 'JSON that is no Open Badge',
        credential: { type: ['VerifiableCredential'], name: 'not a badge' },
        message: /not an Open Badges/i,
      },
      {
        label: 'empty file',
        credential: '',
        message: /empty/,
      },
    ];
    const before = await snapshot();
    for (const { label, credential, message } of cases) {
      for (const method of ['lifelong_verifyCredential', 'lifelong_credentialHash']) {
        await assert.rejects(ctx.rpc(method, [credential]), (error) => {
          assert.equal(error.code, 4010, `${method} on ${label}: ${error.message}`);
          assert.match(error.message, message, `${method} on ${label}`);
          return true;
        });
      }
    }
    assert.deepEqual(await snapshot(), before);
  });
});
