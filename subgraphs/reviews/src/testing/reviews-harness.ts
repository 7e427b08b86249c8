import { poolOf } from '@commerce/database';
import { Client } from 'pg';
import { MemoryCache } from '@commerce/cache';
import { EventBus, EventEnvelope, InProcessEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import {
  createTestDatabase,
  eventually,
  harnessSettings,
  QueryCounter,
  Teardown,
  TestDatabase,
  TestIdentity,
} from '@commerce/testing';
import { loadReviewsConfig, ReviewsConfig } from '../config';
import { REVIEWS_CATALOG_CONSUMER } from '../product/catalog.events';
import { REVIEWS_ORDERS_CONSUMER } from '../purchase/order.events';
import { reviewsSubgraph, RunningReviews } from '../server';
import { FakeCatalog } from './fake-catalog';

/** A running reviews service and what surrounds it, for one test file. */
export interface ReviewsHarness {
  service: RunningReviews;
  config: ReviewsConfig;
  database: TestDatabase;
  /** A connection of the test's own to the service's database, to check what was (not) written. */
  db: Client;
  identity: TestIdentity;
  catalog: FakeCatalog;
  bus: EventBus;
  /** Statements the service sends to PostgreSQL. */
  queries: QueryCounter;
  /** The GraphQL endpoint. */
  url: string;
  /** Publishes catalog or order events and waits until the service has processed them (inbox). */
  deliver(...events: EventEnvelope[]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the real reviews service on an ephemeral port, on a fresh PostgreSQL database, with a local
 * JWKS, a fake catalog (lookups of products the events have not brought) and the in-process bus
 * unless `bus` is given. `env` overrides settings.
 */
export async function startReviewsHarness(
  env: Record<string, string> = {},
  bus?: EventBus,
): Promise<ReviewsHarness> {
  const teardown = new Teardown();
  const database = teardown.add(await createTestDatabase('reviews'), (own) => own.drop());
  const identity = teardown.add(await TestIdentity.start(), (jwks) => jwks.stop());
  const catalog = teardown.add(await FakeCatalog.start(), (fake) => fake.stop());
  const logger = createLogger({ service: 'reviews', level: 'silent' });
  const config = loadReviewsConfig({
    ...harnessSettings('REVIEWS_PORT', database, identity.jwksUrl),
    CATALOG_URL: catalog.url,
    ...env,
  });
  const eventBus = bus ?? teardown.add(new InProcessEventBus(logger), (own) => own.close());
  const cache = teardown.add(new MemoryCache(), (memory) => memory.close());
  const service = teardown.add(
    await reviewsSubgraph.start(config, { logger, bus: eventBus, cache }),
    (running) => running.stop(),
  );
  const queries = new QueryCounter(poolOf(service.dataSource));
  const db = new Client({ connectionString: database.url });
  await db.connect();
  teardown.add(db, (client) => client.end());

  const deliver = async (...events: EventEnvelope[]) => {
    await eventBus.publish(events);
    const ids = events.map((event) => event.id);
    await eventually(`${events.map((e) => e.type).join(', ')} to be processed`, async () => {
      const dead = [
        ...(await eventBus.deadLetters(REVIEWS_ORDERS_CONSUMER)),
        ...(await eventBus.deadLetters(REVIEWS_CATALOG_CONSUMER)),
      ].filter((letter) => ids.includes(letter.event.id));
      if (dead.length > 0) throw new Error(`event dead-lettered: ${dead[0].error}`);
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[])`,
        [ids],
      );
      return rows[0].n === ids.length ? true : undefined;
    });
  };

  return {
    service,
    config,
    database,
    db,
    identity,
    catalog,
    bus: eventBus,
    queries,
    url: service.url,
    deliver,
    stop: () => teardown.run(),
  };
}
