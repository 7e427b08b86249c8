import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { openDatabase } from '@commerce/database';
import { createLogger } from '@commerce/logging';
import { createTestDatabase, eventually, TestDatabase } from '@commerce/testing';
import { retryDelayMs, sleep } from './backoff';
import {
  CompensatingSaga,
  ForwardOnlySaga,
  SagaAbort,
  SagaFailure,
  SagaState,
  SagaStep,
  SagaWait,
} from './saga';
import { RunOptions, SagaRunner } from './saga-runner';
import { SagaStore } from './saga-store';
import { CreateSagas1700000000010 } from './saga-table';
import { SagaWorker } from './saga-worker';

// Engines: PostgreSQL. A tiny saga of recording steps acting for rows of a `subjects` table, so the
// runner's bookkeeping is what is tested.
const logger = createLogger({ service: 'saga-test', level: 'silent' });
const policy = { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 40 };
const inline: RunOptions = { budgetMs: 5000, inlineRetries: 2 };
const KIND = 'test';
let database: TestDatabase;
let dataSource: DataSource;
let store: SagaStore;
let runner: SagaRunner;

type Input = { n: number };
type Outputs = Record<string, unknown>;
type Outcome = 'FAILED' | 'CANCELLED';
type State = SagaState<Input, Outputs, Outcome>;
type Step = SagaStep<Input, Outputs, Outcome>;

