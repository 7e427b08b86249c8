import { env, z } from '@commerce/config';

/** How readiness asks a subgraph whether it is up: a GraphQL `{ __typename }` POST, or a GET of a path. */
export type HealthProbe = { kind: 'graphql' } | { kind: 'path'; path: string };

/**
 * `graphql`, or a path: absolute on the subgraph's origin (`/health`), or relative, beside its GraphQL
 * path (`healthz`).
 */
const healthProbe = z
  .string()
  .regex(/^(graphql|[\w.~/-]+)$/, 'must be "graphql" (a { __typename } query) or a path like /health')
  .transform((value): HealthProbe =>
    value === 'graphql' ? { kind: 'graphql' } : { kind: 'path', path: value },
  );

const timeoutMs = z.coerce.number().int().min(100);

/** The gateway-wide resilience settings; each has a per-subgraph form below. */
export const resilienceShape = {
  /** Per operation kind, for every subgraph; unset: SUBGRAPH_TIMEOUT_MS. */
  SUBGRAPH_QUERY_TIMEOUT_MS: timeoutMs.optional(),
  SUBGRAPH_MUTATION_TIMEOUT_MS: timeoutMs.optional(),
  /** Failures (no GraphQL answer: refused, timed out, 5xx) within the window that open a circuit; 0: never. */
  SUBGRAPH_BREAKER_FAILURES: env.int(5, 0),
  SUBGRAPH_BREAKER_WINDOW_MS: env.int(10_000, 100),
  /** How long an open circuit fails fast before one trial fetch is let through. */
  SUBGRAPH_BREAKER_OPEN_MS: env.int(5_000, 100),
  /** The readiness probe of every subgraph without its own. */
  SUBGRAPH_HEALTH: healthProbe.default('graphql'),
};

/**
 * `SUBGRAPH_<NAME>_TIMEOUT_MS`, `SUBGRAPH_<NAME>_QUERY_TIMEOUT_MS`, `SUBGRAPH_<NAME>_MUTATION_TIMEOUT_MS`,
 * `SUBGRAPH_<NAME>_HEALTH`: one subgraph's own settings, NAME as in `subgraphEnvName`.
 */
const PER_SUBGRAPH_VARIABLE =
  /^SUBGRAPH_([A-Z0-9_]+?)_(TIMEOUT_MS|QUERY_TIMEOUT_MS|MUTATION_TIMEOUT_MS|HEALTH)$/;
const SETTING_OF = {
  TIMEOUT_MS: 'timeoutMs',
  QUERY_TIMEOUT_MS: 'queryTimeoutMs',
  MUTATION_TIMEOUT_MS: 'mutationTimeoutMs',
  HEALTH: 'health',
} as const;

/** One subgraph's overrides; what is absent falls back to the gateway-wide setting. */
export interface SubgraphOverrides {
  timeoutMs?: number;
  queryTimeoutMs?: number;
  mutationTimeoutMs?: number;
  health?: HealthProbe;
}

/** The per-subgraph variables set in `source`, with the validator of each (for `loadConfig`). */
export function perSubgraphShape(source: NodeJS.ProcessEnv): Record<string, z.ZodTypeAny> {
  const shape: Record<string, z.ZodTypeAny> = {};
  for (const key of Object.keys(source)) {
    // The gateway-wide variables read like a subgraph named QUERY or MUTATION: they are not one.
    if (key in resilienceShape || !source[key]) continue;
    const match = PER_SUBGRAPH_VARIABLE.exec(key);
    if (match) shape[key] = match[2] === 'HEALTH' ? healthProbe : timeoutMs;
  }
  return shape;
}

/** Takes the validated per-subgraph variables out of `values`, grouped by subgraph env name. */
export function takeSubgraphOverrides(
  values: Record<string, unknown>,
  shape: Record<string, unknown>,
): Record<string, SubgraphOverrides> {
  const overrides: Record<string, SubgraphOverrides> = {};
  for (const key of Object.keys(shape)) {
    const [, name, suffix] = PER_SUBGRAPH_VARIABLE.exec(key)!;
    const setting = SETTING_OF[suffix as keyof typeof SETTING_OF];
    (overrides[name] ??= {})[setting] = values[key] as never;
    delete values[key];
  }
  return overrides;
}

/** Fetch timeouts of one subgraph: its own per kind, its own, the gateway's per kind, the gateway's. */
export function timeoutsOf(
  overrides: SubgraphOverrides | undefined,
  gateway: {
    SUBGRAPH_TIMEOUT_MS: number;
    SUBGRAPH_QUERY_TIMEOUT_MS?: number;
    SUBGRAPH_MUTATION_TIMEOUT_MS?: number;
  },
): { query: number; mutation: number } {
  return {
    query:
      overrides?.queryTimeoutMs ??
      overrides?.timeoutMs ??
      gateway.SUBGRAPH_QUERY_TIMEOUT_MS ??
      gateway.SUBGRAPH_TIMEOUT_MS,
    mutation:
      overrides?.mutationTimeoutMs ??
      overrides?.timeoutMs ??
      gateway.SUBGRAPH_MUTATION_TIMEOUT_MS ??
      gateway.SUBGRAPH_TIMEOUT_MS,
  };
}
