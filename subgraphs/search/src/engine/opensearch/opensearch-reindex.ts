import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { API, Client } from '@opensearch-project/opensearch';
import type { Logger } from '@commerce/logging';
import { indexDefinition, LIVE_REFRESH_INTERVAL } from '../dsl/index-definition';
import { changeFromSource, documentSource, mergeUpdateBody } from '../dsl/merge-script';
import { CATCH_UP_MARGIN_MS, perSecond } from '../reindex-timing';
import type { ReindexOptions, ReindexReport } from '../search-engine';
import type { ProductWrite } from '../product-document';

/** After the swap, writes already routed to the old index get this long to land before the last catch-up. */
const SWAP_GRACE_MS = 1_000;
const CATCH_UP_PAGE = 500;

export interface ReindexTarget {
  client: Client;
  alias: string;
  replicas: number;
  logger: Logger;
}

/**
 * Zero-downtime rebuild: load a new index (refresh off, no replicas), bring it up to date with what the
 * live index received meanwhile, swap the alias in one atomic action, catch up once more from the old
 * index, delete it. Searches use the alias throughout, so they see the old index, then the new one.
 */
export async function reindexIndex(
  target: ReindexTarget,
  pages: AsyncIterable<ProductWrite[]>,
  options: ReindexOptions,
): Promise<ReindexReport> {
  const { client, alias, logger } = target;
  const startedAt = Date.now();
  const margin = options.catchUpMarginMs ?? CATCH_UP_MARGIN_MS;
  const live = await liveIndex(client, alias);
  const next = `${alias}-${timestamp()}-${randomBytes(3).toString('hex')}`;
  await client.indices.create({
    index: next,
    body: indexDefinition({ replicas: 0, refreshInterval: '-1' }) as API.Indices_Create_RequestBody,
  });
  let swapped = false;
  try {
    let indexed = 0;
    for await (const page of pages) {
      await loadPage(client, next, page);
      indexed += page.length;
      options.onProgress?.(indexed);
    }
    const loadMs = Date.now() - startedAt;
    await client.indices.putSettings({
      index: next,
      body: { index: { refresh_interval: LIVE_REFRESH_INTERVAL, number_of_replicas: target.replicas } },
    });
    await client.indices.refresh({ index: next });
    let caughtUp = 0;
    const firstCatchUp = Date.now();
    if (live) caughtUp += await catchUp(client, live, next, startedAt - margin);
    const actions = [...(live ? [{ remove: { index: live, alias } }] : []), { add: { index: next, alias } }];
    await client.indices.updateAliases({ body: { actions } });
    swapped = true;
    if (live) {
      await sleep(SWAP_GRACE_MS);
      caughtUp += await catchUp(client, live, next, firstCatchUp - margin);
      await client.indices.delete({ index: live });
    }
    const durationMs = Date.now() - startedAt;
    logger.info({ alias, index: next, previous: live, indexed, caughtUp, durationMs }, 'reindex swapped');
    return { indexed, caughtUp, durationMs, productsPerSecond: perSecond(indexed, loadMs), target: next };
  } catch (error) {
    // Before the swap the new index is garbage; after it, it is the live one and must stay.
    if (!swapped) await client.indices.delete({ index: next }).catch(() => undefined);
    throw error;
  }
}

async function liveIndex(client: Client, alias: string): Promise<string | null> {
  const exists = await client.indices.existsAlias({ name: alias });
  if (!exists.body) return null;
  const indices = Object.keys((await client.indices.getAlias({ name: alias })).body);
  // Writes through an alias over several indices fail; only an operator can tell which one is right.
  if (indices.length > 1)
    throw new Error(`alias ${alias} points to ${indices.join(', ')}: expected one index`);
  return indices[0] ?? null;
}

/** Ratings come with the writes (from search's own product_ratings table): catalog has none. */
async function loadPage(client: Client, next: string, page: ProductWrite[]): Promise<void> {
  if (page.length === 0) return;
  const indexedAt = Date.now();
  const body = page.flatMap((write) => [
    { index: { _index: next, _id: write.productId } },
    documentSource(write, indexedAt),
  ]);
  await bulk(client, body);
}

/** Re-applies every document of `from` changed since `since` to `to`, with versioned writes. */
async function catchUp(client: Client, from: string, to: string, since: number): Promise<number> {
  await client.indices.refresh({ index: from });
  let after: Array<string | number> | undefined;
  let total = 0;
  for (;;) {
    const response = await client.search({
      index: from,
      body: {
        size: CATCH_UP_PAGE,
        query: { range: { indexedAt: { gte: since } } },
        sort: [{ productId: { order: 'asc' } }],
        ...(after ? { search_after: after } : {}),
      },
    });
    const hits = response.body.hits.hits as Array<{
      _source: Record<string, unknown>;
      sort: Array<string | number>;
    }>;
    if (hits.length === 0) return total;
    const indexedAt = Date.now();
    const body = hits.flatMap((hit) => {
      const change = changeFromSource(hit._source);
      return [
        { update: { _index: to, _id: change.productId, retry_on_conflict: 5 } },
        mergeUpdateBody(change, indexedAt),
      ];
    });
    await bulk(client, body);
    total += hits.length;
    after = hits[hits.length - 1].sort;
  }
}

async function bulk(client: Client, body: Array<Record<string, unknown>>): Promise<void> {
  const response = await client.bulk({ body });
  if (!response.body.errors) return;
  const failed = response.body.items.map((item) => Object.values(item)[0]).find((result) => result?.error);
  throw new Error(`bulk write failed: ${JSON.stringify(failed?.error).slice(0, 500)}`);
}

function timestamp(): string {
  return new Date()
    .toISOString()
    .replace(/[-:TZ]/g, '')
    .replace('.', '');
}
