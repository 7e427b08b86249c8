import 'reflect-metadata';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@commerce/auth';
import { loadConfig, databaseShape, env, platformShape } from '@commerce/config';
import { MemoryCache } from '@commerce/cache';
import { defineEvent } from '@commerce/contracts';
import { ConsumerOptions, EventBus, EventEnvelope, InProcessEventBus } from '@commerce/events';
import { buildFederatedSchema } from '@commerce/graphql';
import { createLogger } from '@commerce/logging';
import { createTestDatabase, eventually, graphql, TestDatabase } from '@commerce/testing';
import { z } from 'zod';
import { defineSubgraph } from './define-subgraph';
import type { BackgroundWorker, Store, SubgraphDependencies } from './subgraph-definition';

const probeShape = { ...platformShape, ...databaseShape('probe'), PROBE_PORT: env.port(0) };
const loadProbeConfig = (source: NodeJS.ProcessEnv = {}) =>
  loadConfig(probeShape, { LOG_LEVEL: 'silent', PROBE_PORT: '0', ...source });

@Resolver()
class GreetingResolver {
  @Query(() => String, { description: 'What the services say to the caller' })
  greeting(@Ctx() ctx: RequestContext & { services: { greet(ctx: RequestContext): string } }): string {
    return ctx.services.greet(ctx);
  }
}

const buildProbeSchema = () => buildFederatedSchema({ resolvers: [GreetingResolver] });

/** The one event the probe records (every event is recorded by its contract). */
const ProbeRecorded = defineEvent('probe.recorded', z.object({ n: z.number().int() }));

/** Everything the probe's parts did, in order. */
let journal: string[];

function store(name: string, reachable = () => true): Store {
  journal.push(`open ${name}`);
  return {
    isReachable: async () => reachable(),
    close: async () => void journal.push(`close ${name}`),
  };
}

function worker(name: string, signal: AbortSignal): BackgroundWorker {
  return {
    start: () => void journal.push(`start ${name}`),
    // Whether the shutdown signal was already aborted when the worker was asked to stop.
    stop: async () => void journal.push(`stop ${name}${signal.aborted ? ' (signal aborted)' : ''}`),
  };
}

/** The in-process bus, recording when a consumer subscribes and when it stops. */
function recordingBus(bus: EventBus): EventBus {
  return {
    publish: (events) => bus.publish(events),
    deadLetters: (consumer) => bus.deadLetters(consumer),
    isHealthy: () => bus.isHealthy(),
    close: () => bus.close(),
    consume: async (options: ConsumerOptions) => {
      const stop = await bus.consume(options);
      journal.push(`subscribe ${options.consumer}`);
      return async () => {
        journal.push(`unsubscribe ${options.consumer}`);
        await stop();
      };
    },
  };
}

let deps: SubgraphDependencies;
let inner: InProcessEventBus;

beforeEach(() => {
  journal = [];
  const logger = createLogger({ service: 'probe', level: 'silent' });
  inner = new InProcessEventBus(logger);
  deps = { logger, bus: recordingBus(inner), cache: new MemoryCache() };
});

afterEach(async () => {
  await inner.close();
  await deps.cache.close();
});

/** A subgraph with a store, workers, a consumer and a shutdown hook, all recording into `journal`. */
const probe = (options: { failSchema?: boolean; storeReachable?: () => boolean } = {}) =>
  defineSubgraph({
    name: 'probe',
    loadConfig: loadProbeConfig,
    port: (config) => config.PROBE_PORT,
    schema: async () => {
      if (options.failSchema) throw new Error('schema broken');
      return buildProbeSchema();
    },
    stores: async () => ({ documents: store('documents', options.storeReachable) }),
    services: ({ stores, shutdownSignal }) => {
      journal.push(`services (store ${Object.keys(stores).join(', ')})`);
      return {
        greet: (ctx: RequestContext) => `hello ${ctx.user ? ctx.user.id : 'anonymous'} (${ctx.requestId})`,
        sweeper: worker('sweeper', shutdownSignal),
        relay: worker('relay', shutdownSignal),
      };
    },
    workers: ({ services }) => [services.relay, services.sweeper],
    consumers: () => [{ consumer: 'probe-consumer', patterns: ['probe.#'], handler: async () => undefined }],
    onShutdown: () => [async () => void journal.push('shutdown hook')],
  });

