/**
 * The behaviour every EventBus adapter must show (the guarantees listed on the port in `bus.ts`), run
 * against each adapter on real engines by its `*.int.spec.ts`. Test-only: excluded from the build.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { createLogger, currentLogScope } from '@commerce/logging';
import { createTestDatabase, eventually, type TestDatabase } from '@commerce/testing';
import {
  consumeInBatches,
  type BatchConsumerOptions,
  type BatchHandler,
  type BatchItem,
} from './batch-consumer';
import type { DeliveryInfo, EventBus, EventHandler, StopConsuming, ConsumerOptions } from './bus';
import { createEvent, type EventEnvelope } from './envelope';
import { processOnce } from './inbox';
import { addToOutbox, CreateOutboxAndInbox1700000000000, OutboxRelay } from './outbox';

export interface EventBusContractOptions {
  /** Called once at the end with every consumer name the suite used, to delete broker-side queues. */
  cleanup?: (consumers: string[]) => Promise<void>;
}

/** What a test handler saw, in order. */
interface Received {
  event: EventEnvelope;
  delivery: DeliveryInfo;
  at: number;
  /** Trace id of the log scope the handler ran in. */
  traceId?: string;
}

/** A handler that records deliveries; `fail` decides (per delivery) whether it throws. */
export function recorder(
  fail: (event: EventEnvelope, delivery: DeliveryInfo) => string | undefined = () => undefined,
) {
  const received: Received[] = [];
  const handler: EventHandler = async (event, delivery) => {
    received.push({ event, delivery, at: Date.now(), traceId: currentLogScope()?.traceId });
    const error = fail(event, delivery);
    if (error) throw new Error(error);
  };
  return { received, handler, ids: () => received.map((r) => r.event.id) };
}

/** Resolves once `received` holds at least `n` deliveries. */
export function receivedAtLeast(
  what: string,
  received: unknown[],
  n: number,
  timeoutMs = 10_000,
): Promise<true> {
  return eventually(
    `${what} (${received.length}/${n})`,
    async () => (received.length >= n ? true : undefined),
    {
      timeoutMs,
    },
  );
}

