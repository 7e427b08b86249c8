import { randomBytes } from 'node:crypto';
import * as amqp from 'amqplib';
import type { DataSource } from 'typeorm';
import { createLogger } from '@commerce/logging';
import {
  engines,
  eventually,
  rabbitmqctl,
  startBroker,
  stopBroker,
  type TestDatabase,
} from '@commerce/testing';
import { connectEventBus } from './create-bus';
import { createEvent, type EventEnvelope } from './envelope';
import { outboxDatabase, receivedAtLeast, recordEffectOnce, recorder } from './event-bus.contract';
import { addToOutbox, OutboxRelay } from './outbox';
import { RabbitMqEventBus } from './rabbitmq-bus';

// Engines: RabbitMQ (TEST_AMQP_URL) and PostgreSQL. One exchange per run, so parallel runs and other
// files never receive these events; every queue created here is deleted at the end. The port's
// contract suite runs in rabbitmq-bus.int.spec.ts (it needs no broker restart); these are the cases
// specific to this adapter.
const run = randomBytes(4).toString('hex');
const exchange = `commerce.events.test-${run}`;
const logger = createLogger({ service: 'events-test', level: 'silent' });

/** Every bus this file opens, closed at the end even when a test failed half-way (else its reconnect
 * timer would keep jest alive). */
const openBuses = new Set<RabbitMqEventBus>();

/** A bus on this run's exchange, connected. Other tools may restart the shared broker, so the first
 * connection is awaited (the bus retries by itself) rather than required on the first attempt. */
async function startedBus(): Promise<RabbitMqEventBus> {
  const bus = new RabbitMqEventBus(engines.TEST_AMQP_URL, logger, { exchange, reconnectMaxDelayMs: 500 });
  openBuses.add(bus);
  await bus.start();
  await eventually('the bus to connect', async () => (bus.isHealthy() ? true : undefined), {
    timeoutMs: 20_000,
  });
  return bus;
}

/** Deletes every queue of the given consumers: main, `.dlq` and `.retry.<ms>`. */
async function deleteQueues(consumers: string[]): Promise<void> {
  const names = (await rabbitmqctl('list_queues', '--silent', 'name')).split('\n').map((line) => line.trim());
  const doomed = names.filter((name) => consumers.some((c) => name === c || name.startsWith(`${c}.`)));
  const connection = await amqp.connect(engines.TEST_AMQP_URL);
  try {
    const channel = await connection.createChannel();
    for (const name of doomed) await channel.deleteQueue(name);
  } finally {
    await connection.close();
  }
}

beforeAll(async () => {
  await startBroker();
}, 40_000);

afterAll(async () => {
  await Promise.all([...openBuses].map((bus) => bus.close()));
  await startBroker();
  const connection = await amqp.connect(engines.TEST_AMQP_URL);
  try {
    const channel = await connection.createChannel();
    await channel.deleteExchange(exchange);
  } finally {
    await connection.close();
  }
}, 40_000);

