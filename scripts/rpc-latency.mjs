#!/usr/bin/env node
// Measures how long a badge verification over JSON-RPC takes against a plain storage read of
// the same badge, on a running node, and prints the percentiles and their ratio.
//
// Usage: node scripts/rpc-latency.mjs [--rpc ws://127.0.0.1:9944] [--calls 4000]
//                                     [--json docs/benchmarks/rpc-latency.json]
//
// Both methods go over the same keep-alive HTTP connection, one request at a time, in
// alternation, and cycle through every badge on chain, so they meet the same caches and load.
// The first tenth of the calls warm up and are not counted. Needs a chain with badges (run
// scripts/load-real-data.mjs first) and the dependencies of tests/e2e.

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { connect, DEFAULT_RPC } from '../tests/e2e/lib/chain.mjs';

const { values: options } = parseArgs({
  options: {
    rpc: { type: 'string', default: DEFAULT_RPC },
    calls: { type: 'string', default: '4000' },
    json: { type: 'string' },
  },
});
const calls = Number.parseInt(options.calls, 10);
if (!Number.isSafeInteger(calls) || calls < 100) {
  console.error(`rpc-latency: --calls ${options.calls} is not a whole number of at least 100`);
  process.exit(2);
}
const httpUrl = options.rpc.replace(/^ws/, 'http');

const api = await connect(options.rpc);
const entries = await api.query.badges.badges.entries();
const badges = entries.map(([key]) => ({ id: key.args[0].toNumber(), key: key.toHex() }));
await api.disconnect();
if (badges.length === 0) {
  console.error('rpc-latency: the chain contains no badges; run scripts/load-real-data.mjs first');
  process.exit(1);
}

let requestId = 0;
async function timed(method, params) {
  requestId += 1;
  const body = JSON.stringify({ jsonrpc: '2.0', id: requestId, method, params });
  const start = process.hrtime.bigint();
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
  });
  const reply = await response.json();
  const elapsed = Number(process.hrtime.bigint() - start) / 1e3;
  if (reply.error || reply.result == null) {
    throw new Error(`${method}(${JSON.stringify(params)}) failed: ${JSON.stringify(reply)}`);
  }
  return elapsed;
}

const samples = { verify: [], read: [] };
const warmUp = Math.floor(calls / 10);
for (let index = 0; index < calls + warmUp; index += 1) {
  const badge = badges[index % badges.length];
  const verify = await timed('lifelong_verifyBadge', [badge.id]);
  const read = await timed('state_getStorage', [badge.key]);
  if (index >= warmUp) {
    samples.verify.push(verify);
    samples.read.push(read);
  }
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  const round = (value) => Math.round(value);
  return { p50: round(at(0.5)), p90: round(at(0.9)), p99: round(at(0.99)), mean: round(mean) };
}

const verify = summary(samples.verify);
const read = summary(samples.read);
const result = {
  calls,
  badges: badges.length,
  unit: 'microseconds',
  lifelong_verifyBadge: verify,
  state_getStorage: read,
  p99_ratio: Math.round((verify.p99 / read.p99) * 100) / 100,
};

console.log(`rpc-latency: ${calls} calls of each method over ${badges.length} badges (µs)`);
console.log('| method | p50 | p90 | p99 | mean |');
console.log('|---|---|---|---|---|');
for (const [name, stats] of [['lifelong_verifyBadge', verify], ['state_getStorage', read]]) {
  console.log(`| ${name} | ${stats.p50} | ${stats.p90} | ${stats.p99} | ${stats.mean} |`);
}
console.log(`p99 ratio (verify / read): ${result.p99_ratio}`);
if (options.json) {
  writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
}