beforeAll(async () => {
  database = await createTestDatabase('sagas');
  dataSource = await openDatabase({
    url: database.url,
    poolSize: 5,
    entities: [],
    migrations: [CreateSagas1700000000010],
  });
  await dataSource.query(`CREATE TABLE subjects (id uuid PRIMARY KEY, state text NOT NULL)`);
  store = new SagaStore(dataSource, 2000);
  runner = new SagaRunner(store, (work) => dataSource.transaction(work), policy, logger, isTransport);
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
  const failures: SagaFailure<Outcome>[] = [];
  return { entries, failures, add: (entry: string) => entries.push(entry) };
}

/** A step that records itself; `behaviour` may throw to script a failure. */
function step(
  name: string,
  log: ReturnType<typeof journal>,
  behaviour?: (attempt: number) => Promise<Outputs | void>,
): Step {
  let attempt = 0;
  return {
    name,
    async invoke(ctx) {
      attempt += 1;
      log.add(`${name}`);
      const produced = await behaviour?.(attempt);
      return produced ?? { [name]: `done by ${ctx.subjectId.slice(0, 4)}` };
    },
    async compensate(ctx) {
      log.add(`undo ${name} seeing ${JSON.stringify(Object.keys(ctx.outputs).sort())}`);
    },
    giveUp: { outcome: 'CANCELLED', code: 'SERVICE_UNAVAILABLE', reason: `${name} unavailable` },
  };
}

/** The test saga: its subject ends 'done' or 'undone', in the transaction that closes the saga. */
function saga(
  log: ReturnType<typeof journal>,
  steps: Step[],
  extra: Partial<CompensatingSaga<Input, Outputs, Outcome>> = {},
): CompensatingSaga<Input, Outputs, Outcome> {
  return {
    kind: KIND,
    steps,
    cancelled: (request) => ({
      outcome: 'CANCELLED',
      code: 'CANCELLED',
      reason: request.reason,
      actorId: request.actorId,
    }),
    giveUp: { outcome: 'CANCELLED', code: 'SERVICE_UNAVAILABLE', reason: 'could not finish' },
    complete: async (manager: EntityManager, state) => {
      log.add('complete');
      await manager.query(`UPDATE subjects SET state = 'done' WHERE id = $1`, [state.subjectId]);
    },
    compensated: async (manager, state, failure) => {
      log.add('compensated');
      log.failures.push(failure);
      await manager.query(`UPDATE subjects SET state = 'undone' WHERE id = $1`, [state.subjectId]);
    },
    ...extra,
  };
}

function forwardOnlySaga(
  log: ReturnType<typeof journal>,
  steps: Step[],
): ForwardOnlySaga<Input, Outputs, Outcome> {
  return { kind: KIND, steps, forwardOnly: true, complete: async () => void log.add('complete') };
}

/** A subject row and its saga, leased to the caller (as a request that runs it inline would have it). */
async function newSaga(step: string, using = store): Promise<State> {
  const subjectId = randomUUID();
  return dataSource.transaction(async (manager) => {
    await manager.query(`INSERT INTO subjects (id, state) VALUES ($1, 'open')`, [subjectId]);
    return using.insert<Input, Outputs, Outcome>(manager, {
      subjectId,
      kind: KIND,
      step,
      input: { n: 1 },
      outputs: {},
    });
  });
}

async function row(state: State) {
  return (
    await dataSource.query('SELECT *, locked_until > now() AS leased FROM sagas WHERE id = $1', [state.id])
  )[0];
}

/** Runs a worker over `definition` until `state`'s saga has `status`, then stops the worker. */
async function workUntil(
  definition: CompensatingSaga<Input, Outputs, Outcome>,
  state: State,
  status: string,
) {
  const worker = new SagaWorker(
    store,
    runner,
    { [KIND]: definition },
    { pollIntervalMs: 20, concurrency: 2, budgetMs: 1000, retentionDays: 30 },
    logger,
  );
  worker.start();
  try {
    await eventually(`the saga to be ${status}`, async () =>
      (await row(state)).status === status ? true : undefined,
    );
  } finally {
    await worker.stop();
  }
}

async function subjectState(state: State): Promise<string> {
  return (await dataSource.query('SELECT state FROM subjects WHERE id = $1', [state.subjectId]))[0].state;
}

/** A runner that stops answering, as a process that died or froze would: its lease then lapses. */
function stallingRunner(leaseMs: number) {
  const stalledStore = new SagaStore(dataSource, leaseMs);
  return {
    store: stalledStore,
    runner: new SagaRunner(stalledStore, (work) => dataSource.transaction(work), policy, logger, isTransport),
  };
}

class TransportError extends Error {}
const transport = () => new TransportError('catalog: connection refused');
function isTransport(error: unknown): boolean {
  return error instanceof TransportError;
}

/** A step that hangs on its first attempt (the runner in it dies or freezes) and works after that. */
function hangsOnce(name: string, log: ReturnType<typeof journal>, started: () => void) {
  return step(name, log, async (attempt) => {
    if (attempt > 1) return;
    started();
    await new Promise(() => undefined);
  });
}

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
    expect(await subjectState(state)).toBe('done');
  });

  it('on a refusal undoes the steps that happened, newest first, and not the refused one', async () => {
    const log = journal();
    const refuse = step('c', log, async () => {
      throw new SagaAbort({ outcome: 'FAILED', code: 'DECLINED', reason: 'declined' });
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
    expect(log.failures).toEqual([{ outcome: 'FAILED', code: 'DECLINED', reason: 'declined' }]);
    expect(await row(state)).toMatchObject({
      status: 'compensated',
      step: null,
      failure: { code: 'DECLINED' },
    });
    expect(await subjectState(state)).toBe('undone');
  });

  it('compensates only completed steps in reverse order, passing over steps with nothing to undo and retrying a failed undo', async () => {
    const log = journal();
    const noUndo: Step = { name: 'b', invoke: async () => void log.add('b') };
    const undoFailsOnce = step('c', log);
    let undoAttempts = 0;
    undoFailsOnce.compensate = async () => {
      undoAttempts += 1;
      log.add(`undo c #${undoAttempts}`);
      if (undoAttempts === 1) throw transport();
    };
    const refuse = step('d', log, async () => {
      throw new SagaAbort({ outcome: 'CANCELLED', code: 'GONE', reason: 'gone' });
    });
    const definition = saga(log, [step('a', log), noUndo, undoFailsOnce, refuse, step('e', log)]);
    const state = await newSaga('a');
    expect(await runner.run(definition, state, inline)).toBe('compensated');
    expect(log.entries).toEqual([
      'a',
      'b',
      'c',
      'd',
      'undo c #1',
      'undo c #2',
      'undo a seeing ["a","c"]',
      'compensated',
    ]);
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

  it('spaces retries by exponential back-off with jitter, and defers the next one by the same rule', async () => {
    const slow = { maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 1000 };
    const spaced = new SagaRunner(store, (work) => dataSource.transaction(work), slow, logger, isTransport);
    const log = journal();
    const attemptsAt: number[] = [];
    const flaky = step('a', log, async () => {
      attemptsAt.push(Date.now());
      throw transport();
    });
    const state = await newSaga('a');
    expect(await spaced.run(saga(log, [flaky]), state, inline)).toBe('deferred');
    const deferredAt = Date.now();
    // Attempt n waits base * 2^(n-1) ± 20 %: 100 ms then 200 ms here (timers may fire a little late).
    const gaps = attemptsAt.slice(1).map((at, i) => at - attemptsAt[i]);
    expect(gaps).toHaveLength(2);
    expect(gaps[0]).toBeGreaterThanOrEqual(80 - 2);
    expect(gaps[0]).toBeLessThan(120 + 200);
    expect(gaps[1]).toBeGreaterThanOrEqual(160 - 2);
    expect(gaps[1]).toBeLessThan(240 + 200);
    // The third failure is left to the worker, due after 400 ms ± 20 %.
    const saved = await row(state);
    expect(saved).toMatchObject({ attempts: 3, leased: null });
    const dueIn = new Date(saved.next_attempt_at).getTime() - deferredAt;
    expect(dueIn).toBeGreaterThanOrEqual(retryDelayMs(slow, 3, () => 0) - 150);
    expect(dueIn).toBeLessThanOrEqual(retryDelayMs(slow, 3, () => 0.999999));
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

  it("gives up with the saga's own failure when the step names none", async () => {
    const log = journal();
    const dead: Step = {
      name: 'a',
      invoke: async () => {
        throw transport();
      },
    };
    const state = await newSaga('a');
    expect(await runner.run(saga(log, [dead]), state, { budgetMs: 5000, inlineRetries: 10 })).toBe(
      'compensated',
    );
    expect(log.failures).toEqual([
      { outcome: 'CANCELLED', code: 'SERVICE_UNAVAILABLE', reason: 'could not finish' },
    ]);
  });

  it('stops writing once another runner took the saga over (lease lapsed)', async () => {
    const log = journal();
    const slow = step('a', log, async (attempt) => {
      if (attempt === 1) await sleep(2500); // longer than the 2 s lease
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
    // The new owner carries on; the old one's late result changed nothing.
    expect(await runner.run(definition, taken as State, inline)).toBe('completed');
    expect(log.entries).toEqual(['a', 'a', 'b', 'complete']);
  });

  it("counts a stalled runner's take-over as a failed attempt of its step, a released saga's claim as none", async () => {
    const log = journal();
    const stalled = stallingRunner(500);
    let inStep = false;
    const definition = saga(log, [hangsOnce('a', log, () => (inStep = true)), step('b', log)]);
    const state = await newSaga('a', stalled.store);
    const stopped = new AbortController();
    const first = stalled.runner.run(definition, state, { ...inline, signal: stopped.signal });
    await eventually('the step to start', async () => (inStep ? true : undefined));
    await eventually('the lease to lapse', async () => ((await row(state)).leased ? undefined : true));
    const [taken] = (await store.claimDue(10)).filter((s) => s.id === state.id);
    expect(taken).toMatchObject({ step: 'a', attempts: 1 });
    expect(await row(state)).toMatchObject({ attempts: 1, leased: true });
    stopped.abort();
    expect(await first).toBe('stopped');

    // Released by its runner (deferred after a failure): nothing was in flight, nothing more counts.
    const deferred = await newSaga('a');
    const failing = saga(log, [step('a', log, async () => Promise.reject(transport()))]);
    expect(await runner.run(failing, deferred, { budgetMs: 5000, inlineRetries: 0 })).toBe('deferred');
    expect(await row(deferred)).toMatchObject({ attempts: 1, leased: null });
    const claimed = await store.claimForSubject(deferred.subjectId, KIND);
    expect(claimed).toMatchObject({ attempts: 1 });
  });

  it('resumes a saga whose runner died mid-step from its last checkpoint, repeating the steps after it', async () => {
    const log = journal();
    // Half a lease must not pass between the pivot's checkpoint and the death in c (that would
    // checkpoint c too), so this lease is long enough for a busy machine.
    const dead = stallingRunner(1500);
    let dying = false;
    // b is the pivot: the runner checkpoints before it, then runs b and dies in c.
    const definition = saga(
      log,
      [step('a', log), step('b', log), hangsOnce('c', log, () => (dying = true)), step('d', log)],
      { pivot: 'b' },
    );
    const state = await newSaga('a', dead.store);
    const died = new AbortController();
    const first = dead.runner.run(definition, state, { ...inline, signal: died.signal });
    await eventually('the runner to die in c', async () => (dying ? true : undefined));
    // What the next process finds: the last checkpoint, its lease lapsing.
    await eventually('the lease to lapse', async () => ((await row(state)).leased ? undefined : true));
    const [resumed] = (await store.claimDue(10)).filter((s) => s.id === state.id) as State[];
    expect(resumed).toMatchObject({ status: 'running', step: 'b', attempts: 1 });
    expect(Object.keys(resumed.outputs)).toEqual(['a']);
    expect(await runner.run(definition, resumed, inline)).toBe('completed');
    expect(log.entries).toEqual(['a', 'b', 'c', 'b', 'c', 'd', 'complete']);
    expect(await subjectState(state)).toBe('done');
    // The dead runner, had it come back, could not have written anything more.
    died.abort();
    expect(await first).toBe('stopped');
    expect(await row(state)).toMatchObject({ status: 'completed', step: null });
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

  it('honours a cancel request before the pivot: compensates and ends with the reason', async () => {
    const log = journal();
    const state = await newSaga('a');
    const requesting = step('a', log, async () => {
      await store.requestCancel(state.subjectId, KIND, {
        reason: 'Cancelled by its owner',
        actorId: 'user-1',
      });
    });
    const definition = saga(log, [requesting, step('b', log), step('c', log)], { pivot: 'b' });
    expect(await runner.run(definition, state, inline)).toBe('compensated');
    expect(log.entries).toEqual(['a', 'undo a seeing ["a"]', 'compensated']);
    expect(log.failures).toEqual([
      { outcome: 'CANCELLED', code: 'CANCELLED', reason: 'Cancelled by its owner', actorId: 'user-1' },
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
    await store.requestCancel(state.subjectId, KIND, { reason: 'changed my mind', actorId: null });
    const claimed = (await store.claimForSubject(state.subjectId, KIND)) as State;
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
    await store.requestCancel(state.subjectId, KIND, { reason: 'changed my mind', actorId: null });
    const claimed = (await store.claimForSubject(state.subjectId, KIND)) as State;
    expect(claimed.attempts).toBe(1);
    expect(await runner.run(definition, claimed, inline)).toBe('compensated');
    expect(log.entries).toEqual(['undo b seeing []', 'undo a seeing []', 'compensated']);
  });

  it('ignores a cancel request after the pivot', async () => {
    const log = journal();
    const state = await newSaga('a');
    const requesting = step('b', log, async () => {
      await store.requestCancel(state.subjectId, KIND, { reason: 'too late', actorId: null });
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
    const definition = forwardOnlySaga(log, [refusing]);
    const state = await newSaga('a');
    expect(await runner.run(definition, state, { budgetMs: 5000, inlineRetries: 3 })).toBe('deferred');
    expect(
      await runner.run(
        definition,
        { ...state, leaseToken: (await store.claimForSubject(state.subjectId, KIND))!.leaseToken },
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
      throw new SagaWait<Outputs, Outcome>(
        new Date(Date.now() + untilMs),
        { approvalId: 'ap-9' },
        { outcome: 'FAILED', code: 'TIMEOUT', reason: 'not approved' },
      );
    });
    return saga(log, [step('a', log), waiting, step('c', log)]);
  }

  /** A new saga run until it waits in step b (for `untilMs`), with its journal and definition. */
  async function parkedSaga(untilMs: number) {
    const log = journal();
    const definition = waitingDefinition(log, untilMs);
    const state = await newSaga('a');
    expect(await runner.run(definition, state, inline)).toBe('waiting');
    return { log, definition, state };
  }

  /** What a saga parked in b journals when it is compensated: b undone, then a, each seeing both outputs. */
  const COMPENSATED_WHILE_WAITING = [
    'a',
    'b',
    'undo b seeing ["a","approvalId"]',
    'undo a seeing ["a","approvalId"]',
    'compensated',
  ];

  it('parks without a lease until woken, then the worker finishes it', async () => {
    const { log, definition, state } = await parkedSaga(60_000);
    expect(await row(state)).toMatchObject({
      status: 'waiting',
      step: 'b',
      leased: null,
      outputs: { approvalId: 'ap-9' },
    });
    expect(await store.waitingOutputs([state.subjectId, randomUUID()], KIND)).toEqual(
      new Map([[state.subjectId, { a: expect.any(String), approvalId: 'ap-9' }]]),
    );
    expect(
      await store.resumeWaiting(state.subjectId, KIND, { approvalId: 'other' }, { approved: true }),
    ).toBe(false);
    expect(await store.resumeWaiting(state.subjectId, KIND, { approvalId: 'ap-9' }, { approved: true })).toBe(
      true,
    );
    // Woken, it goes through b again: the step decides from its outputs that the action is done.
    definition.steps[1] = step('b', log);
    await workUntil(definition, state, 'completed');
    expect(log.entries).toEqual(['a', 'b', 'b', 'c', 'complete']);
  });

  it('compensates with its timeout failure when nobody wakes it in time', async () => {
    const { log, definition, state } = await parkedSaga(100);
    await workUntil(definition, state, 'compensated');
    expect(log.entries).toEqual(COMPENSATED_WHILE_WAITING);
    expect(log.failures).toEqual([{ outcome: 'FAILED', code: 'TIMEOUT', reason: 'not approved' }]);
  });

  it('compensates with the cancel failure when cancelled while waiting, undoing the step it waits in', async () => {
    const { log, definition, state } = await parkedSaga(60_000);
    expect(
      await store.requestCancel(state.subjectId, KIND, { reason: 'no longer wanted', actorId: 'user-2' }),
    ).toBe(true);
    const claimed = (await store.claimForSubject(state.subjectId, KIND)) as State;
    expect(await runner.run(definition, claimed, inline)).toBe('compensated');
    expect(log.entries).toEqual(COMPENSATED_WHILE_WAITING);
    expect(log.failures).toEqual([
      { outcome: 'CANCELLED', code: 'CANCELLED', reason: 'no longer wanted', actorId: 'user-2' },
    ]);
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

  it('tells a saga a runner is working on from one that is parked or finished', async () => {
    const log = journal();
    const state = await newSaga('a');
    expect(await store.isBusy(state.subjectId, KIND)).toBe(true);
    await runner.run(saga(log, [step('a', log)]), state, inline);
    expect(await store.isBusy(state.subjectId, KIND)).toBe(false);
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
    const workers = [1, 2].map(() => new SagaWorker(store, runner, { [KIND]: definition }, options, logger));
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
      { [KIND]: saga(log, [hanging]) },
      { pollIntervalMs: 20, concurrency: 1, budgetMs: 1000, retentionDays: 30 },
      logger,
    );
    worker.start();
    await eventually('the step to start', async () => (log.entries.length > 0 ? true : undefined));
    const stopping = Date.now();
    const giveUp = new AbortController(); // so the guard's timer does not outlive the test
    await Promise.race([worker.stop(), sleep(3000, giveUp.signal)]);
    giveUp.abort();
    expect(Date.now() - stopping).toBeLessThan(3000);
    expect(await row(state)).toMatchObject({ status: 'running', step: 'a' });
  });
});
