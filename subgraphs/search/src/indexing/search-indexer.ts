import type { DataSource } from 'typeorm';
import {
  InventoryChanged,
  ProductCreated,
  ProductDeleted,
  productSnapshotSchema,
  ProductUpdated,
} from '@commerce/contracts';
import { ConsumerOptions, EventEnvelope, processOnce } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import type { SearchEngine, WriteOptions } from '../engine/search-engine';
import { toProductWrite } from './product-write';

/** The durable queue of the indexer (docs/design.md, "Events"). */
export const INDEXER_CONSUMER = 'search-indexer';
export const INDEXER_PATTERNS = ['product.*', InventoryChanged.type];

/**
 * What the indexer reads of `inventory.changed` (a tolerant reader of catalog's contract): without a
 * delta it cannot tell whether the product stays in stock, so the change is applied.
 */
const stockChangeSchema = InventoryChanged.schema
  .pick({ productId: true, stockAvailable: true, delta: true })
  .partial({ delta: true });

type Write = (options: WriteOptions) => Promise<boolean>;

/**
 * Keeps the search engine in step with catalog's events, in near real time. Each event is applied once
 * through the inbox (in the search service's PostgreSQL, whichever engine holds the documents), and
 * every write is versioned, so redeliveries and out-of-order events never regress a document.
 * Payloads are read with catalog's contracts (@commerce/contracts); one that does not parse throws:
 * the bus retries it, then parks it in `search-indexer.dlq`.
 */
export class SearchIndexer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngine,
    private readonly logger: Logger,
  ) {}

  /** Its subscription: the durable `search-indexer` queue, bound to catalog's product and stock events. */
  subscription(): ConsumerOptions {
    return {
      consumer: INDEXER_CONSUMER,
      patterns: INDEXER_PATTERNS,
      handler: async (event) => {
        await this.handle(event);
      },
    };
  }

  /** Applies one event; returns false when it was not for us or already processed. */
  async handle(event: EventEnvelope): Promise<boolean> {
    if (event.version !== 1) {
      this.logger.warn(
        { eventId: event.id, type: event.type, version: event.version },
        'event version ignored',
      );
      return false;
    }
    const write = this.writeFor(event);
    if (!write) return false;
    let changed = false;
    const processed = await processOnce(this.dataSource, INDEXER_CONSUMER, event, async (manager) => {
      changed = await write({ transaction: manager });
    });
    this.logger.debug({ eventId: event.id, type: event.type, processed, changed }, 'search document event');
    return processed;
  }

  private writeFor(event: EventEnvelope): Write | null {
    switch (event.type) {
      case ProductCreated.type:
      case ProductUpdated.type: {
        // Both carry the product's snapshot.
        const write = toProductWrite(productSnapshotSchema.parse(event.data));
        return (options) => this.engine.upsertProduct(write, options);
      }
      case ProductDeleted.type: {
        const { productId } = ProductDeleted.parse(event.data);
        const at = occurredAt(event);
        return (options) => this.engine.deleteProduct(productId, at, options);
      }
      case InventoryChanged.type: {
        // No updatedAt in this event: the stock reading is as of the event's time.
        const { productId, stockAvailable, delta } = stockChangeSchema.parse(event.data);
        if (keepsInStock(stockAvailable, delta)) return null;
        const stock = { available: stockAvailable, version: occurredAt(event) };
        return (options) => this.engine.updateStock(productId, stock, options);
      }
      default:
        return null; // another product.* fact search has no use for
    }
  }
}

/**
 * Search filters on "in stock or not", nothing finer, so a change that keeps that answer (999 -> 998
 * after a sale) needs no write: every checkout would otherwise cost an index update and a refresh.
 * Changes that cross zero are applied, in version order as before. Without a delta we cannot tell.
 */
export function keepsInStock(stockAvailable: number, delta: number | undefined): boolean {
  return delta !== undefined && stockAvailable - delta > 0 === stockAvailable > 0;
}

function occurredAt(event: EventEnvelope): number {
  const at = Date.parse(event.occurredAt);
  if (Number.isNaN(at)) throw new Error(`event ${event.id} has no valid occurredAt`);
  return at;
}
