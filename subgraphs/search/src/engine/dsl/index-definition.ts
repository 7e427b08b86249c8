/**
 * The product index: settings, analyzers and mappings. Plain JSON accepted as is by OpenSearch and by
 * Elasticsearch 8, so an Elasticsearch adapter reuses it unchanged.
 *
 * - `product_text` (standard tokenizer, possessives, lowercase, ASCII folding, English stop words and
 *   stemmer) for every full-text field: one analyzer, so `cross_fields` treats all fields as one.
 * - `name.autocomplete`: edge n-grams (1..20) of each folded word for `suggest`; searched with the
 *   un-n-grammed analyzer plus fuzziness, which gives typo-tolerant prefix matching.
 * - keyword fields for filters, facets and tie-breaks; `brand.lower` for the case-insensitive filter;
 *   `name.folded` to collapse suggestions with the same name.
 * - one shard: a catalogue of millions of products fits, and single-shard scores and facet counts
 *   are exact and stable across pages.
 */
export interface IndexDefinitionOptions {
  replicas: number;
  /** '-1' while bulk loading a new index, then the normal interval. */
  refreshInterval: string;
}

/**
 * Refresh interval in normal operation: writes become searchable within half a second, which leaves
 * room for the gateway's one-second response cache inside the two-second "findable" promise.
 */
export const LIVE_REFRESH_INTERVAL = '500ms';

export function indexDefinition(options: IndexDefinitionOptions) {
  return {
    settings: {
      number_of_shards: 1,
      number_of_replicas: options.replicas,
      refresh_interval: options.refreshInterval,
      analysis: {
        // The standard tokenizer keeps "name:foo" as one word (':' joins letters in UAX#29); split it,
        // as PostgreSQL's parser does, so both engines read query-like input as the same words.
        char_filter: {
          colon_to_space: { type: 'mapping', mappings: [':=>\\u0020'] },
        },
        filter: {
          product_stop: { type: 'stop', stopwords: '_english_' },
          product_stemmer: { type: 'stemmer', language: 'english' },
          product_possessive: { type: 'stemmer', language: 'possessive_english' },
          autocomplete_edge: { type: 'edge_ngram', min_gram: 1, max_gram: 20 },
        },
        normalizer: {
          lower: { type: 'custom', filter: ['lowercase'] },
          folded: { type: 'custom', filter: ['lowercase', 'asciifolding'] },
        },
        analyzer: {
          product_text: {
            char_filter: ['colon_to_space'],
            tokenizer: 'standard',
            filter: ['product_possessive', 'lowercase', 'asciifolding', 'product_stop', 'product_stemmer'],
          },
          autocomplete_index: {
            char_filter: ['colon_to_space'],
            tokenizer: 'standard',
            filter: ['lowercase', 'asciifolding', 'autocomplete_edge'],
          },
          autocomplete_search: {
            char_filter: ['colon_to_space'],
            tokenizer: 'standard',
            filter: ['lowercase', 'asciifolding'],
          },
        },
      },
    },
    mappings: {
      // A typo in a field name must fail loudly, not create a field nobody queries.
      dynamic: 'strict',
      properties: PRODUCT_PROPERTIES,
    },
  };
}

/**
 * The document's fields. Also put on an existing live index at start (`init`): fields added here
 * reach a deployed index without a reindex.
 */
export const PRODUCT_PROPERTIES = {
  productId: { type: 'keyword' },
  sellerId: { type: 'keyword' },
  categoryId: { type: 'keyword' },
  categoryName: { type: 'keyword' },
  categoryIds: { type: 'keyword' },
  categoryNames: { type: 'text', analyzer: 'product_text' },
  name: {
    type: 'text',
    analyzer: 'product_text',
    fields: {
      autocomplete: {
        type: 'text',
        analyzer: 'autocomplete_index',
        search_analyzer: 'autocomplete_search',
      },
      folded: { type: 'keyword', normalizer: 'folded', ignore_above: 256 },
    },
  },
  description: { type: 'text', analyzer: 'product_text' },
  brand: {
    type: 'keyword',
    ignore_above: 256,
    fields: {
      text: { type: 'text', analyzer: 'product_text' },
      lower: { type: 'keyword', normalizer: 'lower', ignore_above: 256 },
    },
  },
  attributeValues: { type: 'text', analyzer: 'product_text' },
  price: { type: 'long' },
  currency: { type: 'keyword' },
  status: { type: 'keyword' },
  createdAt: { type: 'date', format: 'epoch_millis' },
  stockAvailable: { type: 'integer' },
  rating: { type: 'double' },
  ratingCount: { type: 'integer' },
  /** The reviews aggregate's version: an older rating never overwrites a newer one. */
  ratingVersion: { type: 'long' },
  contentVersion: { type: 'long' },
  stockVersion: { type: 'long' },
  /** Writer's clock when the document last changed: the reindex catch-up reads changes since a time. */
  indexedAt: { type: 'long' },
};
