#!/usr/bin/env node
// Loads the shipped job offers and courses onto a development chain through ordinary signed
// transactions, then a university issuer's badge classes, badges for 36 learners and 12
// learners' opt-ins to recommendations.
//
// Usage: node scripts/load-real-data.mjs [--rpc ws://127.0.0.1:9944]
//
// Every account is a development account derived from the well-known development phrase, so
// anyone can sign with it. The accounts play these roles on this development chain only:
// - //Alice is the sudo key and does the governance steps.
// - //Employer/1..3 post the job offers.
// - //Provider/MIT-OCW lists the MIT OpenCourseWare courses. MIT does not operate it.
// - //Issuer/Westbrook is "Westbrook University", an invented university that awards badges.
// - //Learner/1..36 are learners, and //Learner/1..12 opt in to recommendations.
//
// The script is idempotent: it skips every account, listing, class, badge and opt-in that is
// already on chain, so a second run only reads state. Run it with the dependencies of tests/e2e
// installed (`npm ci --prefix tests/e2e`).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import {
  connect,
  DEFAULT_RPC,
  devKeyring,
  nextNonce,
  sha256AsU8a,
  stringToU8a,
  submit,
  u8aToHex,
  UNIT,
  utf8,
  waitForBlocks,
} from '../tests/e2e/lib/chain.mjs';

const repository = join(dirname(fileURLToPath(import.meta.url)), '..');

// Values for the chain's required course fields that the data lacks. The MIT OCW export has no
// credits and no duration, so both are placeholders, and 0 stands for "not stated".
// NOTE: the recommendations pallet accepts 0 for both; clients must not show them as real values.
const COURSE_ECTS_TENTHS_PLACEHOLDER = 0;
const COURSE_DURATION_HOURS_PLACEHOLDER = 0;

/** Listings expire 180 days after loading; the runtime allows at most 366. */
const LISTING_LIFETIME_MS = 180n * 24n * 60n * 60n * 1000n;

const EMPLOYER_COUNT = 3;
const LEARNER_COUNT = 36;
const OPTED_IN_LEARNERS = 12;
/** Courses whose badge classes are awarded: the ones sharing the most skills with the jobs. */
const AWARDED_COURSE_COUNT = 12;
/** Each learner receives badges of this many of the awarded courses. */
const BADGES_PER_LEARNER = 3;
/** Jobs and courses recommended to each opted-in learner. */
const MAX_RESULTS = 5;
/** Calls per `utility.batchAll`. */
const BATCH_SIZE = 40;

const ISSUER = {
  uri: '//Issuer/Westbrook',
  name: 'Westbrook University (invented university; development account)',
  url: 'https://westbrook.example',
};
const PROVIDER = {
  uri: '//Provider/MIT-OCW',
  name: 'MIT OpenCourseWare listings (development account, not operated by MIT)',
  url: 'https://ocw.mit.edu',
};

/** Free balance given to each account that signs, in LLC. */
const FUNDING = { employer: 1_000n, issuer: 1_000n, provider: 1_000n, learner: 10n };

const ATTRIBUTION = [
  'Job postings: hahu jobs, redacted and ESCO-labelled by Tabiya (tabiya/hahu_test), CC BY 4.0.',
  'Vacancy titles and extracted skills: TechWolf BV, WorkRB, Apache-2.0.',
  'Courses: MIT OpenCourseWare, https://ocw.mit.edu, (c) MIT, CC BY-NC-SA 4.0 (non-commercial).',
  'Skills and occupations: ESCO v1.1.1, (c) European Union, CC BY 4.0.',
  'Details and the changes made: data/jobs/SOURCE.md, data/courses/SOURCE.md.',
];

function log(step, message) {
  console.log(`[${step}] ${message}`);
}

function readJson(path) {
  return JSON.parse(readFileSync(join(repository, path), 'utf8'));
}

