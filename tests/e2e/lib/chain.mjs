// Helpers shared by the end-to-end tests and scripts/load-real-data.mjs: connecting, signing,
// waiting for inclusion and decoding dispatch errors from the runtime's metadata.

import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';

export { ApiPromise, Keyring, WsProvider };
// Re-exported for scripts outside tests/e2e, which cannot resolve its node_modules.
export { stringToU8a, u8aToHex } from '@polkadot/util';
export { cryptoWaitReady, sha256AsU8a } from '@polkadot/util-crypto';

/** Default JSON-RPC endpoint of a development node. */
export const DEFAULT_RPC = 'ws://127.0.0.1:9944';

/** Smallest units in one LLC, the chain's token (12 decimals). */
export const UNIT = 1_000_000_000_000n;

/** Seconds to wait for a transaction's inclusion before giving up: ten 6-second blocks. */
const INCLUSION_TIMEOUT_SECONDS = 60;

/** Providers of the APIs that `connect` created, for JSON-RPC methods the API does not decorate. */
const providers = new WeakMap();

/**
 * Connects to `endpoint` and waits until the metadata is loaded. Fails after `timeoutMs` if the
 * node does not respond, instead of retrying forever as WsProvider does by default.
 */
export async function connect(endpoint = DEFAULT_RPC, timeoutMs = 30_000) {
  await cryptoWaitReady();
  const provider = new WsProvider(endpoint, 1_000, {}, timeoutMs);
  const ready = ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`connecting to ${endpoint} timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    const api = await Promise.race([ready, timeout]);
    providers.set(api, provider);
    return api;
  } catch (error) {
    await provider.disconnect().catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Calls a JSON-RPC method that @polkadot/api has no definition for, such as the node's
 * `lifelong_*` methods, and returns its JSON result. A JSON-RPC error rejects with an Error whose
 * `code` is the error code.
 */
export function sendRpc(api, method, params = []) {
  return providers.get(api).send(method, params);
}

/** Returns an sr25519 keyring that derives accounts from the development phrase. */
export function devKeyring(ss58Format = 42) {
  return new Keyring({ type: 'sr25519', ss58Format });
}

/**
 * Returns `section.Name` of a dispatch error, decoded from the metadata for module errors
 * (for example `badges.IssuerNotAccredited`), or the variant name for the others (for example
 * `BadOrigin`, or `Token.FundsUnavailable`).
 */
export function errorName(api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}`;
  }
  const inner = dispatchError.value;
  if (inner && typeof inner.type === 'string' && !inner.isEmpty) {
    return `${dispatchError.type}.${inner.type}`;
  }
  return dispatchError.type;
}

/** Error thrown when an extrinsic is included but its dispatch failed. */
export class DispatchFailed extends Error {
  constructor(label, name, blockHash, events) {
    super(`${label} failed with ${name} in block ${blockHash}`);
    this.errorName = name;
    this.blockHash = blockHash;
    this.events = events;
  }
}

/**
 * Returns the error name of the first failed sudo call among `events`, or `undefined`. Sudo
 * reports the inner call's failure in its `Sudid` event, while the extrinsic itself succeeds.
 */
function sudoErrorName(api, events) {
  for (const { event } of events) {
    if (api.events.sudo.Sudid.is(event) && event.data.sudoResult.isErr) {
      return errorName(api, event.data.sudoResult.asErr);
    }
  }
  return undefined;
}

/**
 * Signs and submits `tx` with `signer`, waits until a block includes it (not for finality), and
 * returns `{ blockHash, events }` with the events of this extrinsic. Rejects with
 * `DispatchFailed` when the dispatch failed, including a failed call inside `sudo`, and with a
 * plain Error when the pool rejects the transaction or inclusion times out. `nonce` lets a
 * caller submit several transactions of one account without waiting between them.
 */
export function submit(api, tx, signer, { label = describe(tx), nonce = -1 } = {}) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    let settled = false;
    const finish = (action, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unsubscribe();
      action(value);
    };
    const timer = setTimeout(
      () =>
        finish(
          reject,
          new Error(`${label}: not included within ${INCLUSION_TIMEOUT_SECONDS} s`),
        ),
      INCLUSION_TIMEOUT_SECONDS * 1000,
    );
    tx.signAndSend(signer, { nonce }, (result) => {
      const { status, dispatchError, events } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        finish(reject, new Error(`${label}: the transaction pool reported ${status.type}`));
        return;
      }
      if (!status.isInBlock) return;
      const blockHash = status.asInBlock.toHex();
      if (dispatchError) {
        const name = errorName(api, dispatchError);
        finish(reject, new DispatchFailed(label, name, blockHash, events));
        return;
      }
      const sudoError = sudoErrorName(api, events);
      if (sudoError) {
        finish(reject, new DispatchFailed(label, sudoError, blockHash, events));
        return;
      }
      finish(resolve, { blockHash, events });
    })
      .then((unsub) => {
        unsubscribe = unsub;
        if (settled) unsub();
      })
      .catch((error) => finish(reject, new Error(`${label}: ${error.message}`)));
  });
}

/**
 * Submits `tx` and returns the decoded name of the error it fails with. Throws when the
 * transaction succeeds, so the test reports which bad input was accepted.
 */
export async function expectDispatchError(api, tx, signer, label = describe(tx)) {
  try {
    await submit(api, tx, signer, { label });
  } catch (error) {
    if (error instanceof DispatchFailed) return error.errorName;
    throw error;
  }
  throw new Error(`${label} succeeded, but it was expected to fail`);
}

/** Returns `pallet.call` of a call or extrinsic, for labels. */
export function describe(tx) {
  const { section, method } = tx.method ?? tx;
  return `${section}.${method}`;
}

/** Returns the next nonce of `address`, counting transactions in the pool. */
export async function nextNonce(api, address) {
  return (await api.rpc.system.accountNextIndex(address)).toNumber();
}

/** Returns the events of `section.method` among `events` (the output of `submit`). */
export function eventsOf(api, events, section, method) {
  return events
    .map(({ event }) => event)
    .filter((event) => api.events[section][method].is(event));
}

/**
 * Waits for new best blocks until `check()` returns a value other than `undefined`, and returns
 * it. `check` runs once at the start and after each new block. Rejects after `maxBlocks` new
 * blocks with `message`.
 */
export function waitForBlocks(api, maxBlocks, check, message = 'condition') {
  return new Promise((resolve, reject) => {
    let seen = 0;
    let busy = false;
    let done = false;
    let unsubscribe = () => {};
    const finish = (action, value) => {
      if (done) return;
      done = true;
      unsubscribe();
      action(value);
    };
    const evaluate = async (isNewBlock) => {
      if (isNewBlock) seen += 1;
      if (busy || done) return;
      busy = true;
      try {
        const value = await check();
        if (value !== undefined) {
          finish(resolve, value);
        } else if (seen >= maxBlocks) {
          finish(reject, new Error(`${message}: not reached within ${maxBlocks} blocks`));
        }
      } catch (error) {
        finish(reject, error);
      } finally {
        busy = false;
      }
    };
    api.rpc.chain
      .subscribeNewHeads(() => evaluate(true))
      .then((unsub) => {
        unsubscribe = unsub;
        if (done) unsub();
      })
      .catch((error) => finish(reject, error));
    evaluate(false);
  });
}

/** Decodes UTF-8 bytes of a `Bytes` or `Vec<u8>` codec. */
export function utf8(codec) {
  return Buffer.from(codec.toU8a(true)).toString('utf8');
}
