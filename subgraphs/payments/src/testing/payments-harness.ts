import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { request } from 'undici';
import { MemoryCache } from '@commerce/cache';
import { EventBus, EventEnvelope, InProcessEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { createTestDatabase, TestDatabase } from '@commerce/testing';
import { loadPaymentsConfig, PaymentsConfig } from '../config';
import { paymentsSubgraph, RunningPayments } from '../server';
import { startTestAuth, TestAuth } from './test-auth';

const SERVICE_TOKEN = 'payments-test-service-token';

interface HttpReply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface PaymentsHarness {
  service: RunningPayments;
  config: PaymentsConfig;
  database: TestDatabase;
  /** A direct connection to the test database, for assertions on rows. */
  db: Client;
  bus: EventBus;
  auth: TestAuth;
  /** The GraphQL endpoint. */
  url: string;
  /** http://127.0.0.1:<port> */
  base: string;
  /** Every log line the service wrote (debug level and up), for the no-card-number checks. */
  logLines: string[];
  /** Every event the service published. */
  events: EventEnvelope[];
  /** Calls an internal endpoint with the service token (or `token`, or none when null). */
  call(method: 'GET' | 'POST', path: string, body?: unknown, token?: string | null): Promise<HttpReply>;
  stop(): Promise<void>;
}

/**
 * Starts the real payments service on an ephemeral port, on a fresh PostgreSQL database, with the
 * in-process bus and cache of embedded mode and a local JWKS for real RS256 tokens; one per test file.
 * `env` overrides settings (e.g. CARD_PROVIDER=stripe against stripe-mock).
 */
export async function startPaymentsHarness(env: Record<string, string> = {}): Promise<PaymentsHarness> {
  const database = await createTestDatabase('payments');
  const auth = await startTestAuth();
  const logLines: string[] = [];
  const logger = createLogger({
    service: 'payments',
    level: 'debug',
    destination: { write: (line: string) => void logLines.push(line) },
  });
  const config = loadPaymentsConfig({
    PAYMENTS_PORT: '0',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '10',
    RUNTIME_MODE: 'embedded',
    NODE_ENV: 'test',
    SERVICE_TOKEN,
    JWKS_URL: auth.jwksUrl,
    STRIPE_API_BASE: 'http://127.0.0.1:12111',
    STRIPE_SECRET_KEY: 'sk_test_paymentsHarness',
    STRIPE_WEBHOOK_SECRET: 'whsec_payments_harness_secret',
    ...env,
  });
  const bus = new InProcessEventBus(logger);
  const events: EventEnvelope[] = [];
  await bus.consume({
    consumer: `payments-spec-${randomUUID()}`,
    patterns: ['payment.#'],
    handler: async (event) => void events.push(event),
  });
  const cache = new MemoryCache();
  const service = await paymentsSubgraph.start(config, { logger, bus, cache });
  const db = new Client({ connectionString: database.url });
  await db.connect();
  const base = `http://127.0.0.1:${service.port}`;
  return {
    service,
    config,
    database,
    db,
    bus,
    auth,
    url: service.url,
    base,
    logLines,
    events,
    call: async (method, path, body, token = SERVICE_TOKEN) => {
      const response = await request(`${base}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.body.text();
      return { status: response.statusCode, body: text ? JSON.parse(text) : null };
    },
    stop: async () => {
      await db.end();
      await service.stop();
      await bus.close();
      await cache.close();
      await auth.stop();
      await database.drop();
    },
  };
}