describe('RabbitMqEventBus', () => {
  const consumers: string[] = [];
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ db, dataSource } = await outboxDatabase(`events_rabbitmq_${run}`));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
    await Promise.all([...openBuses].map((bus) => bus.close()));
    await deleteQueues(consumers);
  }, 40_000);

  it('connectEventBus("stack") returns a connected RabbitMQ bus', async () => {
    const bus = await connectEventBus('stack', engines.TEST_AMQP_URL, logger);
    try {
      expect(bus).toBeInstanceOf(RabbitMqEventBus);
      await eventually('the bus to connect', async () => (bus.isHealthy() ? true : undefined), {
        timeoutMs: 20_000,
      });
    } finally {
      await bus.close();
    }
    expect(bus.isHealthy()).toBe(false);
    await expect(bus.publish([createEvent('test', 'x.y', {})])).rejects.toThrow('closed');
  }, 25_000);

  it('dead-letters a malformed message at once, and later events still flow', async () => {
    const bus = await startedBus();
    const consumer = `malformed-${run}`;
    consumers.push(consumer);
    const handler = recorder();
    try {
      await bus.consume({ consumer, patterns: [`m${run}.#`], handler: handler.handler });
      const connection = await amqp.connect(engines.TEST_AMQP_URL);
      try {
        const raw = await connection.createConfirmChannel();
        raw.publish(exchange, `m${run}.broken`, Buffer.from('{"id": "raw-1", not json'), {
          messageId: 'raw-1',
        });
        // Valid JSON, but not an envelope.
        raw.publish(exchange, `m${run}.shapeless`, Buffer.from('{"hello":"world"}'), { messageId: 'raw-2' });
        await raw.waitForConfirms();
      } finally {
        await connection.close();
      }
      const good = createEvent('test', `m${run}.fine`, { n: 1 });
      await bus.publish([good]);

      await receivedAtLeast('the valid event', handler.received, 1);
      const letters = await eventually('both malformed messages in the DLQ', async () => {
        const found = await bus.deadLetters(consumer);
        return found.length >= 2 ? found : undefined;
      });
      expect(letters).toEqual([
        {
          event: expect.objectContaining({ id: 'raw-1', type: `m${run}.broken` }),
          error: expect.stringMatching(/^malformed event: .*JSON/),
          attempts: 0,
          raw: '{"id": "raw-1", not json',
        },
        {
          event: expect.objectContaining({ id: 'raw-2', type: `m${run}.shapeless` }),
          error: expect.stringMatching(/^malformed event: event envelope lacks id, type/),
          attempts: 0,
          raw: '{"hello":"world"}',
        },
      ]);
      // The handler never saw them.
      expect(handler.ids()).toEqual([good.id]);
    } finally {
      await bus.close();
    }
  }, 15_000);

  it('redelivers a message whose handler was running when the connection dropped', async () => {
    const bus = await startedBus();
    const consumer = `drop-${run}`;
    consumers.push(consumer);
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const handler = recorder();
    try {
      await bus.consume({
        consumer,
        patterns: [`d${run}.*`],
        handler: async (event, delivery) => {
          await handler.handler(event, delivery);
          if (handler.received.length === 1) await blocked;
        },
      });
      const event = createEvent('test', `d${run}.created`, { n: 1 });
      await bus.publish([event]);
      await receivedAtLeast('the first delivery', handler.received, 1);

      // Simulates a network failure: the socket goes away under the bus, which did not ask to close.
      await (bus as unknown as { connection: amqp.ChannelModel }).connection.close();
      expect(bus.isHealthy()).toBe(false);
      release(); // finishes after the drop: its ack has nowhere to go

      await receivedAtLeast('the redelivery', handler.received, 2);
      expect(handler.received.map((r) => [r.event.id, r.delivery])).toEqual([
        [event.id, { attempt: 1, redelivered: false }],
        [event.id, { attempt: 1, redelivered: true }],
      ]);
      expect(bus.isHealthy()).toBe(true);
    } finally {
      release();
      await bus.close();
    }
  }, 15_000);

  it('re-declares its queue and resumes when the queue is deleted under a running consumer', async () => {
    const bus = await startedBus();
    const consumer = `deleted-${run}`;
    consumers.push(consumer);
    const handler = recorder();
    try {
      await bus.consume({ consumer, patterns: [`q${run}.*`], handler: handler.handler });
      const connection = await amqp.connect(engines.TEST_AMQP_URL);
      try {
        await (await connection.createChannel()).deleteQueue(consumer);
      } finally {
        await connection.close();
      }
      // The broker cancels the consumer; the bus reconnects, re-declares and re-binds.
      const event = createEvent('test', `q${run}.created`, { n: 1 });
      await eventually(
        'an event to reach the re-declared queue',
        async () => {
          if (handler.received.length > 0) return true;
          if (bus.isHealthy()) await bus.publish([event]).catch(() => undefined);
          return undefined;
        },
        { intervalMs: 200 },
      );
      expect(handler.ids()[0]).toBe(event.id);
    } finally {
      await bus.close();
    }
  }, 15_000);

  it('loses no outbox event across a broker restart, and reconnects and resumes consuming by itself', async () => {
    const N = 50;
    const t = `r${run}`;
    const consumer = `restart-${run}`;
    consumers.push(consumer);
    const bus = await startedBus();
    const relay = new OutboxRelay(dataSource, bus, logger, { pollIntervalMs: 50, maxBackoffMs: 300 });
    const written: EventEnvelope[] = [];
    const writeEvents = async (count: number): Promise<void> => {
      for (let i = 0; i < count; i += 10) {
        const batch = Array.from({ length: Math.min(10, count - i) }, () =>
          createEvent('test', `${t}.created`, { n: written.length }),
        );
        await dataSource.transaction((manager) => addToOutbox(manager, batch));
        written.push(...batch);
        relay.kick();
      }
    };
    const effectRows = async (): Promise<number> =>
      (await dataSource.query('SELECT count(*)::int AS n FROM effects WHERE consumer = $1', [consumer]))[0].n;

    try {
      await bus.consume({
        consumer,
        patterns: [`${t}.#`],
        prefetch: 20,
        retryDelaysMs: [50],
        handler: async (event) => {
          await recordEffectOnce(dataSource, consumer, event);
        },
      });
      relay.start();
      await writeEvents(N);

      // Stopped while the relay and the consumer are busy with the first N.
      await stopBroker();
      await eventually('the bus to notice the broker is gone', async () =>
        bus.isHealthy() ? undefined : true,
      );
      const startedAt = Date.now();
      await expect(bus.publish([createEvent('test', `${t}.direct`, {})])).rejects.toThrow('not connected');
      expect(Date.now() - startedAt).toBeLessThan(100);

      await writeEvents(N);
      // The relay tries, fails and backs off; the rows stay unpublished.
      await eventually('a failed relay attempt to be recorded', async () => {
        const [{ n }] = await dataSource.query(
          'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL AND last_error IS NOT NULL',
        );
        return n > 0 ? true : undefined;
      });
      expect(await relay.pendingCount()).toBeGreaterThanOrEqual(N);

      await startBroker();
      await eventually(
        'every event to be processed',
        async () => ((await effectRows()) >= 2 * N ? true : undefined),
        {
          timeoutMs: 20_000,
        },
      );

      expect(bus.isHealthy()).toBe(true);
      expect(await relay.pendingCount()).toBe(0);
      const rows: { event_id: string; n: number }[] = await dataSource.query(
        'SELECT event_id, count(*)::int AS n FROM effects WHERE consumer = $1 GROUP BY event_id',
        [consumer],
      );
      expect(rows.every((row) => row.n === 1)).toBe(true);
      expect(rows.map((row) => row.event_id).sort()).toEqual(written.map((e) => e.id).sort());
      expect(written).toHaveLength(2 * N);
      expect(await bus.deadLetters(consumer)).toEqual([]);
    } finally {
      await relay.stop();
      await startBroker();
      await bus.close();
    }
  }, 50_000);
});
