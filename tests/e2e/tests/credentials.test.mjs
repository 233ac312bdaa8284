// Open Badges credentials against a real node: the evidence hash of a credential file anchors a
// badge, lifelong_verifyCredential finds it again, and the badge's Open Badges 3.0 export is
// valid under 1EdTech's JSON Schemas.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';

import { randomAsHex } from '@polkadot/util-crypto';

import { submit } from '../lib/chain.mjs';
import { rpcMethods, setUp, SKILL_URIS } from '../lib/fixture.mjs';

const require = createRequire(import.meta.url);
const Ajv2019 = require('ajv/dist/2019').default;
const addFormats = require('ajv-formats').default;

const testData = new URL('../../../credentials/test-data/', import.meta.url);
const readJson = (relativePath) => JSON.parse(readFileSync(new URL(relativePath, testData), 'utf8'));

/** 1EdTech's AchievementCredential schemas (draft 2019-09): the purl file and the formal build. */
const SCHEMAS = {
  'purl schema': 'ob-v3-schema/ob_v3p0_achievementcredential_schema.json',
  'formal schema': 'ob-v3-schema/formal-1edtech-build/achievementcredential.json',
};

/** An upstream Open Badges 3.0 credential from 1EdTech's validator fixtures. */
const SAMPLE_CREDENTIAL =
  'validator-fixtures/inspector-vc/src/test/resources/ob30/simple.json';

describe('Open Badges credentials', () => {
  let ctx;
  let api;
  let issuer;
  let learner;
  let classId;
  let credential;
  let evidence;
  let exportedBadge;

  const requireMethods = async (...names) => {
    const methods = await rpcMethods(api);
    for (const name of names) {
      assert.ok(methods.includes(name), `the node offers no ${name} JSON-RPC method`);
    }
  };

  before(async () => {
    ctx = await setUp();
    api = ctx.api;
    const run = Date.now();
    issuer = ctx.keyring.addFromUri(`//E2E/${run}/Credentials/Issuer`);
    learner = ctx.keyring.addFromUri(`//E2E/${run}/Credentials/Learner`);
    await ctx.fund([issuer, learner]);
    await ctx.sudo(
      api.tx.badges.accreditIssuer(issuer.address, 'E2E Academy', 'https://academy.example'),
    );
    const geology = await ctx.skillId(SKILL_URIS.geology);
    classId = await ctx.createClass(issuer, 'Applied geology', [[geology, 'Intermediate']]);
    // A fresh id makes the hash unique, so the test also passes against a node it ran on before.
    credential = { ...readJson(SAMPLE_CREDENTIAL), id: `urn:uuid:${randomUUID()}` };
    exportedBadge = await ctx.award(issuer, classId, learner, randomAsHex(32));
  });

  after(() => ctx?.tearDown());

  it('credential hash is the same for JSON and file bytes', async () => {
    await requireMethods('lifelong_credentialHash');
    const fromObject = await ctx.rpc('lifelong_credentialHash', [credential]);
    const fileBytes = Buffer.from(JSON.stringify(credential, null, 2)).toString('base64');
    const fromFile = await ctx.rpc('lifelong_credentialHash', [fileBytes]);

    assert.equal(fromObject.openBadgesVersion, '3.0');
    assert.equal(fromObject.source, 'json');
    assert.match(fromObject.evidenceHash, /^0x[0-9a-f]{64}$/);
    assert.equal(fromFile.evidenceHash, fromObject.evidenceHash);
    evidence = fromObject.evidenceHash;
  });

  it('anchored credential verifies', async () => {
    await requireMethods('lifelong_verifyCredential');
    assert.ok(evidence, 'no evidence hash: the credential hash test failed');
    const before = await ctx.rpc('lifelong_verifyCredential', [credential]);
    assert.equal(before.anchored, false);
    assert.equal(before.badge, null);

    const badge = await ctx.award(issuer, classId, learner, evidence);
    const answer = await ctx.rpc('lifelong_verifyCredential', [credential]);
    assert.equal(answer.anchored, true);
    assert.equal(answer.evidenceHash, evidence);
    assert.equal(answer.badge.badgeId, badge);
    assert.equal(answer.badge.valid, true);
    assert.equal(answer.badge.learner, learner.address);

    await submit(api, api.tx.badges.revokeBadge(badge, 'Superseded', null), issuer);
    const revoked = await ctx.rpc('lifelong_verifyCredential', [credential]);
    assert.equal(revoked.badge.status, 'revoked');
    assert.equal(revoked.badge.valid, false);
  });

  it('export validates against OB 3.0 schemas', async () => {
    await requireMethods('lifelong_exportOpenBadge');
    const exported = await ctx.rpc('lifelong_exportOpenBadge', [exportedBadge]);

    for (const [schemaName, schemaPath] of Object.entries(SCHEMAS)) {
      const ajv = new Ajv2019({ allErrors: true, strict: false });
      addFormats(ajv);
      const validate = ajv.compile(readJson(schemaPath));
      const valid = validate(exported);
      assert.ok(valid, `invalid under the ${schemaName}: ${ajv.errorsText(validate.errors)}`);
    }
    assert.ok(exported.type.includes('OpenBadgeCredential'));
    assert.equal(exported.credentialStatus.badgeId, String(exportedBadge));
    assert.equal(exported.credentialStatus.status, 'active');
  });

  it('schemas reject a broken export', async () => {
    const exported = await ctx.rpc('lifelong_exportOpenBadge', [exportedBadge]);
    const broken = { ...exported, '@context': exported['@context'].slice(1) };
    for (const [schemaName, schemaPath] of Object.entries(SCHEMAS)) {
      const ajv = new Ajv2019({ allErrors: true, strict: false });
      addFormats(ajv);
      const validate = ajv.compile(readJson(schemaPath));
      assert.equal(validate(broken), false, `the ${schemaName} accepts an export without the VC context`);
    }
  });

  it('export reports revocation', async () => {
    await submit(api, api.tx.badges.revokeBadge(exportedBadge, 'Superseded', null), issuer);
    const exported = await ctx.rpc('lifelong_exportOpenBadge', [exportedBadge]);
    assert.equal(exported.credentialStatus.status, 'revoked');
  });
});
