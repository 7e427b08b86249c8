/**
 * The built services as processes, the way an orchestrator runs them: a bad setting stops start-up
 * with one clear line per variable, and SIGTERM drains and exits 0 well within 10 s.
 * (npm test builds with tsc -b before jest runs, so dist/ is current.)
 */
import path from 'node:path';
import { createTestDatabase, engines, TestDatabase } from '@commerce/testing';
import { listeningPort, runServiceProcess } from '../support/service-process';

const root = path.join(__dirname, '..', '..');
const usersMain = path.join(root, 'subgraphs/users/dist/main.js');

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('lifecycle');
});

afterAll(async () => {
  await database.drop();
});

it('refuses to start with bad settings, naming each bad variable, and exits 1', async () => {
  const running = runServiceProcess(usersMain, {
    USERS_PORT: '99999',
    DATABASE_URL: 'not a url',
    LOG_LEVEL: 'silent',
  });
  const { code } = await running.exit;
  expect(code).toBe(1);
  expect(running.output()).toContain('USERS_PORT has bad value "99999"');
  expect(running.output()).toContain('DATABASE_URL has bad value');
  expect(running.output()).not.toMatch(/\n\s+at /); // no stack trace
});

it('drains and exits 0 on SIGTERM well within 10 s', async () => {
  const running = runServiceProcess(usersMain, {
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
