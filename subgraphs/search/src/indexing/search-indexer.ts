import type { DataSource, EntityManager } from 'typeorm';
import {
  batchConsumer,
  ConsumerOptions,
  DEFAULT_MAX_BATCH_SIZE,
  DEFAULT_MAX_BATCH_WAIT_MS,
  EventEnvelope,
  processBatchOnce,
} from '@commerce/events';
import type { Logger } from '@commerce/logging';
import type { SearchEngine } from '../engine/search-engine';
import { findRatings, saveNewestRatings } from '../ratings/product-ratings';
import { planBatch, Planned } from './indexing-step';

/** The durable queue of the indexer (docs/design.md, "Events"). */
export const INDEXER_CONSUMER = 'search-indexer';
const INDEXER_PATTERNS = ['product.*', 'inventory.changed', 'review.*'];

export interface IndexerOptions {
  /** Most events applied in one engine request. Default 500. */
  maxBatchSize?: number;
  /** How long the first event of a batch waits for more. Default 50 ms. */
  maxBatchWaitMs?: number;
  /**
   * Batches applied at once. Default 2: while one waits on the engine, the next is parsed and claimed
   * in the inbox, and a single-shard OpenSearch index gets a write thread per concurrent bulk.
   */
  maxConcurrentBatches?: number;
  /** Bus retry policy (defaults: the bus's). */
  maxAttempts?: number;
  retryDelaysMs?: number[];
}

export interface IndexerBatchResult {
  processed: EventEnvelope[];
  failures: Map<string, unknown>;
}

/**
 * Keeps the search engine in step with catalog's and reviews' events, in near real time, in batches:
 * the events that arrive within a few milliseconds (up to 500) are applied together, with one inbox
 * statement and one engine request (`applyChanges`: an OpenSearch `_bulk`, one PostgreSQL statement),
 * in one transaction of the search database. Every write is versioned per part, so redeliveries,
 * out-of-order events and several events of one product in a batch never regress a document.
 *
 * Ratings: a review event saves the product's aggregate in `product_ratings` (version-guarded) and
 * writes it to the document; every product snapshot is written with the stored rating, so a rating
 * that arrived before its product applies when the product does, and a reindex keeps ratings.
 *
 * Failures are per event: a payload that breaks its contract, or a document the engine refuses, fails
 * that event alone (the bus retries it, then parks it in `search-indexer.dlq` with the error) while
 * the rest of its batch commits; if the engine or database cannot be reached the whole batch retries.
 */
export class SearchIndexer {
  private readonly options: IndexerOptions;

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngine,
    private readonly logger: Logger,
    options: IndexerOptions = {},
  ) {
    this.options = {
      maxBatchSize: DEFAULT_MAX_BATCH_SIZE,
      maxBatchWaitMs: DEFAULT_MAX_BATCH_WAIT_MS,
      maxConcurrentBatches: 2,
      ...options,
    };
  }

  /**
   * Its subscription: the durable `search-indexer` queue, bound to catalog's product and stock events
   * and reviews' rating events, consumed in batches.
   */
  subscription(): ConsumerOptions {
    return batchConsumer({
      consumer: INDEXER_CONSUMER,
      patterns: INDEXER_PATTERNS,
      ...this.options,
      handler: async (batch) => (await this.applyBatch(batch.map((item) => item.event))).failures,
    });
  }

  /** Applies one event; false when it was not for us or already processed; throws when it failed. */
  async handle(event: EventEnvelope): Promise<boolean> {
    const { failures, processed } = await this.applyBatch([event]);
    if (failures.has(event.id)) throw failures.get(event.id);
    return processed.length > 0;
  }

  /**
   * Applies a batch: `processed` are the events written now (not skipped as irrelevant, of an unknown
   * version, or as duplicates), `failures` the ones that failed, by id, with their error.
   */
  async applyBatch(events: EventEnvelope[]): Promise<IndexerBatchResult> {
    const { planned, failures, unknownVersions } = planBatch(events);
    for (const event of unknownVersions) {
      this.logger.warn(
        { eventId: event.id, type: event.type, version: event.version },
        'event version ignored',
      );
    }
    if (planned.length === 0) return { processed: [], failures };
    const steps = new Map(planned.map((p) => [p.event.id, p.step]));
    const result = await processBatchOnce(
      this.dataSource,
      INDEXER_CONSUMER,
      planned.map((p) => p.event),
      (manager, fresh) =>
        this.write(
          manager,
          fresh.map((event) => ({ event, step: steps.get(event.id)! })),
        ),
    );
    for (const [id, error] of result.failures) failures.set(id, error);
    this.logger.debug(
      {
        events: events.length,
        processed: result.processed.length,
        duplicates: result.duplicates.length,
        // Each failed event is logged by the bus with its error, as it retries or dead-letters it.
        failed: failures.size,
      },
      'search indexer batch',
    );
    return { processed: result.processed, failures };
  }

  /** The batch's writes, in the inbox transaction: ratings, then every document in one request. */
  private async write(manager: EntityManager, batch: Planned[]): Promise<Map<string, unknown>> {
    await saveNewestRatings(
      manager,
      batch.flatMap(({ step }) => (step.rating ? [step.rating] : [])),
    );
    // Product snapshots carry the stored rating: catalog's content knows nothing of reviews.
    const snapshots = batch
      .filter(({ step }) => step.change.content?.fields)
      .map(({ step }) => step.change.productId);
    const ratings = await findRatings(manager, snapshots);
    const changes = batch.map(({ step }) => {
      const stored = step.change.content?.fields ? ratings.get(step.change.productId) : undefined;
      return stored && !step.change.rating ? { ...step.change, rating: stored } : step.change;
    });
    const outcomes = await this.engine.applyChanges(changes, { transaction: manager });
    const failures = new Map<string, unknown>();
    for (const { event, step } of batch) {
      const outcome = outcomes.get(step.change.productId);
      if (outcome?.status === 'failed') {
        failures.set(
          event.id,
          new Error(`search document ${step.change.productId} refused: ${outcome.error}`),
        );
      }
    }
    return failures;
  }
}
