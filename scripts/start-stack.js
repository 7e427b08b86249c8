#!/usr/bin/env node
/**
 * `npm run start:stack`: every service as its own process (or, with STACK_GROUPS, some of them together
 * in one) against the engines of `scripts/services` (PostgreSQL, Redis, RabbitMQ...). Stops all of them on Ctrl-C. In production an orchestrator runs
 * the same entry points (see docker-compose.yml).
 */
const { spawn } = require('node:child_process');
const path = require('node:path');
const { subgraphs } = require('./lib/subgraphs');
const { stackEnv } = require('./lib/stack-env');

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
 * Deployment grouping: STACK_GROUPS names sets of subgraphs that run in ONE process each, e.g.
 * `STACK_GROUPS=orders+cart+catalog+payments` (the checkout cell); several groups are separated by
 * commas. Grouped services call each other's internal routes in memory (INTERNAL_CALLS_IN_PROCESS);
 * every other service keeps its own process. The default is one process per service.
 */
const groups = (process.env.STACK_GROUPS ?? '')
  .split(',')
  .filter(Boolean)
  .map((group) => group.split('+').filter(Boolean));
const grouped = new Set(groups.flat());
for (const name of grouped) {
  if (!subgraphs.some((s) => s.name === name)) throw new Error(`STACK_GROUPS names no subgraph "${name}"`);
}

/**
 * V8 flags per service. The gateway allocates a short-lived copy of every subgraph answer it merges:
 * a 64 MB young generation lets those die in cheap scavenges instead of being promoted (about a fifth
 * less CPU per heavy query, docs/decisions/0065).
 */
const NODE_FLAGS = { gateway: ['--max-semi-space-size=64'] };

function run(name, args) {
  // Each subgraph's database is named after it (the services' own default DATABASE_URL).
  const env = { ...process.env, ...stackEnv(name) };
  if (developmentServices.has(name)) env.NODE_ENV = 'development';
  const profile = profiledServices.has(name) ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, ...(NODE_FLAGS[name] ?? []), ...args], {
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

for (const subgraph of subgraphs) {
  if (!grouped.has(subgraph.name)) run(subgraph.name, [path.join(root, subgraph.main)]);
}
// A group starts its members in the order of scripts/lib/subgraphs.js (consumers first).
for (const group of groups) {
  const members = subgraphs.filter((s) => group.includes(s.name)).map((s) => s.name);
  run(members.join('+'), [path.join(__dirname, 'run-group.js'), ...members]);
}
// The gateway verifies tokens with the users service's JWKS, fetched lazily: it may start alongside.
run('gateway', [path.join(root, 'gateway/dist/main.js')]);
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
