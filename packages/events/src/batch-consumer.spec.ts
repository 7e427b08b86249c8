import { setTimeout as sleep } from 'node:timers/promises';
import { currentLogScope, scopeFromHeaders, withLogScope } from '@commerce/logging';
import { EventBatcher, type BatchHandler, type BatchItem } from './batch-consumer';
import { createEvent } from './envelope';

const item = (n: number): BatchItem => ({
  event: createEvent('test', 'thing.happened', { n }),
  delivery: { attempt: 1, redelivered: false },
});

/** A handler that records each batch's `n`s and can be held open until released. */
function recording(fail: (n: number) => string | undefined = () => undefined) {
  const batches: number[][] = [];
  let release: (() => void) | null = null;
  let hold = false;
  const handler: BatchHandler = async (batch) => {
    batches.push(batch.map((b) => (b.event.data as { n: number }).n));
    if (hold) await new Promise<void>((resolve) => (release = resolve));
    const failures = new Map<string, unknown>();
    for (const b of batch) {
      const error = fail((b.event.data as { n: number }).n);
      if (error) failures.set(b.event.id, new Error(error));
    }
    return failures;
  };
  return {
    handler,
    batches,
    holdNext: () => (hold = true),
    release: () => {
      hold = false;
      release?.();
    },
  };
}

describe('EventBatcher', () => {
  it('applies a full batch at once, without waiting for the window', async () => {
    const { handler, batches } = recording();
    const batcher = new EventBatcher(handler, { maxBatchSize: 3, maxBatchWaitMs: 10_000 });
    const started = Date.now();
    await Promise.all([1, 2, 3].map((n) => batcher.add(item(n))));
    expect(batches).toEqual([[1, 2, 3]]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('applies a partial batch once its first event has waited the window', async () => {
    const { handler, batches } = recording();
    const batcher = new EventBatcher(handler, { maxBatchSize: 100, maxBatchWaitMs: 60 });
    const started = Date.now();
    const first = batcher.add(item(1));
    await sleep(20);
    const second = batcher.add(item(2));
    await Promise.all([first, second]);
    expect(batches).toEqual([[1, 2]]);
    // Timed from the first event, not restarted by the second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('splits what arrives together into batches of at most maxBatchSize, in arrival order', async () => {
    const { handler, batches } = recording();
    const batcher = new EventBatcher(handler, { maxBatchSize: 4, maxBatchWaitMs: 20 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => batcher.add(item(i))));
    expect(batches).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
  });

  it('applies one batch at a time: events arriving meanwhile form the next batch', async () => {
    const recorder = recording();
    const batcher = new EventBatcher(recorder.handler, { maxBatchSize: 2, maxBatchWaitMs: 0 });
    recorder.holdNext();
    const first = batcher.add(item(1));
    await sleep(10);
    expect(recorder.batches).toEqual([[1]]);
    const later = [2, 3, 4].map((n) => batcher.add(item(n)));
    await sleep(20);
    expect(recorder.batches).toEqual([[1]]); // still held: nothing else started
    recorder.release();
    await Promise.all([first, ...later]);
    expect(recorder.batches).toEqual([[1], [2, 3], [4]]);
  });

  it('applies up to maxConcurrentBatches batches at once; the next one waits for a free slot', async () => {
    const releases: Array<() => void> = [];
    const started: number[][] = [];
    const batcher = new EventBatcher(
      async (batch) => {
        started.push(batch.map((b) => (b.event.data as { n: number }).n));
        await new Promise<void>((resolve) => releases.push(resolve));
      },
      { maxBatchSize: 2, maxBatchWaitMs: 1000, maxConcurrentBatches: 2 },
    );
    const all = [1, 2, 3, 4, 5, 6].map((n) => batcher.add(item(n)));
    await sleep(10);
    expect(started).toEqual([
      [1, 2],
      [3, 4],
    ]);
    releases[1](); // the second finishes first: its slot goes to the next batch
    await sleep(10);
    expect(started).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    releases[0]();
    releases[2]();
    await Promise.all(all);
  });

  it('fails only the events the handler names, with their own error; the others resolve', async () => {
    const { handler } = recording((n) => (n === 2 ? `cannot apply ${n}` : undefined));
    const batcher = new EventBatcher(handler, { maxBatchSize: 3, maxBatchWaitMs: 10 });
    const results = await Promise.allSettled([1, 2, 3].map((n) => batcher.add(item(n))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('cannot apply 2'));
  });

  it('fails every event of a batch whose handler throws, and keeps going with the next batch', async () => {
    let calls = 0;
    const batcher = new EventBatcher(
      async () => {
        if (++calls === 1) throw new Error('store down');
      },
      { maxBatchSize: 2, maxBatchWaitMs: 10 },
    );
    const first = await Promise.allSettled([batcher.add(item(1)), batcher.add(item(2))]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((first[0] as PromiseRejectedResult).reason).toEqual(new Error('store down'));
    await expect(batcher.add(item(3))).resolves.toBeUndefined();
  });

  it("runs the handler in a log scope of its own, not the first event's", async () => {
    const scopes: Array<string | undefined> = [];
    const batcher = new EventBatcher(
      async () => {
        scopes.push(currentLogScope()?.requestId);
      },
      { maxBatchSize: 10, maxBatchWaitMs: 5 },
    );
    const eventScope = scopeFromHeaders({ requestId: 'event-1' });
    await withLogScope(eventScope, () => batcher.add(item(1)));
    expect(scopes).toHaveLength(1);
    expect(scopes[0]).toBeDefined();
    expect(scopes[0]).not.toBe('event-1');
  });
});
