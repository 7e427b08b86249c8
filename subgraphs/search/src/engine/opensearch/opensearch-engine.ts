import { API, Client, errors, Types } from '@opensearch-project/opensearch';
import type { Logger } from '@commerce/logging';
import { collapseChanges, DocumentChange, documentChange } from '../document-change';
import { indexDefinition, LIVE_REFRESH_INTERVAL, PRODUCT_PROPERTIES } from '../dsl/index-definition';
import { mergeUpdateBody } from '../dsl/merge-script';
import { buildSearchBody, parseSearchResponse } from '../dsl/search-body';
import { buildSuggestBody, parseSuggestResponse } from '../dsl/suggest-body';
import {
  ChangeOutcome,
  ReindexOptions,
  ReindexReport,
  SearchEngine,
  SearchPage,
  SearchRequest,
  SearchUnavailableError,
  SuggestionHit,
} from '../search-engine';
import type { ProductRating, ProductWrite, StockReading } from '../product-document';
import { reindexIndex } from './opensearch-reindex';

export interface OpenSearchEngineOptions {
  node: string;
  /** Searches and writes go through this alias; the concrete index behind it changes on reindex. */
  alias: string;
  replicas: number;
  logger: Logger;
  requestTimeoutMs?: number;
}

/**
 * The OpenSearch adapter (full stack). Query bodies come from `../dsl` (shared with a future
 * Elasticsearch 8 adapter); this class only talks to the client.
 */
export class OpenSearchEngine implements SearchEngine {
  readonly kind = 'opensearch' as const;
  readonly client: Client;

  constructor(private readonly options: OpenSearchEngineOptions) {
    this.client = new Client({
      node: options.node,
      requestTimeout: options.requestTimeoutMs ?? 10_000,
      maxRetries: 2,
    });
  }

  /**
   * Creates `<alias>-initial` behind the alias when the alias does not exist. The fixed name makes two
   * replicas starting together converge on one index instead of an alias over two. An existing live
   * index gets today's refresh interval and today's field mappings (new fields are added in place;
   * a changed type would be refused here, loudly, and needs a reindex), so a deployed index follows
   * the code without a reindex. The mapping is strict: a field written before it is mapped would fail.
   */
  async init(): Promise<void> {
    const { alias } = this.options;
    await this.call(async () => {
      const exists = await this.client.indices.existsAlias({ name: alias });
      if (exists.body) {
        await this.client.indices.putSettings({
          index: alias,
          body: { index: { refresh_interval: LIVE_REFRESH_INTERVAL } },
        });
        await this.client.indices.putMapping({
          index: alias,
          body: { properties: PRODUCT_PROPERTIES } as API.Indices_PutMapping_RequestBody,
        });
        return;
      }
      const index = `${alias}-initial`;
      try {
        await this.client.indices.create({
          index,
          body: indexDefinition({
            replicas: this.options.replicas,
            refreshInterval: LIVE_REFRESH_INTERVAL,
          }) as API.Indices_Create_RequestBody,
        });
      } catch (error) {
        if (!isAlreadyExists(error)) throw error;
      }
      await this.client.indices.updateAliases({ body: { actions: [{ add: { index, alias } }] } });
      this.options.logger.info({ index, alias }, 'search index created');
    });
  }

  async isReachable(): Promise<boolean> {
    try {
      const response = await this.client.ping();
      return response.statusCode === 200;
    } catch {
      return false;
    }
  }

  /*
   * Both queries ask for the shard request cache (`request_cache`): by default it keeps only size=0
   * answers. A repeated search or prefix (the head of real traffic) is then answered from memory until
   * the next refresh that changed the index, which also invalidates it, so nothing stale comes back.
   */
  async search(request: SearchRequest): Promise<SearchPage> {
    const response = await this.call(() =>
      this.client.search({
        index: this.options.alias,
        request_cache: true,
        body: buildSearchBody(request),
      }),
    );
    return parseSearchResponse(response.body, request);
  }

