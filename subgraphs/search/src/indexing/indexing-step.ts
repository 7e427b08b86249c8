import type { EventEnvelope } from '@commerce/events';
import { DocumentChange, documentChange } from '../engine/document-change';
import type { StoredRating } from '../ratings/product-ratings';
import {
  InventoryChanged,
  ProductCreated,
  ProductDeleted,
  productSnapshotSchema,
  ProductUpdated,
} from '@commerce/contracts';
import { toProductWrite } from './product-write';
import { isReviewEvent, ratingFromReviewEvent } from './review-events';

/**
 * What the indexer reads of `inventory.changed` (a tolerant reader of catalog's contract): without a
 * delta it cannot tell whether the product stays in stock, so the change is applied.
 */
const stockChangeSchema = InventoryChanged.schema
  .pick({ productId: true, stockAvailable: true, delta: true })
  .partial({ delta: true });

/** What one event asks of search: a document change and, for reviews' events, a rating to keep. */
export interface IndexingStep {
  change: DocumentChange;
  /** Also saved in `product_ratings` (reviews' events only). */
  rating: StoredRating | null;
}

/**
 * Turns an event into its step, or null when search has nothing to do with it (another `product.*`
 * fact, a stock change that keeps a product in stock). Throws when the payload breaks its contract:
 * the bus retries it, then parks it in `search-indexer.dlq` with the error.
 */
export function indexingStepFor(event: EventEnvelope): IndexingStep | null {
  switch (event.type) {
    case ProductCreated.type:
    case ProductUpdated.type:
      return document(documentChange.upsert(toProductWrite(productSnapshotSchema.parse(event.data))));
    case ProductDeleted.type: {
      const { productId } = ProductDeleted.parse(event.data);
      return document(documentChange.delete(productId, occurredAt(event)));
    }
    case InventoryChanged.type: {
      // No updatedAt in this event: the stock reading is as of the event's time.
      const { productId, stockAvailable, delta } = stockChangeSchema.parse(event.data);
      if (keepsInStock(stockAvailable, delta)) return null;
      return document(
        documentChange.stock(productId, { available: stockAvailable, version: occurredAt(event) }),
      );
    }
    default: {
      if (!isReviewEvent(event.type)) return null;
      const rating = ratingFromReviewEvent(event.data);
      return { change: documentChange.rating(rating.productId, rating.rating), rating };
    }
  }
}

const document = (change: DocumentChange): IndexingStep => ({ change, rating: null });

/** The envelope version of every event the indexer reads; others are skipped (and logged). */
const KNOWN_EVENT_VERSION = 1;

/** One event of a batch with its step. */
export interface Planned {
  event: EventEnvelope;
  step: IndexingStep;
}

export interface BatchPlan {
  /** The events to write, in arrival order. */
  planned: Planned[];
  /** Events whose payload broke its contract, by id: they fail alone, the others go on. */
  failures: Map<string, unknown>;
  /** Events of an envelope version the indexer does not know: acknowledged, not applied. */
  unknownVersions: EventEnvelope[];
}

/** Splits a batch into what to write, what failed and what to skip; irrelevant events just drop out. */
export function planBatch(events: EventEnvelope[]): BatchPlan {
  const plan: BatchPlan = { planned: [], failures: new Map(), unknownVersions: [] };
  for (const event of events) {
    if (event.version !== KNOWN_EVENT_VERSION) {
      plan.unknownVersions.push(event);
      continue;
    }
    try {
      const step = indexingStepFor(event);
      if (step) plan.planned.push({ event, step });
    } catch (error) {
      plan.failures.set(event.id, error);
    }
  }
  return plan;
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
