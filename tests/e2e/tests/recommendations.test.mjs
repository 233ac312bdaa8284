// Recommendations from the development node's off-chain worker: a learner opts in, the worker
// stores a result within a bounded number of blocks, and a new badge that closes the learner's
// skill gap changes it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { randomAsHex } from '@polkadot/util-crypto';

import { eventsOf, submit } from '../lib/chain.mjs';
import { rpcMethods, setUp, SKILL_URIS } from '../lib/fixture.mjs';

/**
 * Blocks to wait for the worker's result. The worker runs after each imported block and its
 * transaction lands in the next one, so two or three blocks are normal.
 */
const MAX_BLOCKS = 10;

const DAY_MS = 24n * 60n * 60n * 1000n;

describe('off-chain recommendations', () => {
  let ctx;
  let api;
  let learner;
  let issuer;
  let job;
  let course;
  let geology;
  let soilMechanics;
  let soilClass;
  let firstResult;

  /** Returns the learner's stored result through the runtime API, or `undefined`. */
  const stored = async () => {
    const answer = await api.call.recommendationsApi.recommendations(learner.address);
    return answer.isSome ? answer.unwrap() : undefined;
  };

  /** Waits until the stored result differs from `previousHash` and nothing is pending. */
  const waitForResult = (previousHash, message) =>
    ctx.waitForBlocks(
      api,
      MAX_BLOCKS,
      async () => {
        const result = await stored();
        const dirty = await api.query.recommendations.dirty(learner.address);
        if (!result || dirty.isSome) return undefined;
        return result.inputsHash.toHex() === previousHash ? undefined : result;
      },
      message,
    );

  before(async () => {
    ctx = await setUp();
    api = ctx.api;
    const run = Date.now();
    const employer = ctx.keyring.addFromUri(`//E2E/${run}/Recs/Employer`);
    issuer = ctx.keyring.addFromUri(`//E2E/${run}/Recs/Issuer`);
    learner = ctx.keyring.addFromUri(`//E2E/${run}/Recs/Learner`);
    await ctx.fund([employer, issuer, learner]);
    await ctx.sudo(
      api.tx.utility.batchAll([
        api.tx.recommendations.registerEmployer(employer.address),
        api.tx.badges.accreditIssuer(issuer.address, 'E2E Institute', 'https://e2e.example'),
      ]),
    );

    geology = await ctx.skillId(SKILL_URIS.geology);
    soilMechanics = await ctx.skillId(SKILL_URIS.soilMechanics);
    const geologyClass = await ctx.createClass(issuer, 'Geology basics', [[geology, 'Intermediate']]);
    soilClass = await ctx.createClass(issuer, 'Soil mechanics', [[soilMechanics, 'Intermediate']]);

    const now = (await api.query.timestamp.now()).toBigInt();
    const posted = await submit(
      api,
      api.tx.recommendations.postJob({
        title: 'Geotechnical technician',
        employerName: 'E2E Ground Works',
        location: 'Remote',
        url: 'https://e2e.example/jobs/1',
        occupation: null,
        skills: [
          { skill: geology, minLevel: 'Intermediate', weight: 'Essential' },
          { skill: soilMechanics, minLevel: 'Intermediate', weight: 'Essential' },
        ],
        expiresAt: now + 30n * DAY_MS,
      }),
      employer,
    );
    job = eventsOf(api, posted.events, 'recommendations', 'JobPosted')[0].data.job.toNumber();
    const listed = await submit(
      api,
      api.tx.recommendations.postCourse({
        title: 'Soil Behavior',
        url: 'https://ocw.mit.edu/courses/1-322-soil-behavior-spring-2005',
        skills: [{ skill: soilMechanics, level: 'Intermediate' }],
        ectsTenths: 50,
        durationHours: 120,
        language: [0x65, 0x6e],
        badgeClass: soilClass,
        expiresAt: now + 30n * DAY_MS,
      }),
      issuer,
    );
    course = eventsOf(api, listed.events, 'recommendations', 'CoursePosted')[0].data.course.toNumber();

    await ctx.award(issuer, geologyClass, learner, randomAsHex(32));
  });

  after(() => ctx?.tearDown());

  it('worker stores a result after opt-in', async () => {
    assert.equal(await stored(), undefined, 'a result exists before the learner opted in');
    const optedIn = await submit(
      api,
      api.tx.recommendations.optIn({ goal: null, location: null, maxResults: 5 }),
      learner,
    );
    const optInBlock = (await api.rpc.chain.getHeader(optedIn.blockHash)).number.toNumber();

    firstResult = await waitForResult(undefined, 'the worker result after opt-in');
    const storedAt = (await api.query.recommendations.results(learner.address)).unwrap().storedAt;
    assert.ok(
      storedAt.toNumber() - optInBlock <= MAX_BLOCKS,
      `stored at block ${storedAt}, opt-in at ${optInBlock}`,
    );

    const jobs = firstResult.jobs.map((match) => match.job.toNumber());
    assert.ok(jobs.includes(job), `job ${job} missing from recommended jobs ${jobs}`);
    const match = firstResult.jobs.find((entry) => entry.job.toNumber() === job);
    assert.equal(match.kind.type, 'Partial');
    assert.deepEqual(match.missing.map((skill) => skill.toNumber()), [soilMechanics]);

    const courses = firstResult.courses.map((entry) => entry.course.toNumber());
    assert.ok(courses.includes(course), `course ${course} missing from ${courses}`);
    const taught = firstResult.courses.find((entry) => entry.course.toNumber() === course);
    assert.deepEqual(taught.teaches.map((skill) => skill.toNumber()), [soilMechanics]);
  });

  it('JSON-RPC shows the result and gap', async () => {
    const methods = await rpcMethods(api);
    for (const method of ['lifelong_recommendations', 'lifelong_skillGap']) {
      assert.ok(methods.includes(method), `the node offers no ${method} JSON-RPC method`);
    }
    const answer = await ctx.rpc('lifelong_recommendations', [learner.address]);
    assert.equal(answer.optedIn, true);
    assert.equal(answer.result.inputsHash, firstResult.inputsHash.toHex());
    const jobEntry = answer.result.jobs.find((entry) => entry.jobId === job);
    assert.equal(jobEntry.title, 'Geotechnical technician');
    assert.equal(jobEntry.match, 'partial');
    assert.deepEqual(jobEntry.missingSkills.map((skill) => skill.uri), [SKILL_URIS.soilMechanics]);
    const courseEntry = answer.result.courses.find((entry) => entry.courseId === course);
    assert.equal(courseEntry.title, 'Soil Behavior');

    const gap = await ctx.rpc('lifelong_skillGap', [learner.address, { job }]);
    assert.equal(gap.fullMatch, false);
    assert.deepEqual(gap.met.map((skill) => skill.uri), [SKILL_URIS.geology]);
    assert.deepEqual(gap.missing.map((skill) => skill.uri), [SKILL_URIS.soilMechanics]);
  });

  it('stored result matches recomputation', async () => {
    const computed = (await api.call.recommendationsApi.computeRecommendations(learner.address)).unwrap();
    assert.equal(computed.inputsHash.toHex(), firstResult.inputsHash.toHex());
    assert.deepEqual(computed.jobs.toJSON(), firstResult.jobs.toJSON());
    assert.deepEqual(computed.courses.toJSON(), firstResult.courses.toJSON());
  });

  it('badge closing the gap changes the result', async () => {
    await ctx.award(issuer, soilClass, learner, randomAsHex(32));

    const result = await waitForResult(firstResult.inputsHash.toHex(), 'the result after the badge');
    const match = result.jobs.find((entry) => entry.job.toNumber() === job);
    assert.ok(match, `job ${job} missing after the gap closed`);
    assert.equal(match.kind.type, 'Full');
    assert.deepEqual(match.missing.toJSON(), []);
    assert.ok(
      match.score.toNumber() > firstResult.jobs.find((entry) => entry.job.toNumber() === job).score.toNumber(),
      'the job score did not rise',
    );
    const courses = result.courses.map((entry) => entry.course.toNumber());
    assert.ok(!courses.includes(course), `course ${course} is still recommended`);

    const gap = await ctx.rpc('lifelong_skillGap', [learner.address, { job }]);
    assert.equal(gap.fullMatch, true);
    assert.deepEqual(gap.missing, []);
  });

  it('opt-out deletes the result', async () => {
    await submit(api, api.tx.recommendations.optOut(), learner);
    assert.equal(await stored(), undefined);
    const preferences = await api.query.recommendations.learners(learner.address);
    assert.equal(preferences.isNone, true);
  });
});
