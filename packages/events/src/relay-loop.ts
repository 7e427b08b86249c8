import type { Logger } from '@commerce/logging';

/** What one batch of a relay did: items taken from its store, and events published for them. */
export interface RelayBatch {
  /** A full batch (`taken === batchSize`) means more may be waiting: the pass goes on. */
  taken: number;
  sent: number;
}

export interface RelayLoopOptions {
  pollIntervalMs: number;
  batchSize: number;
  /** Longest wait between attempts while the bus is failing. */
  maxBackoffMs: number;
  /** Names the relay in its log lines. */
  name: string;
}

/**
 * The loop every event relay runs, whatever its store (outbox table, documents carrying their pending
 * events): a pass publishes batches until one comes back short, then waits `pollIntervalMs`; a failed
 * pass is retried with back-off (100 ms doubling, capped), nothing being marked published when
 * publishing failed. `kick` asks for a pass now (after a commit that wrote events); `stop` waits for
 * the pass in progress so a shutdown leaves nothing half-done.
 */
export class RelayLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private failures = 0;

  constructor(
    private readonly relayBatch: () => Promise<RelayBatch>,
    private readonly logger: Logger,
    private readonly options: RelayLoopOptions,
    /** Housekeeping after each successful pass (e.g. deleting old published rows). */
    private readonly afterPass: () => Promise<void> = async () => undefined,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  kick(): void {
    if (!this.stopped && this.failures === 0) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Publishes everything pending now; returns how many events went out. */
  async flush(): Promise<number> {
    let total = 0;
    for (;;) {
      const { taken, sent } = await this.relayBatch();
      total += sent;
      if (taken < this.options.batchSize) return total;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    this.timer = null;
    if (this.running) return; // the pass in progress reschedules itself
    this.running = this.pass();
    await this.running;
    this.running = null;
  }

  private async pass(): Promise<void> {
    const { name } = this.options;
    try {
      const sent = await this.flush();
      if (this.failures > 0) this.logger.info({ sent }, `${name} recovered`);
      this.failures = 0;
      await this.afterPass();
      this.schedule(this.options.pollIntervalMs);
    } catch (error) {
      this.failures++;
      const backoff = Math.min(this.options.maxBackoffMs, 100 * 2 ** this.failures);
      this.logger.warn({ err: error, failures: this.failures, backoff }, `${name} could not publish`);
      this.schedule(backoff);
    }
  }
}

/**
 * An event relay driven by a {@link RelayLoop}, whatever store it reads: the loop's controls, written
 * once for every relay (outbox table, documents carrying their pending events). A relay supplies its
 * loop and says how many events are still waiting.
 */
export abstract class LoopedRelay {
  protected abstract readonly loop: RelayLoop;

  start(): void {
    this.loop.start();
  }

  /** Asks for an immediate pass, e.g. right after a transaction that wrote events commits. */
  kick(): void {
    this.loop.kick();
  }

  /** Stops polling and waits for the pass in progress, so shutdown loses nothing half-done. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Publishes everything pending now; returns how many events went out. */
  flush(): Promise<number> {
    return this.loop.flush();
  }

  /** Number of events not yet published (for metrics and tests). */
  abstract pendingCount(): Promise<number>;
}
