/**
 * Typed configuration, validated once at start-up.
 *
 * Every service describes its settings as a zod object and calls `loadConfig`. Nothing else in the code
 * base reads `process.env`: a bad value is reported here, each one on its own line, before anything
 * starts listening.
 */
import { z } from 'zod';

export { z };

/** Thrown when one or more environment variables are invalid; the message lists each problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates `env` against `schema`; keys in the schema are environment variable names. */
export function loadConfig<S extends z.ZodRawShape>(
  shape: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<S>> {
  // An empty variable (`PORT=`) means "not set": it takes the default instead of coercing to 0 or "".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = z.object(shape).safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.');
    const value = env[key];
    const shown = value === undefined ? 'is missing' : `has bad value ${JSON.stringify(redact(key, value))}`;
    // Some zod messages quote the value they received (enums): a secret must not leak through them.
    const message = value && isSecret(key) ? issue.message.split(value).join('***') : issue.message;
    return `${key} ${shown}: ${message}`;
  });
  throw new ConfigError(problems);
}

const isSecret = (key: string) => /SECRET|PASSWORD|KEY|TOKEN/i.test(key);

function redact(key: string, value: string): string {
  if (isSecret(key)) return '***';
  // Connection URLs carry credentials (postgres://user:password@host): show the rest, mask the password.
  return value.replace(/^([a-z][\w+.-]*:\/\/[^:/@\s]*):[^@/]*@/i, '$1:***@');
}

/** Reusable field types, so every service spells its settings the same way. */
export const env = {
  // 0 asks the OS for a free port (tests).
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  url: (fallback?: string) =>
    fallback === undefined ? z.string().url() : z.string().url().default(fallback),
  int: (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback),
  bool: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'])
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  string: (fallback: string) => z.string().min(1).default(fallback),
  optionalString: () =>
    z
      .string()
      .optional()
      .transform((v) => (v === '' ? undefined : v)),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  nodeEnv: () => z.enum(['development', 'production', 'test']).default('development'),
};

/**
 * Settings shared by every service: how it runs (embedded single process or full stack), where the
 * engines are, and the service token for internal endpoints.
 */
export const platformShape = {
  NODE_ENV: env.nodeEnv(),
  LOG_LEVEL: env.logLevel(),
  /** embedded: in-process bus/cache, embedded PostgreSQL. stack: RabbitMQ, Redis, real engines. */
  RUNTIME_MODE: z.enum(['embedded', 'stack']).default('stack'),
  REDIS_URL: env.url('redis://127.0.0.1:6379'),
  AMQP_URL: env.url('amqp://guest:guest@127.0.0.1:5672'),
  /** Shared secret for service-to-service calls on internal endpoints (never exposed by the gateway). */
  SERVICE_TOKEN: z.string().min(16).default('dev-service-token-change-me'),
  /** Where services fetch the users service's signing keys. */
  JWKS_URL: env.url('http://127.0.0.1:4001/.well-known/jwks.json'),
  JWT_ISSUER: env.string('commerce-users'),
  JWT_AUDIENCE: env.string('commerce'),
  SHUTDOWN_TIMEOUT_MS: env.int(8000, 100),
  /**
   * How many X-Forwarded-For hops were added by our own proxies (see runtime's clientIp). Subgraphs
   * sit behind the gateway (1); the gateway is the edge (0) unless a load balancer fronts it.
   */
  TRUSTED_PROXY_HOPS: env.int(1, 0),
  /**
   * Deployment grouping: services that run in one process (embedded mode, a checkout cell of the full
   * stack) answer each other's internal calls in memory instead of over a socket. Set by the launchers
   * that group services; a service alone in its process is unaffected either way.
   */
  INTERNAL_CALLS_IN_PROCESS: env.bool(false),
};

export type PlatformConfig = z.infer<z.ZodObject<typeof platformShape>>;

/** PostgreSQL settings for one service's database. */
export function databaseShape(defaultDatabase: string) {
  return {
    DATABASE_URL: env.url(`postgres://postgres:postgres@127.0.0.1:5432/${defaultDatabase}`),
    DATABASE_POOL_SIZE: env.int(10, 1),
    /** Named prepared statements per connection; false behind a transaction-mode pooler (pgbouncer). */
    DATABASE_PREPARED_STATEMENTS: env.bool(true),
  };
}
