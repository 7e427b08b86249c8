import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { openDatabase } from '@commerce/database';
import { CreateOutboxAndInbox1700000000000 } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { createTestDatabase, eventually, TestDatabase } from '@commerce/testing';
import { RetryableError } from '@commerce/http';
import { CreateOrders1700000000500 } from '../migrations/1700000000500-create-orders';
import { sleep } from './backoff';
import { SagaAbort, SagaDefinition, SagaFailure, SagaState, SagaStep, SagaWait } from './saga';
import { RunOptions, SagaRunner } from './saga-runner';
import { SagaStore } from './saga-store';
import { SagaWorker } from './saga-worker';

// Engines: PostgreSQL. Sagas made of recording steps, so the runner's bookkeeping is what is tested.
const logger = createLogger({ service: 'saga-test', level: 'silent' });
const policy = { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 40 };
const inline: RunOptions = { budgetMs: 5000, inlineRetries: 2 };
let database: TestDatabase;
let dataSource: DataSource;
let store: SagaStore;
let runner: SagaRunner;

type Input = { n: number };
type Outputs = Record<string, unknown>;

beforeAll(async () => {
  database = await createTestDatabase('sagas');
  dataSource = await openDatabase({
    url: database.url,
    poolSize: 5,
    entities: [],
    migrations: [CreateOutboxAndInbox1700000000000, CreateOrders1700000000500],
  });
  store = new SagaStore(dataSource, 2000);
  runner = new SagaRunner(store, (work) => dataSource.transaction(work), policy, logger);
});

