import type { Logger } from '@commerce/logging';
import type { SagaDefinition, SagaState } from './saga';
import type { SagaRunner } from './saga-runner';
import type { SagaStore } from './saga-store';

export interface SagaWorkerOptions {
  pollIntervalMs: number;
  /** Sagas run at once by this worker. */
  concurrency: number;
  /** Time one claimed saga may run before it is handed back (must stay below the lease). */
  budgetMs: number;
  /** Finished sagas are deleted after this many days (checked hourly). */
  retentionDays: number;
}

const PURGE_INTERVAL_MS = 3600_000;

/**
 * The recovery worker: finds sagas nobody is running (their runner crashed, deferred a retry, or a
 * wait timed out) and runs them. Started with the service; several replicas share the work safely
 * because claims use `FOR UPDATE SKIP LOCKED` and leases.
 */
export class SagaWorker {
  private timer: NodeJS.Timeout | null = null;
  private readonly running = new Set<Promise<void>>();
  private polling: Promise<void> | null = null;
  private readonly abort = new AbortController();
  private stopped = true;
  private lastPurge = Date.now();

  constructor(
    private readonly store: SagaStore,
    private readonly runner: SagaRunner,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    private readonly definitions: Record<string, SagaDefinition<any, any>>,
    private readonly options: SagaWorkerOptions,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Looks for due sagas now (a waiting saga was woken, a cancel was requested). */
  kick(): void {
    if (!this.stopped) this.schedule(0);
  }

  /** Stops claiming, aborts running sagas at their next call and waits for them to let go. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.abort.abort();
    await this.polling;
    await Promise.all([...this.running]);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.polling) this.polling = this.poll().finally(() => (this.polling = null));
    }, delayMs);
  }

  private async poll(): Promise<void> {
    let claimed: SagaState<unknown, unknown>[] = [];
    try {
      const free = this.options.concurrency - this.running.size;
      if (free > 0) claimed = await this.store.claimDue(free);
    } catch (error) {
      this.logger.warn({ err: error }, 'saga worker could not claim sagas');
    }
    for (const state of claimed) this.launch(state);
    await this.purge();
    // A full batch suggests more are due: look again at once rather than after a whole interval.
    const more = claimed.length > 0 && this.running.size < this.options.concurrency;
    this.schedule(more ? 0 : this.options.pollIntervalMs);
  }

  private async purge(): Promise<void> {
    if (Date.now() - this.lastPurge < PURGE_INTERVAL_MS) return;
    this.lastPurge = Date.now();
    try {
      const purged = await this.store.purgeFinished(this.options.retentionDays);
      if (purged > 0) this.logger.info({ purged }, 'finished sagas purged');
    } catch (error) {
      this.logger.warn({ err: error }, 'could not purge finished sagas');
    }
  }

  private launch(state: SagaState<unknown, unknown>): void {
    const definition = this.definitions[state.kind];
    if (!definition) {
      this.logger.error({ sagaId: state.id, kind: state.kind }, 'saga of unknown kind left alone');
      return;
    }
    this.logger.info(
      { sagaId: state.id, subjectId: state.subjectId, status: state.status, step: state.step },
      'resuming saga',
    );
    const run = this.runner
      .run(definition, state, {
        budgetMs: this.options.budgetMs,
        inlineRetries: 0,
        signal: this.abort.signal,
      })
      .then(() => undefined)
      .catch((error) => this.logger.error({ err: error, sagaId: state.id }, 'saga run failed'))
      .finally(() => {
        this.running.delete(run);
        this.kick();
      });
    this.running.add(run);
  }
}
