import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { z } from 'zod';
import type { Logger } from '@commerce/logging';
import { ProductSnapshot, productSnapshotSchema } from '../indexing/product-snapshot';

export interface CatalogExportOptions {
  /** Catalog's internal base URL, e.g. http://127.0.0.1:4002. */
  baseUrl: string;
  serviceToken: string;
  pageSize: number;
  logger: Logger;
  timeoutMs?: number;
  /** Attempts per page on network errors and 5xx answers. */
  attempts?: number;
}

export interface ExportPage {
  items: ProductSnapshot[];
  /** Items that did not match the snapshot contract (logged, skipped). */
  invalid: number;
  /** When the page was requested (epoch ms): its stock readings are at least this recent. */
  fetchedAt: number;
}

const pageSchema = z.object({ items: z.array(z.unknown()), nextCursor: z.string().nullable() });

/**
 * Client of catalog's internal export, `GET /internal/products?after=&limit=` with the service token:
 * the source of a full reindex. Pages are read one after another (the cursor chains them).
 */
export class CatalogExportClient {
  constructor(private readonly options: CatalogExportOptions) {}

  async *pages(): AsyncGenerator<ExportPage> {
    let after: string | null = null;
    do {
      const fetchedAt = Date.now();
      const page = await this.fetchPage(after);
      const items: ProductSnapshot[] = [];
      let invalid = 0;
      for (const raw of page.items) {
        const parsed = productSnapshotSchema.safeParse(raw);
        if (parsed.success) items.push(parsed.data);
        else {
          invalid++;
          this.options.logger.warn(
            { productId: (raw as { productId?: unknown })?.productId, issue: parsed.error.issues[0] },
            'catalog export item skipped',
          );
        }
      }
      yield { items, invalid, fetchedAt };
      after = page.nextCursor;
    } while (after !== null);
  }

  private async fetchPage(after: string | null): Promise<z.infer<typeof pageSchema>> {
    const url = new URL('/internal/products', this.options.baseUrl);
    url.searchParams.set('limit', String(this.options.pageSize));
    if (after !== null) url.searchParams.set('after', after);
    const attempts = this.options.attempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.get(url);
      } catch (error) {
        if (!(error instanceof RetryableError) || attempt >= attempts) throw error;
        this.options.logger.warn({ err: error, attempt }, 'catalog export page failed, retrying');
        await sleep(250 * 2 ** attempt);
      }
    }
  }

  private async get(url: URL): Promise<z.infer<typeof pageSchema>> {
    const timeout = this.options.timeoutMs ?? 30_000;
    let response;
    try {
      response = await request(url, {
        headers: { authorization: `Bearer ${this.options.serviceToken}`, accept: 'application/json' },
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
    } catch (error) {
      throw new RetryableError(`catalog export unreachable: ${(error as Error).message}`);
    }
    const text = await response.body.text();
    if (response.statusCode >= 500)
      throw new RetryableError(`catalog export answered ${response.statusCode}`);
    if (response.statusCode !== 200) {
      throw new Error(`catalog export answered ${response.statusCode}: ${text.slice(0, 200)}`);
    }
    return pageSchema.parse(JSON.parse(text));
  }
}

class RetryableError extends Error {}
