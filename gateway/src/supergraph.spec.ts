import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@commerce/config';
import { healthUrl, joinGraphs, loadSupergraph, unusedOverrides } from './supergraph';

const SDL = `
  enum join__Graph {
    REVIEWS @join__graph(name: "reviews", url: "http://127.0.0.1:4007/graphql")
    USER_PROFILE @join__graph(name: "user-profile", url: "http://127.0.0.1:4001/graphql")
  }
  type Query { ok: Boolean }
`;

describe('supergraph', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gateway-supergraph-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('lists the join__Graph subgraphs with their URLs', () => {
    expect(joinGraphs(SDL)).toEqual([
      { name: 'reviews', url: 'http://127.0.0.1:4007/graphql' },
      { name: 'user-profile', url: 'http://127.0.0.1:4001/graphql' },
    ]);
  });

  it('applies SUBGRAPH_<NAME>_URL overrides and flags the unused ones', async () => {
    const path = join(dir, 'supergraph.graphql');
    await writeFile(path, SDL);
    const overrides = {
      USER_PROFILE: 'http://users.internal/graphql',
      ORDERS: 'http://orders.internal/graphql',
    };
    const { subgraphs } = await loadSupergraph(path, overrides);
    expect(subgraphs).toEqual([
      { name: 'reviews', url: 'http://127.0.0.1:4007/graphql' },
      { name: 'user-profile', url: 'http://users.internal/graphql' },
    ]);
    expect(unusedOverrides(subgraphs, overrides)).toEqual(['SUBGRAPH_ORDERS_URL']);
  });

  it('fails with a ConfigError when the file is missing or a subgraph has no URL', async () => {
    await expect(loadSupergraph(join(dir, 'missing.graphql'), {})).rejects.toThrow(
      /SUPERGRAPH_PATH .*ENOENT/,
    );
    const path = join(dir, 'no-url.graphql');
    await writeFile(
      path,
      'enum join__Graph { A @join__graph(name: "a", url: "") } type Query { ok: Boolean }',
    );
    await expect(loadSupergraph(path, {})).rejects.toBeInstanceOf(ConfigError);
    await expect(loadSupergraph(path, { A: 'http://a/graphql' })).resolves.toMatchObject({
      subgraphs: [{ url: 'http://a/graphql' }],
    });
  });

  it('derives the /healthz URL beside the GraphQL path', () => {
    expect(healthUrl('http://127.0.0.1:4001/graphql')).toBe('http://127.0.0.1:4001/healthz');
    expect(healthUrl('http://proxy/users/graphql')).toBe('http://proxy/users/healthz');
    expect(healthUrl('http://127.0.0.1:4001/')).toBe('http://127.0.0.1:4001/healthz');
    expect(healthUrl('http://proxy/users/graphql?x=1', 'health')).toBe('http://proxy/users/health');
  });
});
