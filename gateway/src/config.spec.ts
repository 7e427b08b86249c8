import { ConfigError } from '@commerce/config';
import { loadGatewayConfig, subgraphEnvName } from './config';

describe('loadGatewayConfig', () => {
  it('applies the defaults', () => {
    const config = loadGatewayConfig({});
    expect(config.GATEWAY_PORT).toBe(4000);
    expect(config.SUPERGRAPH_PATH).toMatch(/schema[/\\]supergraph\.graphql$/);
    expect(config.MAX_QUERY_DEPTH).toBe(12);
    expect(config.MAX_QUERY_COST).toBe(5000);
    expect(config.CORS_ORIGINS).toBe('*');
    expect(config.SUBGRAPH_URLS).toEqual({});
    expect(config.RUNTIME_MODE).toBe('stack');
    expect(config.TRUSTED_PROXY_HOPS).toBe(0); // the gateway is the edge, unlike the subgraphs behind it
  });

  it('refuses a bad port with a ConfigError naming the variable', () => {
    expect(() => loadGatewayConfig({ GATEWAY_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ GATEWAY_PORT: '70000' })).toThrow(/GATEWAY_PORT has bad value "70000"/);
  });

  it('reports every bad value at once', () => {
    try {
      loadGatewayConfig({ MAX_QUERY_DEPTH: '0', SUBGRAPH_TIMEOUT_MS: 'soon' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/MAX_QUERY_DEPTH/);
      expect(problems).toMatch(/SUBGRAPH_TIMEOUT_MS/);
    }
  });

  it('collects SUBGRAPH_<NAME>_URL overrides and validates them', () => {
    const config = loadGatewayConfig({ SUBGRAPH_USERS_URL: 'http://users.internal:4001/graphql' });
    expect(config.SUBGRAPH_URLS).toEqual({ USERS: 'http://users.internal:4001/graphql' });
    expect(config).not.toHaveProperty('SUBGRAPH_USERS_URL');
    expect(() => loadGatewayConfig({ SUBGRAPH_CATALOG_URL: 'not a url' })).toThrow(/SUBGRAPH_CATALOG_URL/);
    expect(loadGatewayConfig({ SUBGRAPH_CATALOG_URL: '' }).SUBGRAPH_URLS).toEqual({});
  });

  it('parses CORS origins as a list and refuses things that are not origins', () => {
    expect(
      loadGatewayConfig({ CORS_ORIGINS: 'https://shop.example.com, http://localhost:3000' }).CORS_ORIGINS,
    ).toEqual(['https://shop.example.com', 'http://localhost:3000']);
    expect(() => loadGatewayConfig({ CORS_ORIGINS: 'https://shop.example.com/path' })).toThrow(
      /CORS_ORIGINS/,
    );
  });
});

describe('subgraphEnvName', () => {
  it('turns a subgraph name into the NAME of its variable', () => {
    expect(subgraphEnvName('users')).toBe('USERS');
    expect(subgraphEnvName('user-profile')).toBe('USER_PROFILE');
  });
});