  async suggest(prefix: string, limit: number): Promise<SuggestionHit[]> {
    const response = await this.call(() =>
      this.client.search({
        index: this.options.alias,
        request_cache: true,
        body: buildSuggestBody(prefix, limit),
      }),
    );
    return parseSuggestResponse(response.body);
  }

  upsertProduct(write: ProductWrite): Promise<boolean> {
    return this.applyOne(documentChange.upsert(write));
  }

  updateStock(productId: string, stock: StockReading): Promise<boolean> {
    return this.applyOne(documentChange.stock(productId, stock));
  }

  deleteProduct(productId: string, version: number): Promise<boolean> {
    return this.applyOne(documentChange.delete(productId, version));
  }

  updateRating(productId: string, rating: ProductRating): Promise<boolean> {
    return this.applyOne(documentChange.rating(productId, rating));
  }

  /**
   * One `_bulk` request of scripted upserts (the versioned merge, see `dsl/merge-script.ts`), read back
   * item by item: a document OpenSearch refuses fails alone. Through the alias with `require_alias`,
   * so a write can never auto-create a concrete index named like the alias. Not refreshed: the index
   * refreshes every 500 ms (near real time) without holding the consumer for it.
   */
  async applyChanges(changes: DocumentChange[]): Promise<Map<string, ChangeOutcome>> {
    const unique = collapseChanges(changes);
    const outcomes = new Map<string, ChangeOutcome>();
    if (unique.length === 0) return outcomes;
    const indexedAt = Date.now();
    const body = unique.flatMap((change) => [
      // Concurrent writers of one product race on the document version; the script is re-run.
      { update: { _id: change.productId, retry_on_conflict: 5 } },
      mergeUpdateBody(change, indexedAt),
    ]);
    const response = await this.call(() =>
      this.client.bulk({ index: this.options.alias, require_alias: true, body }),
    );
    response.body.items.forEach((item, i) => {
      outcomes.set(unique[i].productId, outcomeOf(Object.values(item)[0]));
    });
    return outcomes;
  }

  reindex(pages: AsyncIterable<ProductWrite[]>, options: ReindexOptions = {}): Promise<ReindexReport> {
    const { alias, replicas, logger } = this.options;
    return this.call(() => reindexIndex({ client: this.client, alias, replicas, logger }, pages, options));
  }

  async refresh(): Promise<void> {
    await this.call(() => this.client.indices.refresh({ index: this.options.alias }));
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** One change through the bulk path; a refused document is an error here. */
  private async applyOne(change: DocumentChange): Promise<boolean> {
    const outcome = (await this.applyChanges([change])).get(change.productId)!;
    if (outcome.status === 'failed') {
      throw new Error(`search document ${change.productId} refused: ${outcome.error}`);
    }
    return outcome.status === 'changed';
  }

  /** Connection failures become SearchUnavailableError (SERVICE_UNAVAILABLE to callers). */
  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (
        error instanceof errors.ConnectionError ||
        error instanceof errors.TimeoutError ||
        error instanceof errors.NoLivingConnectionsError
      ) {
        throw new SearchUnavailableError(error);
      }
      throw error;
    }
  }
}

/** A bulk item's result as an outcome; errors keep their type and reason (and the cause's). */
function outcomeOf(item: Types.Core_Bulk.ResponseItem | undefined): ChangeOutcome {
  if (!item) return { status: 'failed', error: 'no result for this item in the bulk response' };
  if (item.error || item.status >= 300) {
    const { type, reason, caused_by: cause } = item.error ?? {};
    const error = [`${type ?? 'error'} (${item.status}): ${reason ?? ''}`, cause?.reason]
      .filter(Boolean)
      .join('; ');
    return { status: 'failed', error: error.slice(0, 1000) };
  }
  return item.result === 'noop' ? { status: 'unchanged' } : { status: 'changed' };
}

function isAlreadyExists(error: unknown): boolean {
  return (
    error instanceof errors.ResponseError &&
    (error.body as { error?: { type?: string } })?.error?.type === 'resource_already_exists_exception'
  );
}