describe('defineSubgraph', () => {
  it('starts stores, services, workers and consumers in order, and stops them in reverse', async () => {
    const subgraph = probe();
    const running = await subgraph.start(subgraph.loadConfig(), deps);
    expect(journal).toEqual([
      'open documents',
      'services (store documents)',
      'start relay',
      'start sweeper',
      'subscribe probe-consumer',
    ]);
    journal = [];
    await running.stop();
    expect(journal).toEqual([
      'unsubscribe probe-consumer',
      'stop sweeper (signal aborted)',
      'stop relay (signal aborted)',
      'shutdown hook',
      'close documents',
    ]);
  });

  it('serves GraphQL with the caller and the services on the context (`{ services }` by default)', async () => {
    const subgraph = probe();
    const running = await subgraph.start(subgraph.loadConfig(), deps);
    try {
      const response = await graphql<{ greeting: string }, unknown>(
        running.url,
        '{ greeting }',
        {},
        { headers: { 'x-request-id': 'req-12345678' } },
      );
      expect(response.data?.greeting).toBe('hello anonymous (req-12345678)');
    } finally {
      await running.stop();
    }
  });

  it('reports each store under its name and the bus on /readyz', async () => {
    let reachable = true;
    const subgraph = probe({ storeReachable: () => reachable });
    const running = await subgraph.start(subgraph.loadConfig(), deps);
    try {
      const readyz = running.url.replace('/graphql', '/readyz');
      expect(await (await fetch(readyz)).json()).toEqual({
        status: 'ready',
        checks: { documents: true, eventBus: true },
      });
      reachable = false;
      const down = await fetch(readyz);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ checks: { documents: false, eventBus: true } });
    } finally {
      await running.stop();
    }
  });

  it('undoes what it started, in reverse, when start-up fails half-way', async () => {
    const subgraph = probe({ failSchema: true });
    await expect(subgraph.start(subgraph.loadConfig(), deps)).rejects.toThrow('schema broken');
    expect(journal).toEqual([
      'open documents',
      'services (store documents)',
      'start relay',
      'start sweeper',
      'subscribe probe-consumer',
      'unsubscribe probe-consumer',
      'stop sweeper (signal aborted)',
      'stop relay (signal aborted)',
      'shutdown hook',
      'close documents',
    ]);
  });
});

describe('defineSubgraph with a database', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('runtime');
  });

  afterAll(() => database.drop());

  const withOutbox = defineSubgraph({
    name: 'probe',
    loadConfig: loadProbeConfig,
    port: (config) => config.PROBE_PORT,
    schema: buildProbeSchema,
    database: { entities: [], migrations: [] },
    services: ({ dataSource, outbox }) => ({
      greet: () => 'hello',
      /** Writes one event the way every service does: in its transaction, through the outbox. */
      record: (data: { n: number }) =>
        outbox.transaction(dataSource, (manager) => outbox.record(manager, ProbeRecorded, data)),
    }),
  });

  it('migrates the outbox and inbox tables, and relays what the service records to the bus', async () => {
    const running = await withOutbox.start(withOutbox.loadConfig({ DATABASE_URL: database.url }), deps);
    const received: EventEnvelope[] = [];
    await inner.consume({
      consumer: 'probe-spec',
      patterns: ['probe.#'],
      handler: async (event) => void received.push(event),
    });
    try {
      await running.services.record({ n: 7 });
      const [event] = await eventually('the relayed event', async () =>
        received.length ? received : undefined,
      );
      expect(event).toMatchObject({ type: 'probe.recorded', source: 'probe', data: { n: 7 } });
      expect(await running.relay.pendingCount()).toBe(0);
      const readyz = await fetch(running.url.replace('/graphql', '/readyz'));
      expect(await readyz.json()).toEqual({ status: 'ready', checks: { database: true, eventBus: true } });
    } finally {
      await running.stop();
    }
    // The pool is closed by the shutdown.
    expect(running.dataSource.isInitialized).toBe(false);
  });

  it('runs no relay for a database without an outbox (a service that only consumes)', async () => {
    const consumerOnly = defineSubgraph({
      name: 'probe',
      loadConfig: loadProbeConfig,
      port: (config) => config.PROBE_PORT,
      schema: buildProbeSchema,
      database: { entities: [], migrations: [], outbox: false as const },
      services: ({ dataSource }) => ({ greet: () => 'hello', dataSource }),
    });
    const running = await consumerOnly.start(consumerOnly.loadConfig({ DATABASE_URL: database.url }), deps);
    try {
      expect('relay' in running).toBe(false);
      expect('outbox' in running).toBe(false);
      const tables = await running.dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_name IN ('outbox', 'inbox') ORDER BY 1`,
      );
      expect(tables.map((row: { table_name: string }) => row.table_name)).toEqual(['inbox', 'outbox']);
    } finally {
      await running.stop();
    }
  });
});