function chunks(items, size) {
  const result = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

/** Maps ESCO URIs to on-chain ids through the SkillsApi runtime API, caching each result. */
class EscoResolver {
  constructor(api) {
    this.api = api;
    this.skills = new Map();
    this.occupations = new Map();
  }

  async resolveSkills(uris) {
    await this.resolve(uris, this.skills, (uri) => this.api.call.skillsApi.skillByUri(uri));
  }

  async resolveOccupations(uris) {
    await this.resolve(uris, this.occupations, (uri) =>
      this.api.call.skillsApi.occupationByUri(uri),
    );
  }

  async resolve(uris, cache, query) {
    const missing = [...new Set(uris)].filter((uri) => !cache.has(uri));
    for (const group of chunks(missing, 64)) {
      const answers = await Promise.all(group.map((uri) => query(uri)));
      group.forEach((uri, index) => {
        const answer = answers[index];
        if (answer.isNone) {
          throw new Error(`ESCO concept ${uri} is not on chain; is this a Lifelong dev chain?`);
        }
        const info = answer.unwrap();
        if (!info.status.isActive) {
          throw new Error(`ESCO concept ${uri} (id ${info.id}) is deprecated on chain`);
        }
        cache.set(uri, info);
      });
    }
  }

  skillId(uri) {
    return this.skills.get(uri).id.toNumber();
  }

  occupation(uri) {
    return this.occupations.get(uri);
  }
}

/** Progress of one loading step, printed as `[step] loaded/total`. */
class Progress {
  constructor(step, total, loaded = 0) {
    Object.assign(this, { step, total, loaded });
  }

  add(count) {
    this.loaded += count;
    log(this.step, `${this.loaded}/${this.total}`);
  }
}

/**
 * Submits `calls` signed by `pair` in `utility.batchAll` groups without waiting between them,
 * and waits until blocks include them all.
 */
async function submitBatches(api, pair, calls, progress) {
  let nonce = await nextNonce(api, pair.address);
  const pending = chunks(calls, BATCH_SIZE).map((group) => {
    const tx = api.tx.utility.batchAll(group);
    const sent = submit(api, tx, pair, { label: `${progress.step} batch`, nonce });
    nonce += 1;
    return sent.then(() => progress.add(group.length));
  });
  await Promise.all(pending);
}

async function fundAccounts(api, alice, targets) {
  const accounts = await api.query.system.account.multi(targets.map(({ pair }) => pair.address));
  const calls = [];
  targets.forEach(({ pair, amount }, index) => {
    const free = accounts[index].data.free.toBigInt();
    if (free < (amount * UNIT) / 2n) {
      calls.push(api.tx.balances.transferKeepAlive(pair.address, amount * UNIT));
    }
  });
  if (calls.length === 0) {
    log('accounts', `${targets.length} accounts already funded`);
    return;
  }
  await submit(api, api.tx.utility.batchAll(calls), alice, { label: 'funding' });
  log('accounts', `funded ${calls.length} of ${targets.length} accounts from //Alice`);
}

async function governance(api, alice, employers, issuers) {
  const calls = [];
  const registered = await api.query.recommendations.employers.multi(
    employers.map((pair) => pair.address),
  );
  employers.forEach((pair, index) => {
    if (registered[index].isNone) {
      calls.push(api.tx.recommendations.registerEmployer(pair.address));
    }
  });
  for (const { pair, name, url } of issuers) {
    const record = await api.query.badges.issuers(pair.address);
    if (record.isSome && record.unwrap().standing.isAccredited) continue;
    if (record.isSome) {
      log('governance', `${name} is ${record.unwrap().standing.type}; accrediting it again`);
    }
    calls.push(api.tx.badges.accreditIssuer(pair.address, name, url));
  }
  if (calls.length === 0) {
    log('governance', 'employers registered and issuers accredited already');
    return;
  }
  const tx = api.tx.sudo.sudo(api.tx.utility.batchAll(calls));
  await submit(api, tx, alice, { label: 'governance (sudo)' });
  log('governance', `${calls.length} registrations and accreditations done through sudo`);
}

function jobKey(title, skillIds) {
  return `${title}\u0000${skillIds.join(',')}`;
}

async function loadJobs(api, resolver, employers, jobs, expiresAt) {
  const existing = new Map(employers.map((pair) => [pair.address, new Set()]));
  for (const [, offer] of await api.query.recommendations.jobs.entries()) {
    const { poster, details } = offer.unwrap();
    const keys = existing.get(poster.toString());
    if (!keys) continue;
    keys.add(jobKey(utf8(details.title), details.skills.map((skill) => skill.skill.toNumber())));
  }

  const perEmployer = employers.map(() => []);
  let done = 0;
  let occupationMismatches = 0;
  jobs.forEach((job, index) => {
    const employerIndex = index % employers.length;
    const skills = job.skills.map((skill) => ({
      skill: resolver.skillId(skill.uri),
      minLevel: skill.minLevel,
      weight: skill.essential ? 'Essential' : 'Optional',
    }));
    const occupation = job.occupationUri ? resolver.occupation(job.occupationUri) : undefined;
    if (occupation) {
      // hahu offers take their skills from the occupation's ESCO relations; check that the
      // chain's copy of those relations agrees.
      const related = new Set([...occupation.essential, ...occupation.optional].map(Number));
      if (skills.some(({ skill }) => !related.has(skill))) occupationMismatches += 1;
    }
    const skillIds = skills.map(({ skill }) => skill);
    if (existing.get(employers[employerIndex].address).has(jobKey(job.title, skillIds))) {
      done += 1;
      return;
    }
    perEmployer[employerIndex].push(
      api.tx.recommendations.postJob({
        title: job.title,
        employerName: job.employer,
        location: job.location,
        url: job.url,
        occupation: occupation ? occupation.id : null,
        skills,
        expiresAt,
      }),
    );
  });
  if (occupationMismatches > 0) {
    log('jobs', `warning: ${occupationMismatches} hahu offers name skills outside their occupation`);
  }
  if (done === jobs.length) {
    log('jobs', `${done}/${jobs.length} already posted`);
    return;
  }
  if (done > 0) log('jobs', `${done}/${jobs.length} already posted; posting the rest`);
  const progress = new Progress('jobs', jobs.length, done);
  await Promise.all(
    employers.map((pair, index) => submitBatches(api, pair, perEmployer[index], progress)),
  );
}

function className(course) {
  return course.title;
}

function classDescription(course) {
  return (
    `Awarded by Westbrook University (invented) to learners it assessed on the material of the ` +
    `MIT OpenCourseWare course "${course.title}" (${course.url}; MIT OpenCourseWare, (c) MIT, ` +
    `CC BY-NC-SA 4.0). The skills were matched from the course text to ESCO v1.1.1 labels.`
  );
}

/** Returns the issuer's class ids by name. */
async function classesByName(api, issuer) {
  const byName = new Map();
  for (const [key, value] of await api.query.badges.classes.entries()) {
    const record = value.unwrap();
    if (record.issuer.toString() !== issuer.address) continue;
    byName.set(utf8(record.name), key.args[0].toNumber());
  }
  return byName;
}

async function loadClasses(api, resolver, issuer, courses) {
  const existing = await classesByName(api, issuer);
  const calls = [];
  for (const course of courses) {
    if (existing.has(className(course))) continue;
    calls.push(
      api.tx.badges.createClass(
        className(course),
        classDescription(course),
        course.url,
        null,
        course.skills.map((skill) => [resolver.skillId(skill.uri), skill.level]),
        null,
        null,
        null,
      ),
    );
  }
  const done = courses.length - calls.length;
  if (calls.length === 0) {
    log('classes', `${done}/${courses.length} already created`);
  } else {
    await submitBatches(api, issuer, calls, new Progress('classes', courses.length, done));
  }
  return classesByName(api, issuer);
}

async function loadCourses(api, resolver, provider, courses, classIds, expiresAt) {
  const existing = new Set();
  for (const [, value] of await api.query.recommendations.courses.entries()) {
    const { poster, details } = value.unwrap();
    if (poster.toString() === provider.address) existing.add(utf8(details.title));
  }
  const calls = [];
  for (const course of courses) {
    if (existing.has(course.title)) continue;
    calls.push(
      api.tx.recommendations.postCourse({
        title: course.title,
        url: course.url,
        skills: course.skills.map((skill) => ({
          skill: resolver.skillId(skill.uri),
          level: skill.level,
        })),
        ectsTenths: COURSE_ECTS_TENTHS_PLACEHOLDER,
        durationHours: COURSE_DURATION_HOURS_PLACEHOLDER,
        language: stringToU8a(course.language),
        badgeClass: classIds.get(className(course)),
        expiresAt,
      }),
    );
  }
  const done = courses.length - calls.length;
  if (calls.length === 0) {
    log('courses', `${done}/${courses.length} already posted`);
    return;
  }
  await submitBatches(api, provider, calls, new Progress('courses', courses.length, done));
  log(
    'courses',
    `placeholders: ects_tenths=${COURSE_ECTS_TENTHS_PLACEHOLDER} and ` +
      `duration_hours=${COURSE_DURATION_HOURS_PLACEHOLDER} mean "not stated"; ` +
      'the MIT OCW export has no credits or duration',
  );
}

/** Returns the courses whose skills appear in the most job offers, best first. */
function coursesClosestToJobs(courses, jobs, count) {
  const offersBySkill = new Map();
  for (const job of jobs) {
    for (const uri of new Set(job.skills.map((skill) => skill.uri))) {
      offersBySkill.set(uri, (offersBySkill.get(uri) ?? 0) + 1);
    }
  }
  return courses
    .map((course, index) => ({
      course,
      index,
      overlap: course.skills.reduce((sum, skill) => sum + (offersBySkill.get(skill.uri) ?? 0), 0),
    }))
    .sort((a, b) => b.overlap - a.overlap || a.index - b.index)
    .slice(0, count)
    .map(({ course }) => course);
}

/**
 * Returns the evidence hash of a learner's badge: SHA-256 of a fixed text naming the class and
 * the learner.
 * NOTE: no credential document backs these development badges; the hash only has to be unique.
 */
function evidenceHash(course, learner) {
  return u8aToHex(sha256AsU8a(`lifelong dev data: ${course.sourceId} awarded to ${learner}`));
}

/** Returns the courses whose badges learner `n` (1-based) receives. */
function coursesOfLearner(awardedCourses, n) {
  const stride = awardedCourses.length / BADGES_PER_LEARNER;
  return Array.from(
    { length: BADGES_PER_LEARNER },
    (_, k) => awardedCourses[(n - 1 + k * stride) % awardedCourses.length],
  );
}

async function awardBadges(api, issuer, learners, awardedCourses, classIds) {
  const awards = [];
  learners.forEach((pair, index) => {
    for (const course of coursesOfLearner(awardedCourses, index + 1)) {
      awards.push({ course, learner: pair.address, evidence: evidenceHash(course, pair.address) });
    }
  });
  const known = await api.query.badges.badgeByEvidence.multi(awards.map((a) => a.evidence));
  const cohorts = new Map();
  awards.forEach((award, index) => {
    if (known[index].isSome) return;
    const classId = classIds.get(className(award.course));
    if (!cohorts.has(classId)) cohorts.set(classId, []);
    cohorts
      .get(classId)
      .push({ learner: award.learner, evidence: award.evidence, expiresAt: null });
  });
  const missing = [...cohorts.values()].reduce((sum, cohort) => sum + cohort.length, 0);
  const done = awards.length - missing;
  if (missing === 0) {
    log('badges', `${done}/${awards.length} already awarded`);
    return;
  }
  const calls = [...cohorts].map(([classId, cohort]) => api.tx.badges.awardBatch(classId, cohort));
  const tx = api.tx.utility.batchAll(calls);
  await submit(api, tx, issuer, { label: 'cohort awards' });
  log(
    'badges',
    `${awards.length}/${awards.length} (${missing} new, in ${calls.length} cohort awards)`,
  );
}

/**
 * Returns the occupation whose job offers share the most skills with the learner's badges, as
 * the learner's goal.
 */
function goalOf(resolver, learnerSkills, jobs) {
  let best;
  for (const job of jobs) {
    if (!job.occupationUri) continue;
    const shared = job.skills.filter((skill) => learnerSkills.has(skill.uri)).length;
    if (!best || shared > best.shared) best = { shared, occupationUri: job.occupationUri };
  }
  return resolver.occupation(best.occupationUri);
}

async function optIn(api, resolver, learners, awardedCourses, jobs) {
  const optedIn = await api.query.recommendations.learners.multi(
    learners.map((pair) => pair.address),
  );
  const pending = [];
  const goals = [];
  learners.forEach((pair, index) => {
    const learnerSkills = new Set(
      coursesOfLearner(awardedCourses, index + 1).flatMap((course) =>
        course.skills.map((skill) => skill.uri),
      ),
    );
    const goal = goalOf(resolver, learnerSkills, jobs);
    goals.push(`//Learner/${index + 1} -> ${utf8(goal.label)}`);
    if (optedIn[index].isSome) return;
    const preferences = { goal: goal.id, location: null, maxResults: MAX_RESULTS };
    pending.push(
      submit(api, api.tx.recommendations.optIn(preferences), pair, {
        label: `opt-in of //Learner/${index + 1}`,
      }),
    );
  });
  await Promise.all(pending);
  const done = learners.length - pending.length;
  log('opt-in', `${learners.length}/${learners.length} opted in (${done} already)`);
  for (const goal of goals) log('opt-in', `goal ${goal}`);
}

/** Waits up to 10 blocks for the off-chain workers' results of the opted-in learners. */
async function reportRecommendations(api, learners) {
  const addresses = learners.map((pair) => pair.address);
  try {
    await waitForBlocks(
      api,
      10,
      async () => {
        const results = await api.query.recommendations.results.multi(addresses);
        const dirty = await api.query.recommendations.dirty.multi(addresses);
        const ready = results.every((result, index) => result.isSome && dirty[index].isNone);
        return ready ? true : undefined;
      },
      'recommendations of every opted-in learner',
    );
  } catch (error) {
    log('recommendations', `warning: ${error.message}; the off-chain worker may still be busy`);
  }
  const results = await api.query.recommendations.results.multi(addresses);
  results.forEach((result, index) => {
    if (result.isNone) {
      log('recommendations', `//Learner/${index + 1}: none stored yet`);
      return;
    }
    const { jobs, courses } = result.unwrap();
    log('recommendations', `//Learner/${index + 1}: ${jobs.length} jobs, ${courses.length} courses`);
  });
}

async function main() {
  const { values } = parseArgs({
    options: { rpc: { type: 'string', default: DEFAULT_RPC }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log('Usage: node scripts/load-real-data.mjs [--rpc ws://127.0.0.1:9944]');
    return;
  }
  const started = Date.now();
  for (const line of ATTRIBUTION) log('data', line);

  const api = await connect(values.rpc);
  try {
    const chain = (await api.rpc.system.chain()).toString();
    const sudoKey = await api.query.sudo.key();
    const keyring = devKeyring(api.registry.chainSS58);
    const alice = keyring.addFromUri('//Alice');
    if (sudoKey.isNone || sudoKey.unwrap().toString() !== alice.address) {
      throw new Error(`${values.rpc} (${chain}) has no sudo key //Alice; use a --dev chain`);
    }
    log('chain', `${chain} at ${values.rpc}`);

    const employers = Array.from({ length: EMPLOYER_COUNT }, (_, i) =>
      keyring.addFromUri(`//Employer/${i + 1}`),
    );
    const issuer = keyring.addFromUri(ISSUER.uri);
    const provider = keyring.addFromUri(PROVIDER.uri);
    const learners = Array.from({ length: LEARNER_COUNT }, (_, i) =>
      keyring.addFromUri(`//Learner/${i + 1}`),
    );

    const jobs = readJson('data/jobs/jobs.json');
    const courses = readJson('data/courses/courses.json');
    log('data', `${jobs.length} job offers, ${courses.length} courses`);

    await fundAccounts(api, alice, [
      ...employers.map((pair) => ({ pair, amount: FUNDING.employer })),
      { pair: issuer, amount: FUNDING.issuer },
      { pair: provider, amount: FUNDING.provider },
      ...learners.map((pair) => ({ pair, amount: FUNDING.learner })),
    ]);
    await governance(api, alice, employers, [
      { pair: issuer, ...ISSUER },
      { pair: provider, ...PROVIDER },
    ]);

    const resolver = new EscoResolver(api);
    await resolver.resolveSkills([
      ...jobs.flatMap((job) => job.skills.map((skill) => skill.uri)),
      ...courses.flatMap((course) => course.skills.map((skill) => skill.uri)),
    ]);
    await resolver.resolveOccupations(jobs.map((job) => job.occupationUri).filter(Boolean));
    log(
      'esco',
      `resolved ${resolver.skills.size} skill and ${resolver.occupations.size} occupation URIs`,
    );

    const now = (await api.query.timestamp.now()).toBigInt();
    const expiresAt = now + LISTING_LIFETIME_MS;
    await loadJobs(api, resolver, employers, jobs, expiresAt);
    const classIds = await loadClasses(api, resolver, issuer, courses);
    await loadCourses(api, resolver, provider, courses, classIds, expiresAt);

    const awardedCourses = coursesClosestToJobs(courses, jobs, AWARDED_COURSE_COUNT);
    await awardBadges(api, issuer, learners, awardedCourses, classIds);
    const optedIn = learners.slice(0, OPTED_IN_LEARNERS);
    await optIn(api, resolver, optedIn, awardedCourses, jobs);
    await reportRecommendations(api, optedIn);

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log('done', `loaded in ${seconds} s`);
  } finally {
    await api.disconnect();
  }
}

main().catch((error) => {
  console.error(`load-real-data: ${error.stack ?? error}`);
  process.exit(1);
});
