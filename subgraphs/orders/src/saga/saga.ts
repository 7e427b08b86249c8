import type { EntityManager } from 'typeorm';

/**
 * running: going forward. waiting: parked until an outside event or a deadline (payment approval).
 * compensating: undoing the steps done, newest first. completed / compensated: finished.
 */
export type SagaStatus = 'running' | 'waiting' | 'compensating' | 'completed' | 'compensated';

/** How a saga that could not finish ends: the order status to take, a code and a readable reason. */
export interface SagaFailure {
  outcome: 'PAYMENT_FAILED' | 'CANCELLED';
  code: string;
  reason: string;
  /** Who caused it (a buyer who cancelled); null for the system. */
  actorId?: string | null;
}

/** A buyer's (or admin's) request to stop a checkout that is still running. */
export interface CancelRequest {
  reason: string;
  actorId: string | null;
}

/** A saga as persisted: everything a runner on another process needs to carry on. */
export interface SagaState<I, O> {
  id: string;
  orderId: string;
  kind: string;
  status: SagaStatus;
  /** Forward: the next step to run. Compensating: the next step to undo. Null: none left. */
  step: string | null;
  /** What the saga was started with; never changes. */
  input: I;
  /** What steps produced (ids their compensations need). */
  outputs: O;
  /** Failed attempts of the current step. */
  attempts: number;
  /** Why it is compensating (or, while waiting, how it ends if the wait times out). */
  failure: SagaFailure | null;
  cancelRequest: CancelRequest | null;
  /** Proves the runner still owns the saga; every write checks it. */
  leaseToken: string;
}

/** What a step sees: the saga's input and the outputs of the steps before it. */
export interface StepContext<I, O> {
  sagaId: string;
  orderId: string;
  input: Readonly<I>;
  outputs: Readonly<O>;
  /** Aborted when the service shuts down; pass it to outgoing calls. */
  signal: AbortSignal;
}

/**
 * One action on another service with its compensation beside it. Both must be idempotent: after a
 * crash the runner repeats the step it was in, and a compensation may run for a step whose outcome
 * is unknown (it must then tolerate "nothing to undo").
 */
export interface SagaStep<I, O> {
  name: string;
  /** Does the action; returns outputs to keep. Throws SagaAbort for a business refusal. */
  invoke(ctx: StepContext<I, O>): Promise<Partial<O> | void>;
  compensate?(ctx: StepContext<I, O>): Promise<void>;
  /** How the saga ends when this step keeps failing in transport and the runner gives up on it. */
  giveUp?: SagaFailure;
}

/** A saga: its steps in business order, and what happens to the order when it ends. */
export interface SagaDefinition<I, O> {
  kind: string;
  steps: SagaStep<I, O>[];
  /**
   * The step after which the outcome is decided (money taken): cancel requests are honoured only
   * before it completes.
   */
  pivot?: string;
  /** Follow-up sagas (refund a cancelled order) never compensate: their steps retry until done. */
  forwardOnly?: boolean;
  /** Runs in the transaction that closes a saga whose every step succeeded. */
  complete?(manager: EntityManager, state: SagaState<I, O>): Promise<void>;
  /** Runs in the transaction that closes a saga whose steps were all compensated. */
  compensated?(manager: EntityManager, state: SagaState<I, O>, failure: SagaFailure): Promise<void>;
}

/** Thrown by a step: the other service refused; the step did not happen, compensate what did. */
export class SagaAbort extends Error {
  constructor(readonly failure: SagaFailure) {
    super(failure.reason);
    this.name = 'SagaAbort';
  }
}

/**
 * Thrown by a step: its action is pending on someone else (the buyer approving a payment). The saga
 * parks until `until`, keeping `outputs`; if nobody wakes it by then it compensates with `onTimeout`.
 */
export class SagaWait<O> extends Error {
  constructor(
    readonly until: Date,
    readonly outputs: Partial<O>,
    readonly onTimeout: SagaFailure,
  ) {
    super('waiting');
    this.name = 'SagaWait';
  }
}

/** The runner no longer owns the saga (its lease lapsed and another runner took it over). */
export class LeaseLost extends Error {
  constructor(sagaId: string) {
    super(`lease on saga ${sagaId} was lost`);
    this.name = 'LeaseLost';
  }
}