// Workers claim every due saga in the table: each test leaves none behind (a deferred or taken-over
// saga would otherwise be run by the next test's worker, with that test's steps).
afterEach(async () => {
  await dataSource.query(
    `UPDATE sagas SET status = 'compensated', step = NULL, locked_until = NULL
     WHERE status IN ('running', 'waiting', 'compensating')`,
  );
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

/** A journal of what the steps and hooks did, in order. */
function journal() {
  const entries: string[] = [];
  const failures: SagaFailure[] = [];
  return { entries, failures, add: (entry: string) => entries.push(entry) };
}

/** A step that records itself; `behaviour` may throw to script a failure. */
function step(
  name: string,
  log: ReturnType<typeof journal>,
  behaviour?: (attempt: number) => Promise<Outputs | void>,
) {
  let attempt = 0;
  const definition: SagaStep<Input, Outputs> = {
    name,
    async invoke(ctx) {
      attempt += 1;
      log.add(`${name}`);
      const produced = await behaviour?.(attempt);
      return produced ?? { [name]: `done by ${ctx.orderId.slice(0, 4)}` };
    },
    async compensate(ctx) {
      log.add(`undo ${name} seeing ${JSON.stringify(Object.keys(ctx.outputs).sort())}`);
    },
    giveUp: { outcome: 'CANCELLED', code: 'SERVICE_UNAVAILABLE', reason: `${name} unavailable` },
  };
  return definition;
}

function saga(
  log: ReturnType<typeof journal>,
  steps: SagaStep<Input, Outputs>[],
  extra: Partial<SagaDefinition<Input, Outputs>> = {},
) {
  const definition: SagaDefinition<Input, Outputs> = {
    kind: 'checkout',
    steps,
    complete: async (manager: EntityManager, state) => {
      log.add('complete');
      await manager.query(`UPDATE orders SET status = 'PAID' WHERE id = $1`, [state.orderId]);
    },
    compensated: async (_manager, _state, failure) => {
      log.add('compensated');
      log.failures.push(failure);
    },
    ...extra,
  };
  return definition;
}

/** A minimal order row (sagas belong to orders) and its saga, leased to the caller. */
async function newSaga(step: string): Promise<SagaState<Input, Outputs>> {
  const orderId = randomUUID();
  return dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO orders (id, buyer_id, idempotency_key, checkout_fingerprint, status, currency, subtotal, discount,
         total, seller_ids, payment_method, status_history)
       VALUES ($1, $2, $3, 'f', 'PENDING', 'USD', 0, 0, 0, '{}', 'CARD', '[]')`,
      [orderId, randomUUID(), orderId],
    );
    return store.insert<Input, Outputs>(manager, {
      orderId,
      kind: 'checkout',
      step,
      input: { n: 1 },
      outputs: {},
    });
  });
}

async function row(state: SagaState<Input, Outputs>) {
  return (
    await dataSource.query('SELECT *, locked_until > now() AS leased FROM sagas WHERE id = $1', [state.id])
  )[0];
}

const transport = () => new RetryableError('catalog', 'connection refused');

describe('SagaRunner', () => {
  it('runs every step in order, keeps their outputs and closes with the completion hook', async () => {
    const log = journal();
    const definition = saga(log, [step('a', log), step('b', log), step('c', log)]);
    const state = await newSaga('a');
    expect(await runner.run(definition, state, inline)).toBe('completed');
    expect(log.entries).toEqual(['a', 'b', 'c', 'complete']);
    const saved = await row(state);
    expect(saved).toMatchObject({ status: 'completed', step: null, leased: null, attempts: 0 });
    expect(Object.keys(saved.outputs).sort()).toEqual(['a', 'b', 'c']);
    expect(
      (await dataSource.query('SELECT status FROM orders WHERE id = $1', [state.orderId]))[0].status,
    ).toBe('PAID');
  });

  it('on a refusal undoes the steps that happened, newest first, and not the refused one', async () => {
    const log = journal();
    const refuse = step('c', log, async () => {
      throw new SagaAbort({ outcome: 'PAYMENT_FAILED', code: 'PAYMENT_DECLINED', reason: 'declined' });
    });
    const definition = saga(log, [step('a', log), step('b', log), refuse, step('d', log)]);
    const state = await newSaga('a');
    expect(await runner.run(definition, state, inline)).toBe('compensated');
    expect(log.entries).toEqual([
      'a',
      'b',
      'c',
      'undo b seeing ["a","b"]',
      'undo a seeing ["a","b"]',
      'compensated',
    ]);
    expect(log.failures).toEqual([
      { outcome: 'PAYMENT_FAILED', code: 'PAYMENT_DECLINED', reason: 'declined' },
    ]);
    expect(await row(state)).toMatchObject({
      status: 'compensated',
      step: null,
      failure: { code: 'PAYMENT_DECLINED' },
    });
  });

  it('retries a transport failure inside the run, then hands the saga to the worker with back-off', async () => {
    const log = journal();
    const flaky = step('b', log, async () => {
      throw transport();
    });
    const definition = saga(log, [step('a', log), flaky]);
    const state = await newSaga('a');
    expect(await runner.run(definition, state, inline)).toBe('deferred');
    expect(log.entries).toEqual(['a', 'b', 'b', 'b']);
    const saved = await row(state);
    expect(saved).toMatchObject({
      status: 'running',
      step: 'b',
      attempts: 3,
      leased: null,
      last_error: 'catalog: connection refused',
    });
    expect(new Date(saved.next_attempt_at).getTime()).toBeGreaterThan(Date.now() - 1000);
  });

  it('gives up after maxAttempts and compensates the step in doubt too', async () => {
    const log = journal();
    const dead = step('b', log, async () => {
      throw transport();
    });
    const definition = saga(log, [step('a', log), dead]);
    const state = await newSaga('a');
    expect(await runner.run(definition, state, { budgetMs: 5000, inlineRetries: 10 })).toBe('compensated');
    expect(log.entries).toEqual([
      'a',
      'b',
      'b',
      'b',
      'b',
      'undo b seeing ["a"]',
      'undo a seeing ["a"]',
      'compensated',
    ]);
    expect(log.failures).toEqual([
      { outcome: 'CANCELLED', code: 'SERVICE_UNAVAILABLE', reason: 'b unavailable' },
    ]);
  });

  it('stops writing once another runner took the saga over (lease lapsed)', async () => {
    const log = journal();
    const slow = step('a', log, async () => {
      await sleep(2500); // longer than the 2 s lease
    });
    const definition = saga(log, [slow, step('b', log)]);
    const state = await newSaga('a');
    const first = runner.run(definition, state, inline);
    await eventually('the lease to lapse', async () => ((await row(state)).leased ? undefined : true));
    const [taken] = (await store.claimDue(10)).filter((s) => s.id === state.id);
    expect(taken.leaseToken).not.toBe(state.leaseToken);
    expect(await first).toBe('lost');
    expect(log.entries).toEqual(['a']);
    expect(await row(state)).toMatchObject({ status: 'running', step: 'a', lease_token: taken.leaseToken });
  });

  it('writes forward progress only before the pivot: a crash elsewhere repeats idempotent steps', async () => {
    const log = journal();
    const state = await newSaga('a');
    const persisted: string[] = [];
    const seeing = (name: string) =>
      step(name, log, async () => {
        persisted.push((await row(state)).step);
      });
    const definition = saga(log, [step('a', log), seeing('b'), seeing('c'), seeing('d')], { pivot: 'c' });
    expect(await runner.run(definition, state, inline)).toBe('completed');
    // While b runs the row still says a; the pivot c is checkpointed (a cancel request is read there).
    expect(persisted).toEqual(['a', 'c', 'c']);
    expect(await row(state)).toMatchObject({ status: 'completed', step: null });
  });

  it('checkpoints anyway once half the lease is gone, so a slow saga keeps its lease', async () => {
    const log = journal();
    const state = await newSaga('a');
    let seen = '';
    const slow = step('a', log, () => sleep(1100)); // the store's lease is 2000 ms
    const next = step('b', log, async () => {
      seen = (await row(state)).step;
    });
    expect(await runner.run(saga(log, [slow, next, step('c', log)]), state, inline)).toBe('completed');
    expect(seen).toBe('b');
  });

  it('honours a cancel request before the pivot: compensates and ends CANCELLED with the reason', async () => {
    const log = journal();
    const state = await newSaga('a');
    const requesting = step('a', log, async () => {
      await store.requestCancel(state.orderId, 'checkout', {
        reason: 'Cancelled by the buyer',
        actorId: 'buyer-1',
      });
    });
    const definition = saga(log, [requesting, step('b', log), step('c', log)], { pivot: 'b' });
    expect(await runner.run(definition, state, inline)).toBe('compensated');
    expect(log.entries).toEqual(['a', 'undo a seeing ["a"]', 'compensated']);
    expect(log.failures).toEqual([
      { outcome: 'CANCELLED', code: 'CANCELLED', reason: 'Cancelled by the buyer', actorId: 'buyer-1' },
    ]);
  });

  it('on a cancel also undoes a step that failed in transport (it may have acted)', async () => {
    const log = journal();
    const flaky = step('b', log, async () => {
      throw transport();
    });
    const definition = saga(log, [step('a', log), flaky, step('c', log)], { pivot: 'c' });
    const state = await newSaga('a');
    expect(await runner.run(definition, state, { budgetMs: 5000, inlineRetries: 0 })).toBe('deferred');
    await store.requestCancel(state.orderId, 'checkout', { reason: 'changed my mind', actorId: null });
    const claimed = (await store.claimForOrder(state.orderId, 'checkout')) as SagaState<Input, Outputs>;
    expect(await runner.run(definition, claimed, inline)).toBe('compensated');
    expect(log.entries).toEqual(['a', 'b', 'undo b seeing ["a"]', 'undo a seeing ["a"]', 'compensated']);
  });

  it('on a cancel also undoes the step a dead runner was in (it may have acted)', async () => {
    const log = journal();
    const definition = saga(log, [step('a', log), step('b', log), step('c', log)], { pivot: 'b' });
    // Checkpointed before the pivot by a runner that then died: its lease lapses.
    const state = await newSaga('b');
    await dataSource.query(`UPDATE sagas SET locked_until = now() - interval '1 second' WHERE id = $1`, [
      state.id,
    ]);
    await store.requestCancel(state.orderId, 'checkout', { reason: 'changed my mind', actorId: null });
    const claimed = (await store.claimForOrder(state.orderId, 'checkout')) as SagaState<Input, Outputs>;
    expect(claimed.attempts).toBe(1);
    expect(await runner.run(definition, claimed, inline)).toBe('compensated');
    expect(log.entries).toEqual(['undo b seeing []', 'undo a seeing []', 'compensated']);
  });

  it('ignores a cancel request after the pivot', async () => {
    const log = journal();
    const state = await newSaga('a');
    const requesting = step('b', log, async () => {
      await store.requestCancel(state.orderId, 'checkout', { reason: 'too late', actorId: null });
    });
    const definition = saga(log, [step('a', log), requesting, step('c', log)], { pivot: 'b' });
    expect(await runner.run(definition, state, inline)).toBe('completed');
    expect(log.entries).toEqual(['a', 'b', 'c', 'complete']);
  });

  it('never compensates a forward-only saga: a refusal or endless failures keep it retrying', async () => {
    const log = journal();
    const refusing = step('a', log, async (attempt) => {
      if (attempt < 3) throw new SagaAbort({ outcome: 'CANCELLED', code: 'X', reason: 'no' });
      if (attempt < 8) throw transport();
    });
    const definition = saga(log, [refusing], { forwardOnly: true });
    const state = await newSaga('a');
    expect(await runner.run(definition, state, { budgetMs: 5000, inlineRetries: 3 })).toBe('deferred');
    expect(
      await runner.run(
        definition,
        { ...state, leaseToken: (await store.claimForOrder(state.orderId, 'checkout'))!.leaseToken },
        { budgetMs: 5000, inlineRetries: 10 },
      ),
    ).toBe('completed');
    expect(log.entries.filter((e) => e === 'a')).toHaveLength(8);
    expect(log.entries).not.toContain('compensated');
  });
});

describe('waiting sagas', () => {
  function waitingDefinition(log: ReturnType<typeof journal>, untilMs: number) {
    const waiting = step('b', log, async () => {
      throw new SagaWait(
        new Date(Date.now() + untilMs),
        { paymentId: 'pay-9' },
        { outcome: 'PAYMENT_FAILED', code: 'TIMEOUT', reason: 'not approved' },
      );
    });
    return saga(log, [step('a', log), waiting, step('c', log)]);
  }

  it('parks without a lease until woken, then the worker finishes it', async () => {
    const log = journal();
    const definition = waitingDefinition(log, 60_000);
    const state = await newSaga('a');
    expect(await runner.run(definition, state, inline)).toBe('waiting');
    expect(await row(state)).toMatchObject({
      status: 'waiting',
      step: 'b',
      leased: null,
      outputs: { paymentId: 'pay-9' },
    });
    expect(
      await store.resumeWaiting(state.orderId, 'checkout', { paymentId: 'other' }, { approved: true }),
    ).toBe(false);
    expect(
      await store.resumeWaiting(state.orderId, 'checkout', { paymentId: 'pay-9' }, { approved: true }),
    ).toBe(true);
    // Woken, it goes through b again: the step decides from its outputs that the action is done.
    definition.steps[1] = step('b', log);
    const worker = new SagaWorker(
      store,
      runner,
      { checkout: definition },
      { pollIntervalMs: 20, concurrency: 2, budgetMs: 1000, retentionDays: 30 },
      logger,
    );
    worker.start();
    try {
      await eventually('completion', async () =>
        (await row(state)).status === 'completed' ? true : undefined,
      );
    } finally {
      await worker.stop();
    }
    expect(log.entries).toEqual(['a', 'b', 'b', 'c', 'complete']);
  });

  it('compensates with its timeout failure when nobody wakes it in time', async () => {
    const log = journal();
    const definition = waitingDefinition(log, 100);
    const state = await newSaga('a');
    expect(await runner.run(definition, state, inline)).toBe('waiting');
    const worker = new SagaWorker(
      store,
      runner,
      { checkout: definition },
      { pollIntervalMs: 20, concurrency: 2, budgetMs: 1000, retentionDays: 30 },
      logger,
    );
    worker.start();
    try {
      await eventually('compensation', async () =>
        (await row(state)).status === 'compensated' ? true : undefined,
      );
    } finally {
      await worker.stop();
    }
    expect(log.entries).toEqual([
      'a',
      'b',
      'undo b seeing ["a","paymentId"]',
      'undo a seeing ["a","paymentId"]',
      'compensated',
    ]);
    expect(log.failures).toEqual([{ outcome: 'PAYMENT_FAILED', code: 'TIMEOUT', reason: 'not approved' }]);
  });
});

describe('SagaStore', () => {
  it('purges finished sagas past retention and keeps the rest', async () => {
    const log = journal();
    const done = await newSaga('a');
    await runner.run(saga(log, [step('a', log)]), done, inline);
    const active = await newSaga('a');
    await dataSource.query(`UPDATE sagas SET updated_at = now() - interval '31 days' WHERE id = ANY($1)`, [
      [done.id, active.id],
    ]);
    expect(await store.purgeFinished(30)).toBeGreaterThanOrEqual(1);
    expect(await row(done)).toBeUndefined();
    expect(await row(active)).toMatchObject({ status: 'running' });
  });
});

describe('SagaWorker', () => {
  it('shares due sagas between two workers without running any twice', async () => {
    const log = journal();
    const definition = saga(log, [step('a', log, async () => sleep(20)), step('b', log)]);
    const states = await Promise.all(Array.from({ length: 12 }, () => newSaga('a')));
    // Leases given back, as a crashed runner's would lapse.
    await dataSource.query('UPDATE sagas SET locked_until = NULL WHERE id = ANY($1)', [
      states.map((s) => s.id),
    ]);
    const options = { pollIntervalMs: 20, concurrency: 3, budgetMs: 1000, retentionDays: 30 };
    const workers = [1, 2].map(
      () => new SagaWorker(store, runner, { checkout: definition }, options, logger),
    );
    workers.forEach((w) => w.start());
    try {
      await eventually('every saga to complete', async () => {
        const [{ n }] = await dataSource.query(
          `SELECT count(*)::int AS n FROM sagas WHERE id = ANY($1) AND status = 'completed'`,
          [states.map((s) => s.id)],
        );
        return n === 12 ? true : undefined;
      });
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    expect(log.entries.filter((e) => e === 'a')).toHaveLength(12);
    expect(log.entries.filter((e) => e === 'complete')).toHaveLength(12);
  });

  it('stops a running saga at shutdown and leaves it for the next process', async () => {
    const log = journal();
    const state = await newSaga('a');
    const hanging = step('a', log, () => new Promise(() => undefined));
    await dataSource.query('UPDATE sagas SET locked_until = NULL WHERE id = $1', [state.id]);
    const worker = new SagaWorker(
      store,
      runner,
      { checkout: saga(log, [hanging]) },
      { pollIntervalMs: 20, concurrency: 1, budgetMs: 1000, retentionDays: 30 },
      logger,
    );
    worker.start();
    await eventually('the step to start', async () => (log.entries.length > 0 ? true : undefined));
    const stopping = Date.now();
    await Promise.race([worker.stop(), sleep(3000)]);
    expect(Date.now() - stopping).toBeLessThan(3000);
    expect(await row(state)).toMatchObject({ status: 'running', step: 'a' });
  });
});
