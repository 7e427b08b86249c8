import { API, Client } from '@opensearch-project/opensearch';
import { createLogger } from '@commerce/logging';
import { searchEngineContract } from '../search-engine.contract';
import { SearchUnavailableError } from '../search-engine';
import { indexDefinition, LIVE_REFRESH_INTERVAL } from '../dsl/index-definition';
import { products, writeOf } from '../products.fixture';
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

  it('adds the fields of the code to an existing live index on start (mapping of an older version)', async () => {
    const older = randomAlias('older-mapping');
    try {
      // The index as the previous version created it: no ratingVersion field, strict mapping.
      const definition = indexDefinition({ replicas: 0, refreshInterval: LIVE_REFRESH_INTERVAL });
      const { ratingVersion: _added, ...previousProperties } = definition.mappings.properties;
      await client.indices.create({
        index: `${older}-initial`,
        body: {
          ...definition,
          mappings: { ...definition.mappings, properties: previousProperties },
        } as API.Indices_Create_RequestBody,
      });
      await client.indices.updateAliases({
        body: { actions: [{ add: { index: `${older}-initial`, alias: older } }] },
      });
      const engine = engineFor(older);
      const write = writeOf(products[0]);
      await engine.upsertProduct(write);
      await engine.init();
      const mapping = await client.indices.getMapping({ index: older });
      const properties = Object.values(mapping.body)[0].mappings.properties as Record<
        string,
        { type: string }
      >;
      expect(properties.ratingVersion.type).toBe('long');
      // The existing document takes a versioned rating; the index was not rebuilt.
      expect(await engine.updateRating(write.productId, { average: 4.9, count: 3, version: 2 })).toBe(true);
      expect(await engine.updateRating(write.productId, { average: 1, count: 1, version: 1 })).toBe(false);
      await engine.refresh();
      const page = await engine.search({
        text: null,
        filter: { minRating: 4.9 },
        sort: 'RATING',
        first: 10,
        after: null,
        withFacets: false,
      });
      expect(page.hits.map((hit) => hit.productId)).toEqual([write.productId]);
      expect(Object.keys((await client.indices.getAlias({ name: older })).body)).toEqual([
        `${older}-initial`,
      ]);
      await engine.close();
    } finally {
      await deleteIndices(older);
    }
  });

  it('reports an unreachable node as unavailable, not as a bug', async () => {
    const engine = engineFor(alias, 'http://127.0.0.1:1');
    expect(await engine.isReachable()).toBe(false);
    await expect(engine.suggest('abc', 5)).rejects.toBeInstanceOf(SearchUnavailableError);
    await engine.close();
  });
});
