#!/usr/bin/env node
// Prints COUNT free TCP ports on 127.0.0.1, separated by spaces, for tests and benchmarks
// that start their own nodes. Usage: node scripts/free-ports.mjs [COUNT]
import { createServer } from 'node:net';

const count = Number.parseInt(process.argv[2] ?? '1', 10);
if (!Number.isSafeInteger(count) || count < 1 || count > 64) {
  console.error(`free-ports: COUNT ${process.argv[2]} is invalid; give a number from 1 to 64`);
  process.exit(2);
}
// All servers stay open until every port is known, so no port is handed out twice.
const servers = Array.from({ length: count }, () => createServer());
const ports = await Promise.all(
  servers.map(
    (server) =>
      new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port))),
  ),
);
servers.forEach((server) => server.close());
console.log(ports.join(' '));
