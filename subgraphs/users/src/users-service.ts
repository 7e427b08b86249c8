import type { IncomingMessage } from 'node:http';
import { JwtVerifier } from '@commerce/auth';
import { Cache, RateLimiter } from '@commerce/cache';
import { isDatabaseReachable, openDatabase } from '@commerce/database';
import { CreateOutboxAndInbox1700000000000, EventBus, OutboxRelay, OutboxWriter } from '@commerce/events';
import type { Logger, LogScope } from '@commerce/logging';
import {
  baseRequestContext,
  createByIdLoader,
  createSubgraphServer,
  internalRoute,
  RunningService,
  sendJson,
  ServiceMetrics,
  startService,
} from '@commerce/runtime';
import { AddressEntity } from './address/address.entity';
import { AddressService } from './address/address.service';
import { ensureAdmin } from './admin-bootstrap';
import { AuthService } from './auth/auth.service';
import { LocalKeySource } from './auth/local-key-source';
import { LoginLimiter } from './auth/login-limiter';
import { PasswordHasher } from './auth/password-hasher';
import { RefreshTokenEntity } from './auth/refresh-token.entity';
import { SigningKeyEntity } from './auth/signing-key.entity';
import { SigningKeyStore } from './auth/signing-keys';
import { TokenService } from './auth/token.service';
import type { UsersConfig } from './config';
import type { UsersContext, UsersServices } from './context';
import { CreateUsers1700000000100 } from './migrations/1700000000100-create-users';
import { buildUsersSchema } from './schema';
import { UserEntity } from './user/user.entity';
import { UserService } from './user/user.service';

export interface UsersDependencies {
  logger: Logger;
  bus: EventBus;
  cache: Cache;
}

export interface UsersService extends RunningService {
  services: UsersServices;
  signingKeys: SigningKeyStore;
  relay: OutboxRelay;
}

/** Wires the users subgraph: database, services, outbox relay, HTTP runtime. */
export async function startUsersService(config: UsersConfig, deps: UsersDependencies): Promise<UsersService> {
  const { logger, bus, cache } = deps;
  const dataSource = await openDatabase({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
    entities: [UserEntity, AddressEntity, RefreshTokenEntity, SigningKeyEntity],
    migrations: [CreateOutboxAndInbox1700000000000, CreateUsers1700000000100],
    logger,
  });
  const relay = new OutboxRelay(dataSource, bus, logger);
  const outbox = new OutboxWriter('users', () => relay.kick());
  const hasher = new PasswordHasher({
    memoryCost: config.PASSWORD_HASH_MEMORY_KIB,
    timeCost: config.PASSWORD_HASH_ITERATIONS,
  });
  const signingKeys = new SigningKeyStore(dataSource);
  await signingKeys.activeKey();
  const tokens = new TokenService(
    signingKeys,
    {
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    },
    logger,
  );
  const window = config.LOGIN_WINDOW_SECONDS;
  const limiter = new LoginLimiter(
    new RateLimiter(cache, 'login'),
    { limit: config.LOGIN_MAX_ATTEMPTS_PER_IP, windowSeconds: window },
    { limit: config.LOGIN_MAX_FAILURES_PER_ACCOUNT, windowSeconds: window },
  );
  const services: UsersServices = {
    users: new UserService(dataSource, outbox, hasher, tokens),
    auth: new AuthService(dataSource, outbox, hasher, tokens, limiter),
    addresses: new AddressService(dataSource),
  };
  await ensureAdmin(
    dataSource,
    hasher,
    { username: config.ADMIN_USERNAME, email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD },
    logger,
  );
  relay.start();

  const verifier = new JwtVerifier(new LocalKeySource(signingKeys), {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  const metrics = new ServiceMetrics('users');
  const schema = await buildUsersSchema();
  const production = config.NODE_ENV === 'production';
  const context = async (request: { req: IncomingMessage; scope: LogScope }): Promise<UsersContext> => ({
    ...(await baseRequestContext(verifier, request, config.TRUSTED_PROXY_HOPS)),
    services,
    loaders: { userById: createByIdLoader((ids) => services.users.findByIds(ids)) },
  });

  const running = await startService<UsersContext>({
    name: 'users',
    port: config.USERS_PORT,
    logger,
    metrics,
    graphql: { server: createSubgraphServer<UsersContext>({ schema, logger, metrics, production }), context },
    routes: [
      {
        method: 'GET',
        path: '/.well-known/jwks.json',
        handler: async ({ res }) =>
          sendJson(res, 200, await signingKeys.jwks(), { 'cache-control': 'public, max-age=300' }),
      },
      internalRoute({
        method: 'GET',
        path: '/internal/addresses',
        serviceToken: config.SERVICE_TOKEN,
        logger,
        handle: ({ url }) =>
          services.addresses.findOwned(url.searchParams.get('userId'), url.searchParams.get('addressId')),
      }),
    ],
    readiness: {
      database: () => isDatabaseReachable(dataSource),
      eventBus: async () => bus.isHealthy(),
    },
    onShutdown: [() => relay.stop(), () => dataSource.destroy()],
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
  return { ...running, services, signingKeys, relay };
}
