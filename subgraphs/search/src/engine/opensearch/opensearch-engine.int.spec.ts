import { Client } from '@opensearch-project/opensearch';
import { createLogger } from '@commerce/logging';
import { searchEngineContract } from '../search-engine.contract';
import { SearchUnavailableError } from '../search-engine';
import { LIVE_REFRESH_INTERVAL } from '../dsl/index-definition';
import { OpenSearchEngine } from './opensearch-engine';
import { deleteIndices, randomAlias, TEST_OPENSEARCH_URL } from './opensearch-test-index';

const logger = createLogger({ service: 'search-test', level: 'silent' });
const engineFor = (alias: string, node = TEST_OPENSEARCH_URL) =>
  new OpenSearchEngine({ node, alias, replicas: 0, logger, requestTimeoutMs: 5000 });

searchEngineContract('OpenSearch', async () => {
  const alias = randomAlias('contract');
  return { engine: engineFor(alias), drop: () => deleteIndices(alias) };
});

describe('OpenSearch adapter specifics', () => {
  const alias = randomAlias('specifics');
  const client = new Client({ node: TEST_OPENSEARCH_URL });
  afterAll(async () => {
    await deleteIndices(alias);
    await client.close();
  });

  it('creates one index behind the alias, idempotently, with the product mapping', async () => {
    const first = engineFor(alias);
    const second = engineFor(alias);
    await Promise.all([first.init(), second.init()]);
    await first.init();
    const aliases = await client.indices.getAlias({ name: alias });
    expect(Object.keys(aliases.body)).toEqual([`${alias}-initial`]);
    const mapping = await client.indices.getMapping({ index: alias });
    const properties = Object.values(mapping.body)[0].mappings.properties as Record<
      string,
      { type: string; fields?: Record<string, { type: string }> }
    >;
    expect(properties.name.fields?.autocomplete.type).toBe('text');
    expect(properties.brand.type).toBe('keyword');
    expect(properties.price.type).toBe('long');
    await Promise.all([first.close(), second.close()]);
  });

  it('brings an existing live index to the refresh interval of the code on start', async () => {
    const engine = engineFor(alias);
    await engine.init();
    await client.indices.putSettings({ index: alias, body: { index: { refresh_interval: '1s' } } });
    await engine.init();
    const settings = await client.indices.getSettings({ index: alias });
    const index = Object.values(settings.body)[0] as { settings: { index: { refresh_interval: string } } };
    expect(index.settings.index.refresh_interval).toBe(LIVE_REFRESH_INTERVAL);
    await engine.close();
  });

  it('reports an unreachable node as unavailable, not as a bug', async () => {
    const engine = engineFor(alias, 'http://127.0.0.1:1');
    expect(await engine.isReachable()).toBe(false);
    await expect(engine.suggest('abc', 5)).rejects.toBeInstanceOf(SearchUnavailableError);
    await engine.close();
  });
});
