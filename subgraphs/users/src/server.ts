import { openPubSub, RateLimiter } from '@commerce/cache';
import { createByIdLoader } from '@commerce/graphql';
import { ContextExtension, defineSubgraph, RunningSubgraphOf } from '@commerce/runtime';
import { AddressEntity } from './address/address.entity';
import { addressRoutes } from './address/address.routes';
import { AddressService } from './address/address.service';
import { ensureAdmin } from './admin-bootstrap';
import { AuthService } from './auth/auth.service';
import { jwksRoutes } from './auth/jwks.routes';
import { LocalKeySource } from './auth/local-key-source';
import { LoginLimiter } from './auth/login-limiter';
import { PasswordHasher } from './auth/password-hasher';
import { RefreshTokenEntity } from './auth/refresh-token.entity';
import { SigningKeyEntity } from './auth/signing-key.entity';
import { SigningKeyStore } from './auth/signing-keys';
import { TokenService } from './auth/token.service';
import { ClientEntity } from './client/client.entity';
import { clientRoutes } from './client/client.routes';
import { ClientService } from './client/client.service';
import { loadUsersConfig } from './config';
import type { UsersContext, UsersServices } from './context';
import { CreateUsers1700000000100 } from './migrations/1700000000100-create-users';
import { CreateApiClients1700000000200 } from './migrations/1700000000200-create-api-clients';
import { buildUsersSchema } from './schema';
import { UserEntity } from './user/user.entity';
import { UserService } from './user/user.service';

/** The users subgraph: accounts, addresses, and the tokens (and keys) every other service trusts. */
export const usersSubgraph = defineSubgraph({
  name: 'users',
  loadConfig: loadUsersConfig,
  port: (config) => config.USERS_PORT,
  schema: buildUsersSchema,
  database: {
    entities: [UserEntity, AddressEntity, RefreshTokenEntity, SigningKeyEntity, ClientEntity],
    migrations: [CreateUsers1700000000100, CreateApiClients1700000000200],
  },
  async services({ config, dataSource, outbox, cache, logger }): Promise<UsersServices> {
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
    const admin = {
      username: config.ADMIN_USERNAME,
      email: config.ADMIN_EMAIL,
      password: config.ADMIN_PASSWORD,
    };
    await ensureAdmin(dataSource, hasher, admin, logger);
    return {
      users: new UserService({ dataSource, outbox, hasher, tokens }),
      auth: new AuthService({ dataSource, outbox, hasher, tokens, limiter }),
      addresses: new AddressService(dataSource),
      signingKeys,
      // Announces key changes to every gateway replica (Redis; the process's own when embedded).
      clients: new ClientService(dataSource, openPubSub(config), logger),
    };
  },
  context: ({ services }): ContextExtension<UsersContext> => ({
    services,
    loaders: { userById: createByIdLoader((ids) => services.users.findByIds(ids)) },
  }),
  // The users service signs the tokens: it verifies them from its own key store, not over HTTP.
  keySource: ({ services }) => new LocalKeySource(services.signingKeys),
  routes: ({ services, internal }) => [
    ...jwksRoutes(services.signingKeys),
    ...addressRoutes(services.addresses, internal),
    ...clientRoutes(services.clients, internal),
  ],
  onShutdown: ({ services }) => [() => services.clients.close()],
});

export type RunningUsers = RunningSubgraphOf<typeof usersSubgraph>;
