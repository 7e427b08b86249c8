import { Cache, RedisCache } from '@commerce/cache';
import { connectEventBus, EventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { engines } from '@commerce/testing';
import type { RunningService } from '@commerce/runtime';
import { loadGatewayConfig, startGateway } from '../../gateway/src';
import { startUsersHarness, UsersHarness } from '../../subgraphs/users/src/testing/users-harness';

export interface TestSupergraph {
  gatewayUrl: string;
  users: UsersHarness;
  gateway: RunningService;
  bus: EventBus;
  /** The gateway's APQ store (Redis, namespaced for this run). */
  cache: Cache;
  stop(): Promise<void>;
}

/**
 * The supergraph in full-stack shape for end-to-end tests: the users subgraph on a fresh database,
 * RabbitMQ as the bus, Redis for cache and APQ, and the gateway serving the checked-in supergraph
 * with each subgraph URL pointed at the ephemeral port it got.
 */
export async function startTestSupergraph(usersEnv: Record<string, string> = {}): Promise<TestSupergraph> {
  const logger = createLogger({ service: 'e2e', level: 'silent' });
  const bus = await connectEventBus('stack', engines.TEST_AMQP_URL, logger);
  const users = await startUsersHarness(usersEnv, bus);
  const base = users.url.replace(/\/graphql$/, '');
  const cache = new RedisCache(engines.TEST_REDIS_URL, `test:${users.database.name}:gateway:`);
  const gateway = await startGateway(
    loadGatewayConfig({
      GATEWAY_PORT: '0',
      RUNTIME_MODE: 'stack',
      LOG_LEVEL: 'silent',
      REDIS_URL: engines.TEST_REDIS_URL,
      JWKS_URL: `${base}/.well-known/jwks.json`,
      SUBGRAPH_USERS_URL: users.url,
    }),
    createLogger({ service: 'gateway', level: 'silent' }),
    { cache },
  );
  return {
    gatewayUrl: gateway.url,
    users,
    gateway,
    bus,
    cache,
    stop: async () => {
      await gateway.stop();
      await cache.close();
      await users.stop().catch(() => undefined);
      await bus.close();
    },
  };
}
