import { ConfigError } from '@commerce/config';
import { loadGatewayConfig } from '../config';
import { timeoutsOf } from './subgraph-settings';

describe('resilience settings', () => {
  it('defaults: breaker at 5 failures in 10 s, open 5 s; { __typename } probes; no overrides', () => {
    const config = loadGatewayConfig({});
    expect(config).toMatchObject({
      SUBGRAPH_BREAKER_FAILURES: 5,
      SUBGRAPH_BREAKER_WINDOW_MS: 10_000,
      SUBGRAPH_BREAKER_OPEN_MS: 5_000,
      SUBGRAPH_HEALTH: { kind: 'graphql' },
      SUBGRAPH_OVERRIDES: {},
    });
    expect(config.SUBGRAPH_QUERY_TIMEOUT_MS).toBeUndefined();
    expect(timeoutsOf(undefined, config)).toEqual({ query: 10_000, mutation: 10_000 });
  });

  it('reads per-subgraph timeouts and probes, keyed like SUBGRAPH_<NAME>_URL', () => {
    const config = loadGatewayConfig({
      SUBGRAPH_QUERY_TIMEOUT_MS: '2000',
      SUBGRAPH_MUTATION_TIMEOUT_MS: '15000',
      SUBGRAPH_CATALOG_QUERY_TIMEOUT_MS: '500',
      SUBGRAPH_USER_PROFILE_TIMEOUT_MS: '3000',
      SUBGRAPH_USER_PROFILE_HEALTH: '/health',
      SUBGRAPH_ORDERS_HEALTH: 'healthz',
      SUBGRAPH_HEALTH: '/healthz',
    });
    expect(config.SUBGRAPH_HEALTH).toEqual({ kind: 'path', path: '/healthz' });
    expect(config.SUBGRAPH_OVERRIDES).toEqual({
      CATALOG: { queryTimeoutMs: 500 },
      USER_PROFILE: { timeoutMs: 3000, health: { kind: 'path', path: '/health' } },
      ORDERS: { health: { kind: 'path', path: 'healthz' } },
    });
    // Most specific first: the subgraph's own per kind, its own, the gateway's per kind, the gateway's.
    expect(timeoutsOf(config.SUBGRAPH_OVERRIDES.CATALOG, config)).toEqual({ query: 500, mutation: 15_000 });
    expect(timeoutsOf(config.SUBGRAPH_OVERRIDES.USER_PROFILE, config)).toEqual({
      query: 3000,
      mutation: 3000,
    });
    expect(timeoutsOf(undefined, config)).toEqual({ query: 2000, mutation: 15_000 });
    // The gateway-wide variables are not read as a subgraph named QUERY or MUTATION.
    expect(Object.keys(config.SUBGRAPH_OVERRIDES)).not.toContain('QUERY');
  });

  it('refuses bad values, naming each variable', () => {
    try {
      loadGatewayConfig({
        SUBGRAPH_CATALOG_TIMEOUT_MS: '50',
        SUBGRAPH_CATALOG_HEALTH: 'http://elsewhere/health',
        SUBGRAPH_BREAKER_FAILURES: '-1',
        SUBGRAPH_MUTATION_TIMEOUT_MS: 'soon',
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/SUBGRAPH_CATALOG_TIMEOUT_MS has bad value "50"/);
      expect(problems).toMatch(/SUBGRAPH_CATALOG_HEALTH has bad value .*must be "graphql"/);
      expect(problems).toMatch(/SUBGRAPH_BREAKER_FAILURES/);
      expect(problems).toMatch(/SUBGRAPH_MUTATION_TIMEOUT_MS/);
    }
  });

  it('treats an empty per-subgraph variable as unset', () => {
    expect(loadGatewayConfig({ SUBGRAPH_CATALOG_TIMEOUT_MS: '' }).SUBGRAPH_OVERRIDES).toEqual({});
  });
});
