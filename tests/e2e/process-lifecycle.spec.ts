/**
 * The built services as processes, the way an orchestrator runs them: a bad setting stops start-up
 * with one clear line per variable, and SIGTERM drains and exits 0 well within 10 s.
 * (npm test builds with tsc -b before jest runs, so dist/ is current.)
 */
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createTestDatabase, engines, TestDatabase } from '@commerce/testing';

const root = path.join(__dirname, '..', '..');
const usersMain = path.join(root, 'subgraphs/users/dist/main.js');

interface Running {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(script: string, env: Record<string, string>): Running {
  const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH ?? '', ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exit };
}

async function listeningPort(running: Running, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = running
      .output()
      .split('\n')
      .find((l) => l.includes('listening'));
    if (line) return JSON.parse(line).port;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`service did not start:\n${running.output()}`);
}

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('lifecycle');
});

afterAll(async () => {
  await database.drop();
});

it('refuses to start with bad settings, naming each bad variable, and exits 1', async () => {
  const running = run(usersMain, { USERS_PORT: '99999', DATABASE_URL: 'not a url', LOG_LEVEL: 'silent' });
  const { code } = await running.exit;
  expect(code).toBe(1);
  expect(running.output()).toContain('USERS_PORT has bad value "99999"');
  expect(running.output()).toContain('DATABASE_URL has bad value');
  expect(running.output()).not.toMatch(/\n\s+at /); // no stack trace
});

it('drains and exits 0 on SIGTERM well within 10 s', async () => {
  const running = run(usersMain, {
    USERS_PORT: '0',
    DATABASE_URL: database.url,
    REDIS_URL: engines.TEST_REDIS_URL,
    AMQP_URL: engines.TEST_AMQP_URL,
    PASSWORD_HASH_MEMORY_KIB: '1024',
    PASSWORD_HASH_ITERATIONS: '1',
  });
  const port = await listeningPort(running);
  const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
  expect(ready.status).toBe(200);
  const started = Date.now();
  running.child.kill('SIGTERM');
  const { code } = await running.exit;
  expect(code).toBe(0);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(running.output()).toContain('users stopped');
}, 30_000);
