#!/usr/bin/env node
// Waits until a node on 127.0.0.1:PORT responds to JSON-RPC over HTTP, polling every 100 ms.
// Usage: node scripts/wait-for-rpc.mjs PORT PID [TIMEOUT_SECONDS]
// Exits 0 once the node responds, 1 if process PID has exited, 2 after TIMEOUT_SECONDS
// (default 120). It prints nothing, so that each caller can report in its own words.
const [port, pid, timeoutSeconds = '120'] = process.argv.slice(2).map(Number);
if (![port, pid, timeoutSeconds].every(Number.isSafeInteger)) {
  console.error('wait-for-rpc: usage: node scripts/wait-for-rpc.mjs PORT PID [TIMEOUT_SECONDS]');
  process.exit(64);
}

function isRunning(processId) {
  try {
    process.kill(processId, 0);
    return true;
  } catch {
    return false;
  }
}

async function responds() {
  try {
    const response = await fetch(`http://127.0.0.1:${port}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'system_health', params: [] }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

const deadline = Date.now() + timeoutSeconds * 1000;
while (Date.now() < deadline) {
  if (!isRunning(pid)) {
    process.exit(1);
  }
  if (await responds()) {
    process.exit(0);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
process.exit(2);
