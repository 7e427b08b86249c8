import { ConfigError, databaseShape, env, loadConfig, platformShape, z } from '@commerce/config';

/** Every setting of the users service, validated at start-up (one message per bad value). */
export const usersConfigShape = {
  ...platformShape,
  ...databaseShape('users'),
  USERS_PORT: env.port(4001),
  ACCESS_TOKEN_TTL_SECONDS: env.int(15 * 60, 60),
  REFRESH_TOKEN_TTL_SECONDS: env.int(30 * 24 * 3600, 3600),
  /** Failed logins allowed per account before RATE_LIMITED, within LOGIN_WINDOW_SECONDS. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: env.int(5, 1),
  /** Login attempts allowed per client IP within LOGIN_WINDOW_SECONDS. */
  LOGIN_MAX_ATTEMPTS_PER_IP: env.int(30, 1),
  LOGIN_WINDOW_SECONDS: env.int(15 * 60, 1),
  /** The first administrator, created on first start when no user has this username. */
  ADMIN_USERNAME: env.string('admin'),
  ADMIN_EMAIL: z.string().email().default('admin@example.com'),
  /** Required in production; the development default is documented in the README. */
  ADMIN_PASSWORD: z.string().min(10).default('admin-password-1'),
  /** Argon2id cost: memory in KiB. 19 MiB is OWASP's minimum recommendation for argon2id. */
  PASSWORD_HASH_MEMORY_KIB: env.int(19456, 1024),
  PASSWORD_HASH_ITERATIONS: env.int(2, 1),
};

export type UsersConfig = z.infer<z.ZodObject<typeof usersConfigShape>>;

export function loadUsersConfig(source: NodeJS.ProcessEnv = process.env): UsersConfig {
  const config = loadConfig(usersConfigShape, source);
  if (config.NODE_ENV === 'production' && source.ADMIN_PASSWORD === undefined) {
    throw new ConfigError(['ADMIN_PASSWORD is missing: it must be set explicitly in production']);
  }
  return config;
}
