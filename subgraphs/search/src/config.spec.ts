import { ConfigError } from '@commerce/config';
import { loadSearchConfig } from './config';

describe('search config', () => {
  it('defaults to PostgreSQL search in embedded mode and OpenSearch in the full stack', () => {
    expect(loadSearchConfig({ RUNTIME_MODE: 'embedded' }).SEARCH_ENGINE).toBe('postgres');
    expect(loadSearchConfig({ RUNTIME_MODE: 'stack' }).SEARCH_ENGINE).toBe('opensearch');
    expect(loadSearchConfig({ RUNTIME_MODE: 'embedded', SEARCH_ENGINE: 'opensearch' }).SEARCH_ENGINE).toBe(
      'opensearch',
    );
  });

  it('has the documented defaults', () => {
    const config = loadSearchConfig({});
    expect(config).toMatchObject({
      SEARCH_PORT: 4003,
      OPENSEARCH_URL: 'http://127.0.0.1:9200',
      SEARCH_INDEX: 'commerce-products',
      CATALOG_INTERNAL_URL: 'http://127.0.0.1:4002',
      DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:5432/search',
      REINDEX_PAGE_SIZE: 1000,
      SEARCH_INDEXER_BATCH_SIZE: 500,
      SEARCH_INDEXER_BATCH_WAIT_MS: 50,
      SEARCH_INDEXER_CONCURRENT_BATCHES: 2,
    });
  });

  it('names each bad value', () => {
    expect(() =>
      loadSearchConfig({ SEARCH_ENGINE: 'solr', SEARCH_INDEX: 'Products!', REINDEX_PAGE_SIZE: '5000' }),
    ).toThrow(ConfigError);
    try {
      loadSearchConfig({
        SEARCH_ENGINE: 'solr',
        SEARCH_INDEX: 'Products!',
        REINDEX_PAGE_SIZE: '5000',
        SEARCH_INDEXER_BATCH_SIZE: '0',
        SEARCH_INDEXER_BATCH_WAIT_MS: 'soon',
      });
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/SEARCH_ENGINE/);
      expect(problems).toMatch(/SEARCH_INDEX/);
      expect(problems).toMatch(/REINDEX_PAGE_SIZE/);
      expect(problems).toMatch(/SEARCH_INDEXER_BATCH_SIZE/);
      expect(problems).toMatch(/SEARCH_INDEXER_BATCH_WAIT_MS/);
    }
  });
});
