import type { DataSource, EntityManager } from 'typeorm';
import type { TestDatabase } from '@commerce/testing';
import { createEvent, type EventEnvelope } from './envelope';
import { outboxDatabase } from './event-bus.contract';
import { processBatchOnce, processOnce } from './inbox';

// Engines: PostgreSQL (a database of this file's own).
let db: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  ({ db, dataSource } = await outboxDatabase('events_inbox'));
});

afterAll(async () => {
  await dataSource?.destroy();
  await db?.drop();
});

const events = (n: number) =>
  Array.from({ length: n }, (_, i) => createEvent('test', 'thing.created', { i }));

async function effects(consumer: string): Promise<string[]> {
  const rows: Array<{ event_id: string }> = await dataSource.query(
    'SELECT event_id FROM effects WHERE consumer = $1 ORDER BY event_id',
    [consumer],
  );
  return rows.map((row) => row.event_id);
}

async function inboxIds(consumer: string): Promise<string[]> {
  const rows: Array<{ event_id: string }> = await dataSource.query(
    'SELECT event_id FROM inbox WHERE consumer = $1 ORDER BY event_id',
    [consumer],
  );
  return rows.map((row) => row.event_id);
}

/** Records an effect per fresh event and fails those `fail` names. */
function recordEffects(consumer: string, fail: (event: EventEnvelope) => boolean = () => false) {
  const calls: string[][] = [];
  const handle = async (manager: EntityManager, fresh: EventEnvelope[]) => {
    calls.push(fresh.map((e) => e.id));
    const failures = new Map<string, unknown>();
    for (const event of fresh) {
      if (fail(event)) failures.set(event.id, new Error(`cannot apply ${event.id}`));
      else await manager.query('INSERT INTO effects VALUES ($1, $2)', [consumer, event.id]);
    }
    return failures;
  };
  return { calls, handle };
}

const sorted = (items: EventEnvelope[]) => items.map((e) => e.id).sort();

describe('processBatchOnce', () => {
  it('handles each event of a batch once: a redelivered batch reaches the handler with nothing new', async () => {
    const batch = events(5);
    const { calls, handle } = recordEffects('batch-once');
    const first = await processBatchOnce(dataSource, 'batch-once', batch, handle);
    expect(sorted(first.processed)).toEqual(sorted(batch));
    const again = await processBatchOnce(dataSource, 'batch-once', [...batch, ...events(1)], handle);
    expect(sorted(again.duplicates)).toEqual(sorted(batch));
    expect(again.processed).toHaveLength(1);
    expect(calls[1]).toEqual([again.processed[0].id]);
    expect(await effects('batch-once')).toHaveLength(6);
  });

  it('shares the inbox with processOnce: an event processed alone is a duplicate in a batch', async () => {
    const [single, other] = events(2);
    expect(await processOnce(dataSource, 'mixed', single, async () => undefined)).toBe(true);
    const { handle } = recordEffects('mixed');
    const result = await processBatchOnce(dataSource, 'mixed', [single, other], handle);
    expect(result.duplicates).toEqual([single]);
    expect(result.processed).toEqual([other]);
  });

  it('keeps no inbox row for the events the handler failed, and commits the rest', async () => {
    const batch = events(4);
    const doomed = batch[1];
    const { handle } = recordEffects('partial', (event) => event.id === doomed.id);
    const result = await processBatchOnce(dataSource, 'partial', batch, handle);
    expect([...result.failures.keys()]).toEqual([doomed.id]);
    expect(result.failures.get(doomed.id)).toEqual(new Error(`cannot apply ${doomed.id}`));
    expect(sorted(result.processed)).toEqual(sorted(batch.filter((e) => e !== doomed)));
    expect(await inboxIds('partial')).toEqual(sorted(result.processed));
    // Its retry is fresh again.
    const retry = await processBatchOnce(dataSource, 'partial', [doomed], recordEffects('partial').handle);
    expect(retry.processed).toEqual([doomed]);
  });

  it('commits nothing when the handler throws', async () => {
    const batch = events(3);
    await expect(
      processBatchOnce(dataSource, 'throws', batch, async (manager, fresh) => {
        await manager.query('INSERT INTO effects VALUES ($1, $2)', ['throws', fresh[0].id]);
        throw new Error('store down');
      }),
    ).rejects.toThrow('store down');
    expect(await inboxIds('throws')).toEqual([]);
    expect(await effects('throws')).toEqual([]);
  });

  it('fails an event whose id cannot be an inbox key alone, and skips a second copy within the batch', async () => {
    const [good] = events(1);
    const bad = { ...createEvent('test', 'thing.created', {}), id: 'not-a-uuid' };
    const { calls, handle } = recordEffects('keys');
    const result = await processBatchOnce(dataSource, 'keys', [good, bad, structuredClone(good)], handle);
    expect(result.processed).toEqual([good]);
    expect(result.duplicates).toHaveLength(1);
    expect(String(result.failures.get('not-a-uuid'))).toMatch(/not a UUID/);
    expect(calls).toEqual([[good.id]]);
  });
});
