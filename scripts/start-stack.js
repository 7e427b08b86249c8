#!/usr/bin/env node
/**
 * `npm run start:stack`: every service as its own process against the engines of `scripts/services`
 * (PostgreSQL, Redis, RabbitMQ...). Stops all of them on Ctrl-C. In production an orchestrator runs
 * the same entry points (see docker-compose.yml).
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { subgraphs } = require('./lib/subgraphs');

const root = path.join(__dirname, '..');
const children = [];

/**
 * Services named in STACK_DEVELOPMENT_SERVICES (comma separated) run with NODE_ENV=development whatever
 * the rest use: the benchmarks run everything as in production except payments, whose production
 * settings refuse the local Stripe test server (stripe-mock).
 */
const developmentServices = new Set(
  (process.env.STACK_DEVELOPMENT_SERVICES ?? '').split(',').filter(Boolean),
);

/**
 * Services named in STACK_PROFILE_SERVICES (comma separated) write a V8 CPU profile to
 * STACK_PROFILE_DIR (default .profiles/) when they stop: how the benchmarks find where CPU goes.
 */
const profiledServices = new Set((process.env.STACK_PROFILE_SERVICES ?? '').split(',').filter(Boolean));
const profileDir = process.env.STACK_PROFILE_DIR ?? path.join(root, '.profiles');

/**
 * PostgreSQL on this machine (scripts/services) is reached over its Unix socket when there is one:
 * a loopback TCP round trip costs about twice a socket one here, and a checkout is ~60 of them
 * (docs/benchmarks.md). STACK_POSTGRES_TCP=1, or a DATABASE_URL of your own, keeps TCP.
 */
const postgresSocketDir = '/var/run/postgresql';
const useSocket =
  !process.env.DATABASE_URL &&
  process.env.STACK_POSTGRES_TCP !== '1' &&
  fs.existsSync(path.join(postgresSocketDir, '.s.PGSQL.5432'));

function databaseUrl(name) {
  return `postgres://postgres:postgres@localhost/${name}?host=${encodeURIComponent(postgresSocketDir)}`;
}

/**
 * V8 flags per service. The gateway allocates a short-lived copy of every subgraph answer it merges:
 * a 64 MB young generation lets those die in cheap scavenges instead of being promoted (about a fifth
 * less CPU per heavy query, docs/decisions/0065).
 */
const NODE_FLAGS = { gateway: ['--max-semi-space-size=64'] };

function run(name, script) {
  const env = { ...process.env, RUNTIME_MODE: 'stack' };
  // Each subgraph's database is named after it (the services' own default DATABASE_URL).
  if (useSocket && name !== 'gateway') env.DATABASE_URL = databaseUrl(name);
  if (developmentServices.has(name)) env.NODE_ENV = 'development';
  const profile = profiledServices.has(name) ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, ...(NODE_FLAGS[name] ?? []), path.join(root, script)], {
    env,
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`${name} exited (${signal ?? code}); stopping the stack`);
      shutdown(1);
    }
  });
  children.push(child);
}

let shuttingDown = false;
function shutdown(code) {
  shuttingDown = true;
  for (const child of children) child.kill('SIGTERM');
  Promise.all(
    children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve() : c.on('exit', resolve)))),
  ).then(() => process.exit(code));
}

for (const subgraph of subgraphs) run(subgraph.name, subgraph.main);
// The gateway verifies tokens with the users service's JWKS, fetched lazily: it may start alongside.
run('gateway', 'gateway/dist/main.js');
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
