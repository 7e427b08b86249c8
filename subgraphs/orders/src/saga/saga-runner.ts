import type { EntityManager } from 'typeorm';
import type { Logger } from '@commerce/logging';
import { RetryableError } from '@commerce/http';
import { RetryPolicy, retryDelayMs, sleep } from './backoff';
import {
  CancelRequest,
  LeaseLost,
  SagaAbort,
  SagaDefinition,
  SagaFailure,
  SagaState,
  SagaStep,
  SagaWait,
  StepContext,
} from './saga';
import type { SagaStore } from './saga-store';

/** How one run of a saga ended. `deferred`: handed to the worker for a retry later. */
export type RunResult = 'completed' | 'compensated' | 'waiting' | 'deferred' | 'lost' | 'stopped';

export interface RunOptions {
  /** Time this run may spend, retries included, before handing the saga to the worker. */
  budgetMs: number;
  /** Quick retries of a failing step within this run before deferring it. */
  inlineRetries: number;
  signal?: AbortSignal;
}

/** What is left of a run's time and quick retries. */
interface RunBudget {
  deadline: number;
  inlineLeft: number;
}

/** Opens a transaction that also wakes the outbox relay after commit (OutboxWriter.transaction). */
export type Transact = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

/**
 * Executes sagas: forward step by step (checkpointing where it matters, see `advance`), or
 * backwards through the compensations, checkpointing after each. Any runner in any process can pick a saga up where another left it, because all it
 * needs is the persisted state and the steps are idempotent.
 */
export class SagaRunner {
  /** When each saga this runner is running last had its lease renewed. */
  private readonly leaseRenewedAt = new Map<string, number>();

  constructor(
    private readonly store: SagaStore,
    private readonly transact: Transact,
    private readonly policy: RetryPolicy,
    private readonly logger: Logger,
  ) {}

  async run<I, O>(
    definition: SagaDefinition<I, O>,
    state: SagaState<I, O>,
    options: RunOptions,
  ): Promise<RunResult> {
    const signal = options.signal ?? new AbortController().signal;
    const budget: RunBudget = { deadline: Date.now() + options.budgetMs, inlineLeft: options.inlineRetries };
    // The caller has just inserted, claimed or checkpointed the saga: its lease is fresh.
    this.leaseRenewedAt.set(state.id, Date.now());
    try {
      return await this.runLeased(definition, state, options, signal, budget);
    } finally {
      this.leaseRenewedAt.delete(state.id);
    }
  }

  private async runLeased<I, O>(
    definition: SagaDefinition<I, O>,
    state: SagaState<I, O>,
    options: RunOptions,
    signal: AbortSignal,
    budget: RunBudget,
  ): Promise<RunResult> {
    try {
      for (;;) {
        if (signal.aborted) return 'stopped';
        if (state.status === 'completed' || state.status === 'compensated') return state.status;
        if (state.status === 'waiting') {
          // A waiting saga is claimed only once its deadline passed or a cancel request arrived;
          // the step it waits in may have acted (an authorization exists), so it is undone too.
          const failure = state.cancelRequest ? cancelled(state.cancelRequest) : state.failure!;
          this.startCompensating(definition, state, failure, indexOf(definition, state.step!));
          await this.checkpoint(state);
          continue;
        }
        const forward = state.status === 'running';
        // Past the last step going forward is steps.length; past the first going back is -1.
        const index =
          state.step === null ? (forward ? definition.steps.length : -1) : indexOf(definition, state.step);
        if (forward && index >= definition.steps.length) {
          await this.finish(definition, state, 'completed');
          return 'completed';
        }
        if (!forward && index < 0) {
          await this.finish(definition, state, 'compensated');
          return 'compensated';
        }
        if (forward && this.mustStopForCancel(definition, state, index)) {
          // A step that already failed in transport, or whose runner died in it (the claim counted
          // that as a failure), may have acted anyway: undo it too.
          const from = state.attempts > 0 ? index : index - 1;
          this.startCompensating(definition, state, cancelled(state.cancelRequest!), from);
          await this.checkpoint(state);
          continue;
        }
        const step = definition.steps[index];
        const context = contextOf(state, signal);
        let produced: Partial<O> | void;
        try {
          // Only the step's own work is in here: a failed checkpoint is not a failed step.
          const work = forward ? step.invoke(context) : (step.compensate?.(context) ?? Promise.resolve());
          produced = await untilAborted(work, signal);
        } catch (error) {
          if (signal.aborted) return 'stopped';
          const outcome = await this.onFailure(definition, state, index, error, budget, signal);
          if (outcome) return outcome;
          continue;
        }
        budget.inlineLeft = options.inlineRetries;
        if (forward) await this.advance(definition, state, index, produced);
        else await this.retreat(definition, state, index);
        if (Date.now() > budget.deadline && state.step !== null) {
          await this.checkpoint(state, { release: { nextAttemptAt: new Date() } });
          return 'deferred';
        }
      }
    } catch (error) {
      if (error instanceof LeaseLost) {
        this.logger.warn({ sagaId: state.id, orderId: state.orderId }, 'saga taken over by another runner');
        return 'lost';
      }
      // Most likely the database is unreachable: nothing more can be recorded. The lease lapses and
      // the worker resumes from the last checkpoint.
      this.logger.error({ err: error, sagaId: state.id, orderId: state.orderId }, 'saga run interrupted');
      return 'deferred';
    }
  }

