/**
 * The environment a service gets in full-stack mode (scripts/start-stack.js, scripts/run-group.js).
 *
 * PostgreSQL on this machine (scripts/services) is reached over its Unix socket when there is one:
 * a loopback TCP round trip costs about twice a socket one here, and a checkout is ~60 of them
 * (docs/benchmarks.md). STACK_POSTGRES_TCP=1, or a DATABASE_URL of your own, keeps TCP.
 */
const fs = require('node:fs');
const path = require('node:path');

const postgresSocketDir = '/var/run/postgresql';
const useSocket =
  !process.env.DATABASE_URL &&
  process.env.STACK_POSTGRES_TCP !== '1' &&
  fs.existsSync(path.join(postgresSocketDir, '.s.PGSQL.5432'));

function databaseUrl(name) {
  return `postgres://postgres:postgres@localhost/${name}?host=${encodeURIComponent(postgresSocketDir)}`;
}

/** What `name` (a subgraph, a group `a+b`, or the gateway) adds to the launcher's own environment. */
function stackEnv(name) {
  const env = { RUNTIME_MODE: 'stack' };
  if (useSocket && name !== 'gateway' && !name.includes('+')) env.DATABASE_URL = databaseUrl(name);
  return env;
}

module.exports = { stackEnv };
