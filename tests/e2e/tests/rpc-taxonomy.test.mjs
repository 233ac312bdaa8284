// The taxonomy and skill-gap JSON-RPC methods on a real node, with their error cases: each bad
// value fails with the documented code and a message that names it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { setUp } from '../lib/fixture.mjs';

const MUSICAL_STAFF_URI = 'http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab';
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';

describe('taxonomy JSON-RPC', () => {
  let ctx;

  before(async () => {
    ctx = await setUp();
  });

  after(async () => {
    await ctx?.tearDown();
  });

  it('resolves a skill by URI and by id', async () => {
    const byUri = await ctx.rpc('lifelong_skill', [MUSICAL_STAFF_URI]);
    assert.equal(byUri.label, 'manage musical staff');
    assert.equal(byUri.id, 0);
    const byId = await ctx.rpc('lifelong_skill', [0]);
    assert.equal(byId.uri, MUSICAL_STAFF_URI);
  });

  it('rejects an unknown skill with 4004', async () => {
    await assert.rejects(
      ctx.rpc('lifelong_skill', ['http://data.europa.eu/esco/skill/no-such-skill']),
      (error) => {
        assert.match(error.message, /^4004: skill .*no-such-skill.* not found/);
        return true;
      },
    );
  });

  it('rejects a malformed skill with 4000', async () => {
    await assert.rejects(ctx.rpc('lifelong_skill', [{ id: 1 }]), (error) => {
      assert.match(error.message, /^4000: invalid skill \{"id":1\}: expected an ESCO skill URI/);
      return true;
    });
  });

  it('rejects text that is neither URI nor id with 4000', async () => {
    await assert.rejects(ctx.rpc('lifelong_skill', ['not a uri']), (error) => {
      assert.match(error.message, /^4000: invalid skill "not a uri": expected an ESCO skill URI/);
      assert.match(error.message, /or a skill id such as 0/);
      return true;
    });
  });

  it('rejects a malformed block hash with 4000', async () => {
    await assert.rejects(ctx.rpc('lifelong_skill', [0, '0x1234']), (error) => {
      assert.match(error.message, /^4000: invalid block hash "0x1234"/);
      assert.match(error.message, /leave it out to read the best block/);
      return true;
    });
  });

  it('reads the best block when the block hash is null', async () => {
    const skill = await ctx.rpc('lifelong_skill', [0, null]);
    assert.equal(skill.uri, MUSICAL_STAFF_URI);
  });

  it('returns an occupation with resolved skills', async () => {
    const occupation = await ctx.rpc('lifelong_occupation', [0]);
    assert.equal(occupation.id, 0);
    assert.ok(occupation.essentialSkills.length > 0);
    assert.ok(occupation.essentialSkills.every((skill) => skill.uri.startsWith('http')));
    const byUri = await ctx.rpc('lifelong_occupation', [occupation.uri]);
    assert.equal(byUri.label, occupation.label);
  });

  it('rejects an unknown occupation with 4004', async () => {
    await assert.rejects(ctx.rpc('lifelong_occupation', [4_000_000]), (error) => {
      assert.match(error.message, /^4004: occupation 4000000 not found/);
      assert.match(error.message, /lifelong_occupation resolves both/);
      return true;
    });
  });

  it('compares a learner with an occupation', async () => {
    const gap = await ctx.rpc('lifelong_skillGap', [ALICE, { occupation: 0 }]);
    assert.equal(gap.learner, ALICE);
    assert.equal(gap.fullMatch, false);
    assert.ok(gap.missing.length > 0);
  });

  it('rejects a skill-gap target of another shape with 4000', async () => {
    await assert.rejects(ctx.rpc('lifelong_skillGap', [ALICE, { course: 1 }]), (error) => {
      assert.match(error.message, /^4000: invalid target/);
      return true;
    });
  });

  it('rejects an unknown job with 4004', async () => {
    await assert.rejects(ctx.rpc('lifelong_skillGap', [ALICE, { job: 4_000_000 }]), (error) => {
      assert.match(error.message, /^4004: job 4000000 not found/);
      assert.match(error.message, /lifelong_recommendations lists the jobs/);
      return true;
    });
  });

  it('rejects an invalid address with 4000', async () => {
    await assert.rejects(ctx.rpc('lifelong_skillProfile', ['not-an-address']), (error) => {
      assert.match(error.message, /^4000: invalid account "not-an-address"/);
      return true;
    });
  });
});
