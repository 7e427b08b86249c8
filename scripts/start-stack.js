#!/usr/bin/env node
/**
 * `npm run start:stack`: every service as its own process against the engines of `scripts/services`
 * (PostgreSQL, Redis, RabbitMQ...). Stops all of them on Ctrl-C. In production an orchestrator runs
 * the same entry points (see docker-compose.yml).
 */
const { spawn } = require('node:child_process');
const path = require('node:path');
const subgraphs = require('./lib/subgraphs');

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

function run(name, script) {
  const env = { ...process.env, RUNTIME_MODE: 'stack' };
  if (developmentServices.has(name)) env.NODE_ENV = 'development';
  const child = spawn(process.execPath, [path.join(root, script)], {
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
