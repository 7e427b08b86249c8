import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import {
  ExportProducts,
  productExportPageSchema,
  ProductSnapshot,
  productSnapshotSchema,
} from '@commerce/contracts';
import type { Logger } from '@commerce/logging';
import { InternalClient, RetryableError } from '@commerce/http';

export interface CatalogExportOptions {
  /** Catalog's internal base URL, e.g. http://127.0.0.1:4002. */
  baseUrl: string;
  serviceToken: string;
  pageSize: number;
  logger: Logger;
  timeoutMs?: number;
  /** Attempts per page when no usable answer came (network errors, timeouts, 5xx, 429). */
  attempts?: number;
}

export interface ExportPage {
  items: ProductSnapshot[];
  /** Items that did not match the snapshot contract (logged, skipped). */
  invalid: number;
  /** When the page was requested (epoch ms): its stock readings are at least this recent. */
  fetchedAt: number;
}

/** The contract's page, its items left to check one by one: one bad item is skipped, not the page. */
const pageSchema = productExportPageSchema.extend({ items: z.array(z.unknown()) });

/**
 * Client of catalog's internal export (@commerce/contracts ExportProducts) with the service token:
 * the source of a full reindex. Pages are read one after another (the cursor chains them) over one
 * {@link InternalClient}; a refusal (bad token, bad cursor) is final, a failed call is retried.
 */
export class CatalogExportClient {
  constructor(private readonly options: CatalogExportOptions) {}

  async *pages(): AsyncGenerator<ExportPage> {
    const catalog = new InternalClient({
      service: 'catalog',
      baseUrl: this.options.baseUrl,
      serviceToken: this.options.serviceToken,
      timeoutMs: this.options.timeoutMs ?? 30_000,
    });
    try {
      let after: string | null = null;
      do {
        const fetchedAt = Date.now();
        const page = await this.fetchPage(catalog, after);
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
    } finally {
      await catalog.close();
    }
  }

  private async fetchPage(
    catalog: InternalClient,
    after: string | null,
  ): Promise<z.infer<typeof pageSchema>> {
    const query = new URLSearchParams({ limit: String(this.options.pageSize) });
    if (after !== null) query.set('after', after);
    const attempts = this.options.attempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await catalog.get(`${ExportProducts.path}?${query.toString()}`);
        if (answer.status === 200) return pageSchema.parse(answer.body);
        const refusal = catalog.refusal(answer);
        throw new Error(`catalog export answered ${answer.status} ${refusal.code}: ${refusal.message}`, {
          cause: refusal,
        });
      } catch (error) {
        if (!(error instanceof RetryableError) || attempt >= attempts) throw error;
        this.options.logger.warn({ err: error, attempt }, 'catalog export page failed, retrying');
        await sleep(250 * 2 ** attempt);
      }
    }
  }
}