  /**
   * Decides what a failed step means: a refusal turns the saga around, a wait parks it, anything
   * else is retried (inline while the budget allows, else later by the worker) until a forward step
   * has failed `maxAttempts` times. Returns how the run ends, or null to go on.
   */
  private async onFailure<I, O>(
    definition: SagaDefinition<I, O>,
    state: SagaState<I, O>,
    index: number,
    error: unknown,
    budget: RunBudget,
    signal: AbortSignal,
  ): Promise<RunResult | null> {
    const forward = state.status === 'running';
    if (forward && error instanceof SagaAbort && !definition.forwardOnly) {
      this.startCompensating(definition, state, error.failure, index - 1);
      await this.checkpoint(state);
      return null;
    }
    if (forward && error instanceof SagaWait) {
      state.status = 'waiting';
      state.outputs = { ...state.outputs, ...(error.outputs as Partial<O>) };
      state.failure = error.onTimeout;
      await this.checkpoint(state, { release: { nextAttemptAt: error.until } });
      return 'waiting';
    }
    const step = definition.steps[index];
    state.attempts += 1;
    this.logFailure(state, step, error);
    if (forward && !definition.forwardOnly && state.attempts >= this.policy.maxAttempts) {
      // The step's outcome is unknown (it may have happened): compensate it too.
      this.startCompensating(definition, state, giveUpFailure(step), index);
      await this.checkpoint(state, { lastError: describe(error) });
      return null;
    }
    const delay = retryDelayMs(this.policy, state.attempts);
    if (budget.inlineLeft > 0 && Date.now() + delay < budget.deadline) {
      budget.inlineLeft -= 1;
      await sleep(delay, signal);
      return null;
    }
    await this.checkpoint(state, {
      release: { nextAttemptAt: new Date(Date.now() + delay) },
      lastError: describe(error),
    });
    return 'deferred';
  }

  /**
   * Records a step done, in memory always and in the table only where it matters: before the pivot
   * (the checkpoint reads a buyer's cancel request while it can still be honoured) and when half the
   * lease is gone (renewing it; the lease outlasts two HTTP timeouts, so the next step ends in it). Elsewhere a crash makes the next runner repeat steps that are
   * idempotent by the order, which is cheaper than a write per step on every checkout. The last
   * step's record is the closing transaction itself.
   */
  private async advance<I, O>(
    definition: SagaDefinition<I, O>,
    state: SagaState<I, O>,
    index: number,
    produced: Partial<O> | void,
  ): Promise<void> {
    state.outputs = { ...state.outputs, ...(produced ?? {}) };
    state.step = definition.steps[index + 1]?.name ?? null;
    state.attempts = 0;
    if (state.step === null) return;
    const beforePivot = !definition.forwardOnly && state.step === definition.pivot;
    const leaseHalfGone =
      Date.now() - (this.leaseRenewedAt.get(state.id) ?? 0) > this.store.leaseDurationMs / 2;
    if (beforePivot || leaseHalfGone) state.cancelRequest = await this.checkpoint(state);
  }