/** A fresh test database with the outbox/inbox migration and a side-effect table, for end-to-end cases. */
export async function outboxDatabase(prefix: string): Promise<{ db: TestDatabase; dataSource: DataSource }> {
  const db = await createTestDatabase(prefix);
  const dataSource = new DataSource({
    type: 'postgres',
    url: db.url,
    migrations: [CreateOutboxAndInbox1700000000000],
    extra: { max: 10 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  // No primary key on purpose: processing an event twice must show up as two rows, not as an error.
  await dataSource.query('CREATE TABLE effects (consumer text NOT NULL, event_id uuid NOT NULL)');
  return { db, dataSource };
}

/** Records a side effect for `event` exactly once per consumer, through the inbox. */
export function recordEffectOnce(
  dataSource: DataSource,
  consumer: string,
  event: EventEnvelope,
): Promise<boolean> {
  return processOnce(dataSource, consumer, event, async (manager) => {
    await manager.query('INSERT INTO effects (consumer, event_id) VALUES ($1, $2)', [consumer, event.id]);
  });
}

/**
 * Declares the contract suite for one adapter. `makeBus` is called once for the suite; each case uses
 * its own consumer names and event types (with a per-run random part), so reruns and parallel files
 * cannot see each other's messages.
 */
export function describeEventBusContract(
  name: string,
  makeBus: () => Promise<EventBus>,
  options: EventBusContractOptions = {},
): void {
  describe(`EventBus contract: ${name}`, () => {
    const run = randomBytes(4).toString('hex');
    const logger = createLogger({ service: 'events-contract', level: 'silent' });
    const consumers: string[] = [];
    const stops: StopConsuming[] = [];
    let bus: EventBus;

    const consumerName = (label: string): string => {
      const consumer = `contract-${run}-${label}`;
      consumers.push(consumer);
      return consumer;
    };
    /** A routing-key word unique to this run and case, so patterns never match another case's events. */
    const topic = (label: string): string => `c${run}${label}`;
    const consume = async (consumerOptions: ConsumerOptions): Promise<StopConsuming> => {
      const stop = await bus.consume(consumerOptions);
      stops.push(stop);
      return stop;
    };

    beforeAll(async () => {
      bus = await makeBus();
    });

    afterEach(async () => {
      await Promise.all(stops.splice(0).map((stop) => stop()));
    });

    afterAll(async () => {
      await bus?.close();
      await options.cleanup?.(consumers);
    });

    it('delivers a published event intact to a matching consumer and nothing to a non-matching one', async () => {
      const t = topic('route');
      const matching = recorder();
      const other = recorder();
      await consume({
        consumer: consumerName('route-match'),
        patterns: [`${t}.order.*`],
        handler: matching.handler,
      });
      await consume({
        consumer: consumerName('route-other'),
        patterns: [`${t}.payment.*`],
        handler: other.handler,
      });

      const event: EventEnvelope = {
        ...createEvent('contract', `${t}.order.paid`, {
          orderId: 'o-1',
          total: 12.5,
          lines: [{ sku: 'A-1', quantity: 2 }],
          note: 'ünïcødé ✓',
          cancelledAt: null,
        }),
        traceparent: '00-0123456789abcdef0123456789abcdef-0123456789abcdef-01',
      };
      await bus.publish([event]);
      // Published after the event: once it reaches the other consumer, a misrouted event would have too.
      const sentinel = createEvent('contract', `${t}.payment.captured`, { paymentId: 'p-1' });
      await bus.publish([sentinel]);

      await receivedAtLeast('the matching consumer', matching.received, 1);
      await receivedAtLeast('the sentinel', other.received, 1);
      expect(matching.received.map((r) => r.event)).toEqual([event]);
      expect(matching.received[0].delivery).toEqual({ attempt: 1, redelivered: false });
      // The handler continues the publisher's trace.
      expect(matching.received[0].traceId).toBe('0123456789abcdef0123456789abcdef');
      expect(other.ids()).toEqual([sentinel.id]);
    }, 15_000);

    it('gives every consumer its own copy (fan-out per queue), once each', async () => {
      const t = topic('fan');
      const first = recorder();
      const second = recorder();
      await consume({ consumer: consumerName('fan-1'), patterns: [`${t}.#`], handler: first.handler });
      await consume({ consumer: consumerName('fan-2'), patterns: [`${t}.created`], handler: second.handler });

      const events = [
        createEvent('contract', `${t}.created`, { n: 1 }),
        createEvent('contract', `${t}.created`, { n: 2 }),
      ];
      await bus.publish([events[0]]);
      await bus.publish([events[1]]);

      await receivedAtLeast('the first consumer', first.received, 2);
      await receivedAtLeast('the second consumer', second.received, 2);
      const ids = events.map((e) => e.id);
      expect(first.ids()).toEqual(ids);
      expect(second.ids()).toEqual(ids);
    }, 15_000);

    it('keeps events published while a consumer is stopped and delivers them when it restarts', async () => {
      const t = topic('durable');
      const consumer = consumerName('durable');
      const before = recorder();
      const stop = await consume({ consumer, patterns: [`${t}.*`], handler: before.handler });
      const e1 = createEvent('contract', `${t}.created`, { n: 1 });
      await bus.publish([e1]);
      await receivedAtLeast('the first event', before.received, 1);
      await stop();

      const missed = [
        createEvent('contract', `${t}.created`, { n: 2 }),
        createEvent('contract', `${t}.updated`, { n: 3 }),
      ];
      await bus.publish(missed);

      const after = recorder();
      await consume({ consumer, patterns: [`${t}.*`], handler: after.handler });
      await receivedAtLeast('the events published while stopped', after.received, 2);
      expect(after.ids()).toEqual(missed.map((e) => e.id));
      // The stopped handler was really stopped: it saw only the event before the stop.
      expect(before.ids()).toEqual([e1.id]);
    }, 15_000);

    it('retries a failing handler with back-off until it succeeds (attempts 1, 2, 3)', async () => {
      const t = topic('retry');
      const consumer = consumerName('retry');
      const flaky = recorder((_event, delivery) =>
        delivery.attempt < 3 ? `transient failure ${delivery.attempt}` : undefined,
      );
      await consume({
        consumer,
        patterns: [`${t}.*`],
        handler: flaky.handler,
        maxAttempts: 5,
        retryDelaysMs: [50, 100],
      });

      const event = createEvent('contract', `${t}.created`, { n: 1 });
      await bus.publish([event]);
      await receivedAtLeast('three attempts', flaky.received, 3);

      expect(flaky.received.map((r) => r.delivery.attempt)).toEqual([1, 2, 3]);
      expect(flaky.received.map((r) => r.delivery.redelivered)).toEqual([false, true, true]);
      expect(flaky.received.every((r) => r.event.id === event.id && r.event.type === event.type)).toBe(true);
      expect(flaky.received[2].event).toEqual(event);
      // The back-off was applied (a little slack for timer granularity).
      expect(flaky.received[1].at - flaky.received[0].at).toBeGreaterThanOrEqual(45);
      expect(flaky.received[2].at - flaky.received[1].at).toBeGreaterThanOrEqual(95);
      expect(await bus.deadLetters(consumer)).toEqual([]);
    }, 15_000);

    it('parks a poison event in the dead-letter queue with its error and attempts, and keeps flowing', async () => {
      const t = topic('poison');
      const consumer = consumerName('poison');
      const handler = recorder((event) =>
        event.type.endsWith('.poison') ? `cannot handle ${event.id}` : undefined,
      );
      await consume({
        consumer,
        patterns: [`${t}.*`],
        handler: handler.handler,
        maxAttempts: 3,
        retryDelaysMs: [20],
      });

      const poison = createEvent('contract', `${t}.poison`, { bad: true });
      const good = createEvent('contract', `${t}.fine`, { n: 1 });
      await bus.publish([poison, good]);

      const letters = await eventually('the poison event to be dead-lettered', async () => {
        const found = await bus.deadLetters(consumer);
        return found.length > 0 ? found : undefined;
      });
      expect(letters).toEqual([{ event: poison, error: `cannot handle ${poison.id}`, attempts: 3 }]);
      expect(handler.received.filter((r) => r.event.id === poison.id).map((r) => r.delivery.attempt)).toEqual(
        [1, 2, 3],
      );
      // Peeking does not consume.
      expect(await bus.deadLetters(consumer)).toHaveLength(1);

      const later = createEvent('contract', `${t}.fine`, { n: 2 });
      await bus.publish([later]);
      await eventually('the later event', async () => (handler.ids().includes(later.id) ? true : undefined));
      expect(handler.received.filter((r) => r.event.id === good.id)).toHaveLength(1);
      expect(await bus.deadLetters(consumer)).toHaveLength(1);
    }, 15_000);

    describe('consumed in batches (consumeInBatches)', () => {
      /** A batch handler that records each batch and fails the events `fail` names. */
      const batchRecorder = (fail: (event: EventEnvelope) => string | undefined = () => undefined) => {
        const batches: BatchItem[][] = [];
        const seen: BatchItem[] = [];
        const handler: BatchHandler = async (batch) => {
          batches.push(batch);
          seen.push(...batch);
          const failures = new Map<string, unknown>();
          for (const { event } of batch) {
            const error = fail(event);
            if (error) failures.set(event.id, new Error(error));
          }
          return failures;
        };
        return { batches, handler, seen, ids: () => seen.map((item) => item.event.id) };
      };
      const consumeBatches = async (batchOptions: BatchConsumerOptions): Promise<StopConsuming> => {
        const stop = await consumeInBatches(bus, batchOptions);
        stops.push(stop);
        return stop;
      };

      it('groups events that arrive together into batches of at most maxBatchSize, each event once, in order', async () => {
        const t = topic('batch');
        const recorded = batchRecorder();
        await consumeBatches({
          consumer: consumerName('batch'),
          patterns: [`${t}.*`],
          handler: recorded.handler,
          maxBatchSize: 10,
          maxBatchWaitMs: 200,
        });

        const events = Array.from({ length: 25 }, (_, n) => createEvent('contract', `${t}.created`, { n }));
        await bus.publish(events);

        await receivedAtLeast('every event', recorded.seen, 25);
        await sleep(100); // a duplicate would arrive now
        expect(recorded.ids()).toEqual(events.map((e) => e.id));
        expect(recorded.batches.every((batch) => batch.length <= 10)).toBe(true);
        // Grouped: 25 events published together take a handful of batches, not 25.
        expect(recorded.batches.length).toBeLessThanOrEqual(6);
        expect(recorded.seen[0].event).toEqual(events[0]);
        expect(recorded.seen.every((item) => item.delivery.attempt === 1)).toBe(true);
      }, 15_000);

      it('retries and dead-letters a failed event of a batch on its own; the rest of the batch is handled once', async () => {
        const t = topic('batchpoison');
        const consumer = consumerName('batch-poison');
        const recorded = batchRecorder((event) =>
          event.type.endsWith('.poison') ? `cannot handle ${event.id}` : undefined,
        );
        await consumeBatches({
          consumer,
          patterns: [`${t}.*`],
          handler: recorded.handler,
          maxBatchSize: 10,
          maxBatchWaitMs: 100,
          maxAttempts: 3,
          retryDelaysMs: [20],
        });

        const good = [1, 2].map((n) => createEvent('contract', `${t}.fine`, { n }));
        const poison = createEvent('contract', `${t}.poison`, { bad: true });
        await bus.publish([good[0], poison, good[1]]);

        const letters = await eventually('the poison event to be dead-lettered', async () => {
          const found = await bus.deadLetters(consumer);
          return found.length > 0 ? found : undefined;
        });
        expect(letters).toEqual([{ event: poison, error: `cannot handle ${poison.id}`, attempts: 3 }]);
        const attemptsOf = (id: string) =>
          recorded.seen.filter((item) => item.event.id === id).map((item) => item.delivery.attempt);
        expect(attemptsOf(poison.id)).toEqual([1, 2, 3]);
        // The good events shared the poison's first batch and were acked with it: never redelivered.
        expect(recorded.batches[0].map((item) => item.event.id)).toEqual([good[0].id, poison.id, good[1].id]);
        expect(attemptsOf(good[0].id)).toEqual([1]);
        expect(attemptsOf(good[1].id)).toEqual([1]);
      }, 15_000);

      it('retries every event of a batch whose handler throws', async () => {
        const t = topic('batchthrow');
        const consumer = consumerName('batch-throw');
        let calls = 0;
        const seen: BatchItem[] = [];
        await consumeBatches({
          consumer,
          patterns: [`${t}.*`],
          handler: async (batch) => {
            seen.push(...batch);
            if (++calls === 1) throw new Error('store unavailable');
          },
          maxBatchSize: 10,
          maxBatchWaitMs: 100,
          retryDelaysMs: [20],
        });

        const events = [1, 2, 3].map((n) => createEvent('contract', `${t}.created`, { n }));
        await bus.publish(events);

        await receivedAtLeast('first attempts and retries', seen, 6);
        for (const event of events) {
          expect(
            seen.filter((item) => item.event.id === event.id).map((item) => item.delivery.attempt),
          ).toEqual([1, 2]);
        }
        expect(await bus.deadLetters(consumer)).toEqual([]);
      }, 15_000);
    });

    describe('with the outbox and the inbox on PostgreSQL', () => {
      let db: TestDatabase;
      let dataSource: DataSource;

      beforeAll(async () => {
        ({ db, dataSource } = await outboxDatabase(`events_contract_${run}`));
      });

      afterAll(async () => {
        await dataSource?.destroy();
        await db?.drop();
      });

      it('publishes the events of committed transactions and never those of rolled-back ones', async () => {
        const t = topic('outbox');
        const handler = recorder();
        await consume({ consumer: consumerName('outbox'), patterns: [`${t}.#`], handler: handler.handler });

        const committed = [1, 2, 3].map((n) => createEvent('contract', `${t}.created`, { n }));
        await dataSource.transaction((manager) => addToOutbox(manager, committed));
        const rolledBack = createEvent('contract', `${t}.created`, { n: 'rolled back' });
        await expect(
          dataSource.transaction(async (manager) => {
            await addToOutbox(manager, [rolledBack]);
            throw new Error('state change failed');
          }),
        ).rejects.toThrow('state change failed');
        const last = createEvent('contract', `${t}.updated`, { n: 4 });
        await dataSource.transaction((manager) => addToOutbox(manager, [last]));

        const relay = new OutboxRelay(dataSource, bus, logger, { pollIntervalMs: 50 });
        relay.start();
        try {
          await receivedAtLeast('the committed events', handler.received, 4);
          await eventually('the outbox to be drained', async () =>
            (await relay.pendingCount()) === 0 ? true : undefined,
          );
        } finally {
          await relay.stop();
        }
        expect(handler.ids().sort()).toEqual([...committed, last].map((e) => e.id).sort());
        expect(handler.received.find((r) => r.event.id === committed[0].id)?.event).toEqual(committed[0]);
        const rows = await dataSource.query('SELECT id FROM outbox WHERE id = $1', [rolledBack.id]);
        expect(rows).toEqual([]);
      }, 20_000);

      it('processes a redelivered event once through the inbox', async () => {
        const t = topic('inbox');
        const consumer = consumerName('inbox');
        const outcomes: boolean[] = [];
        await consume({
          consumer,
          patterns: [`${t}.*`],
          handler: async (event) => {
            outcomes.push(await recordEffectOnce(dataSource, consumer, event));
          },
        });

        const event = createEvent('contract', `${t}.created`, { n: 1 });
        await bus.publish([event]);
        await bus.publish([structuredClone(event)]);

        await receivedAtLeast('both deliveries', outcomes, 2);
        expect(outcomes.sort()).toEqual([false, true]);
        const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM effects WHERE event_id = $1', [
          event.id,
        ]);
        expect(n).toBe(1);
      }, 15_000);
    });
  });
}
