import { resolve } from 'node:path';
import { env, loadConfig, platformShape, z } from '@commerce/config';
import {
  perSubgraphShape,
  resilienceShape,
  SubgraphOverrides,
  takeSubgraphOverrides,
} from './resilience/subgraph-settings';

/** Where `npm run compose` writes the supergraph, relative to this package (src/ or dist/). */
const DEFAULT_SUPERGRAPH_PATH = resolve(__dirname, '../../schema/supergraph.graphql');

/** Where `npm run codegen` writes the trusted-document manifests. */
const DEFAULT_MANIFESTS_DIR = resolve(__dirname, '../../schema/manifests');

/** `SUBGRAPH_<NAME>_URL`: replaces the URL the supergraph records for subgraph NAME. */
const SUBGRAPH_URL_VARIABLE = /^SUBGRAPH_([A-Z0-9_]+)_URL$/;

/** A comma-separated list of exact origins (`https://shop.example.com`), or `*` for any origin. */
const corsOrigins = z
  .string()
  .default('*')
  .transform((value, ctx): string[] | '*' => {
    if (value.trim() === '*') return '*';
    const origins = value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
    for (const origin of origins) {
      if (!isOrigin(origin)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `"${origin}" is not an origin like https://shop.example.com`,
        });
      }
    }
    return origins;
  });

const gatewayShape = {
  ...platformShape,
  GATEWAY_PORT: env.port(4000),
  SUPERGRAPH_PATH: env.string(DEFAULT_SUPERGRAPH_PATH),
  /**
   * Bearer tokens travel in a header, never in cookies, so allowing any origin exposes no ambient
   * credentials; deployments that want to pin their front ends list them.
   */
  CORS_ORIGINS: corsOrigins,
  MAX_QUERY_DEPTH: env.int(12, 1),
  MAX_QUERY_COST: env.int(5000, 1),
  APQ_TTL_SECONDS: env.int(86_400, 1),
  /** Memory for cached public answers (see response-cache.ts); 0 turns the cache off. */
  RESPONSE_CACHE_MB: env.int(64, 0),
  SUBGRAPH_TIMEOUT_MS: env.int(10_000, 100),
  /** Keep-alive connections per subgraph origin. */
  SUBGRAPH_CONNECTIONS: env.int(64, 1),
  /**
   * The gateway is the edge, so by default it believes no X-Forwarded-For hop (a client could write
   * anything there); set it to the number of load balancers in front of it.
   */
  TRUSTED_PROXY_HOPS: env.int(0, 0),
  /** Timeouts per operation kind, circuit breakers and readiness probes (resilience/subgraph-settings.ts). */
  ...resilienceShape,
  /** Identical concurrent queries from one authorization scope share one execution (dedup/). */
  SHARE_INFLIGHT_QUERIES: env.bool(true),
  /** Identical concurrent subgraph fetches (same body and Authorization) share one call. */
  SHARE_INFLIGHT_SUBGRAPH_FETCHES: env.bool(true),
  /**
   * Load shedding (overload/): requests in flight past which new ones get 503; 0 = no bound. Size it
   * as the replica's capacity (req/s) times the latency the slowest admitted request may reach.
   */
  OVERLOAD_MAX_IN_FLIGHT: env.int(128, 0),
  /** Sustained event-loop lag in ms past which new requests get 503; 0 = no bound. */
  OVERLOAD_MAX_EVENT_LOOP_LAG_MS: env.int(500, 0),
  OVERLOAD_RETRY_AFTER_SECONDS: env.int(1, 1),
  /**
   * How long an API key -> client lookup is remembered. Revocation is broadcast to every replica at
   * once; this bounds how long a replica that missed the broadcast keeps admitting a revoked key.
   */
  CLIENT_CACHE_SECONDS: env.int(3, 1),
  /** The checked-in trusted-document manifests (`npm run codegen`); published ones override them. */
  MANIFESTS_DIR: env.string(DEFAULT_MANIFESTS_DIR),
  /** `apollographql-client-name` values of our own apps, named as such in metrics and logs. */
  FIRST_PARTY_CLIENT_NAMES: z
    .string()
    .default('web,ios,android')
    .transform((value) =>
      value
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  /** The Redis pub/sub channel live events reach every gateway replica on (subscriptions). */
  SUBSCRIPTIONS_CHANNEL: env.string('commerce.live'),
  /** Running operations per WebSocket; the one beyond gets RATE_LIMITED. */
  MAX_SUBSCRIPTIONS_PER_CONNECTION: env.int(100, 1),
  /** WebSockets per user on one gateway replica; the one beyond is closed with 4429. */
  MAX_CONNECTIONS_PER_USER: env.int(10, 1),
  /** WebSocket ping interval; a peer that has not answered the previous ping is dropped. */
  WS_KEEPALIVE_MS: env.int(12_000, 1000),
};

export type GatewayConfig = z.infer<z.ZodObject<typeof gatewayShape>> & {
  /** Subgraph URL overrides keyed by subgraph name in env form (`USERS`), see `subgraphEnvName`. */
  SUBGRAPH_URLS: Record<string, string>;
  /** Per-subgraph timeouts and readiness probes (`SUBGRAPH_USERS_QUERY_TIMEOUT_MS`...), same keys. */
  SUBGRAPH_OVERRIDES: Record<string, SubgraphOverrides>;
};

/**
 * Reads and validates the gateway's settings once at boot. Subgraph URL overrides are open-ended
 * (`SUBGRAPH_USERS_URL`, `SUBGRAPH_CATALOG_URL`...) because the gateway serves whatever supergraph it
 * is pointed at, so their variables are found by name and validated like the fixed ones.
 */
export function loadGatewayConfig(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  // An empty override (`SUBGRAPH_USERS_URL=` in an env file) means "not overridden".
  const overrideNames = Object.keys(source).filter((key) => SUBGRAPH_URL_VARIABLE.test(key) && source[key]);
  const overrideShape = Object.fromEntries(overrideNames.map((key) => [key, env.url()]));
  const settingsShape = perSubgraphShape(source);
  const values = loadConfig({ ...gatewayShape, ...overrideShape, ...settingsShape }, source) as Record<
    string,
    unknown
  >;
  const SUBGRAPH_OVERRIDES = takeSubgraphOverrides(values, settingsShape);
  const SUBGRAPH_URLS: Record<string, string> = {};
  for (const key of overrideNames) {
    SUBGRAPH_URLS[SUBGRAPH_URL_VARIABLE.exec(key)![1]] = String(values[key]);
    delete values[key];
  }
  return { ...(values as z.infer<z.ZodObject<typeof gatewayShape>>), SUBGRAPH_URLS, SUBGRAPH_OVERRIDES };
}

/** The NAME part of `SUBGRAPH_<NAME>_URL` for a subgraph name of the supergraph (`user-profile` -> `USER_PROFILE`). */
export function subgraphEnvName(subgraph: string): string {
  return subgraph.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}