  /** Records a step undone. */
  private async retreat<I, O>(definition: SagaDefinition<I, O>, state: SagaState<I, O>, index: number) {
    state.step = definition.steps[index - 1]?.name ?? null;
    state.attempts = 0;
    if (state.step !== null) await this.checkpoint(state);
  }

  private async finish<I, O>(
    definition: SagaDefinition<I, O>,
    state: SagaState<I, O>,
    status: 'completed' | 'compensated',
  ) {
    await this.transact(async (manager) => {
      await this.store.finish(manager, state, status);
      if (status === 'completed') await definition.complete?.(manager, state);
      else await definition.compensated?.(manager, state, state.failure!);
    });
  }

  /** Cancel requests stop a saga only before its pivot step has completed. */
  private mustStopForCancel<I, O>(definition: SagaDefinition<I, O>, state: SagaState<I, O>, index: number) {
    if (!state.cancelRequest || definition.forwardOnly) return false;
    const pivot = definition.pivot ? indexOf(definition, definition.pivot) : definition.steps.length - 1;
    return index <= pivot;
  }

  /** Switches to compensation, starting with the step at `fromIndex` (-1: nothing to undo). */
  private startCompensating<I, O>(
    definition: SagaDefinition<I, O>,
    state: SagaState<I, O>,
    failure: SagaFailure,
    fromIndex: number,
  ): void {
    state.status = 'compensating';
    state.failure = failure;
    state.step = definition.steps[fromIndex]?.name ?? null;
    state.attempts = 0;
  }

  private async checkpoint<I, O>(state: SagaState<I, O>, options = {}) {
    const cancelRequest = await this.store.checkpoint(state, options);
    this.leaseRenewedAt.set(state.id, Date.now());
    return cancelRequest;
  }

  private logFailure<I, O>(state: SagaState<I, O>, step: SagaStep<I, O>, error: unknown): void {
    const fields = { sagaId: state.id, orderId: state.orderId, step: step.name, attempts: state.attempts };
    if (error instanceof RetryableError) {
      const stuck = state.status === 'compensating' && state.attempts >= this.policy.maxAttempts;
      // A compensation that keeps failing holds stock or money: that needs a human.
      this.logger[stuck ? 'error' : 'warn'](
        { ...fields, err: error.message },
        'saga step failed, will retry',
      );
    } else {
      this.logger.error({ ...fields, err: error }, 'saga step failed unexpectedly, will retry');
    }
  }
}

function indexOf<I, O>(definition: SagaDefinition<I, O>, step: string): number {
  const index = definition.steps.findIndex((s) => s.name === step);
  if (index < 0) throw new Error(`saga ${definition.kind} has no step ${step}`);
  return index;
}

function contextOf<I, O>(state: SagaState<I, O>, signal: AbortSignal): StepContext<I, O> {
  return { sagaId: state.id, orderId: state.orderId, input: state.input, outputs: state.outputs, signal };
}

function cancelled(request: CancelRequest): SagaFailure {
  return { outcome: 'CANCELLED', code: 'CANCELLED', reason: request.reason, actorId: request.actorId };
}

function giveUpFailure<I, O>(step: SagaStep<I, O>): SagaFailure {
  return (
    step.giveUp ?? {
      outcome: 'CANCELLED',
      code: 'SERVICE_UNAVAILABLE',
      reason: 'Checkout could not be completed',
    }
  );
}

/** The step's promise, or a rejection as soon as `signal` aborts (a step that ignores it cannot block shutdown). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('saga run stopped'));
  let onAbort = () => undefined as void;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new Error('saga run stopped'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

function describe(error: unknown): string {
  return String((error as Error)?.message ?? error).slice(0, 500);
}
