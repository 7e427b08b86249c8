import type { EntityManager } from 'typeorm';

/**
 * running: going forward. waiting: parked until an outside event or a deadline (a payment approval).
 * compensating: undoing the steps done, newest first. completed / compensated: finished.
 */
export type SagaStatus = 'running' | 'waiting' | 'compensating' | 'completed' | 'compensated';

/**
 * How a saga that could not finish ends: an outcome the saga's owner gives meaning to (orders: the
 * status the order takes), a code and a readable reason. The engine never reads it; it only keeps it
 * and hands it to the definition's `compensated` hook.
 */
export interface SagaFailure<Outcome extends string = string> {
  outcome: Outcome;
  code: string;
  reason: string;
  /** Who caused it (a user who cancelled); null for the system. */
  actorId?: string | null;
}

/** A request (a user's, an admin's) to stop a saga that is still running. */
export interface CancelRequest {
  reason: string;
  actorId: string | null;
}

/** A saga as persisted: everything a runner on another process needs to carry on. */
export interface SagaState<I, O, Outcome extends string = string> {
  id: string;
  /** The id (a uuid) of what the saga acts for (orders: the order); one saga per kind and subject. */
  subjectId: string;
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
  failure: SagaFailure<Outcome> | null;
  cancelRequest: CancelRequest | null;
  /** Proves the runner still owns the saga; every write checks it. */
  leaseToken: string;
}

/** What a step sees: the saga's subject and input, and the outputs of the steps before it. */
export interface StepContext<I, O> {
  sagaId: string;
  subjectId: string;
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
export interface SagaStep<I, O, Outcome extends string = string> {
  name: string;
  /** Does the action; returns outputs to keep. Throws SagaAbort for a business refusal. */
  invoke(ctx: StepContext<I, O>): Promise<Partial<O> | void>;
  compensate?(ctx: StepContext<I, O>): Promise<void>;
  /** How the saga ends when this step keeps failing in transport and the runner gives up on it. */
  giveUp?: SagaFailure<Outcome>;
}

/** What every saga has: its steps in business order and what happens when they all succeeded. */
interface SagaShape<I, O, Outcome extends string> {
  kind: string;
  steps: SagaStep<I, O, Outcome>[];
  /** Runs in the transaction that closes a saga whose every step succeeded. */
  complete?(manager: EntityManager, state: SagaState<I, O, Outcome>): Promise<void>;
}

/** A saga that undoes its completed steps, newest first, when it cannot finish. */
export interface CompensatingSaga<I, O, Outcome extends string = string> extends SagaShape<I, O, Outcome> {
  forwardOnly?: false;
  /**
   * The step after which the outcome is decided (money taken): cancel requests are honoured only
   * before it completes. Without one, until the last step completes.
   */
  pivot?: string;
  /** How a cancel request honoured before the pivot ends the saga. */
  cancelled(request: CancelRequest): SagaFailure<Outcome>;
  /** How the saga ends when a step without its own `giveUp` keeps failing in transport. */
  giveUp: SagaFailure<Outcome>;
  /** Runs in the transaction that closes a saga whose steps were all compensated. */
  compensated?(
    manager: EntityManager,
    state: SagaState<I, O, Outcome>,
    failure: SagaFailure<Outcome>,
  ): Promise<void>;
}

/**
 * A saga that never compensates (the consequences of a decision already committed, such as refunding
 * a cancelled order): refusals and failures alike are retried until every step is done, and cancel
 * requests are ignored.
 */
export interface ForwardOnlySaga<I, O, Outcome extends string = string> extends SagaShape<I, O, Outcome> {
  forwardOnly: true;
}

/** A saga: its steps in business order, and what happens to its subject when it ends. */
export type SagaDefinition<I, O, Outcome extends string = string> =
  CompensatingSaga<I, O, Outcome> | ForwardOnlySaga<I, O, Outcome>;

/** Thrown by a step: the other service refused; the step did not happen, compensate what did. */
export class SagaAbort<Outcome extends string = string> extends Error {
  constructor(readonly failure: SagaFailure<Outcome>) {
    super(failure.reason);
    this.name = 'SagaAbort';
  }
}

/**
 * Thrown by a step: its action is pending on someone else (a user approving a payment). The saga
 * parks until `until`, keeping `outputs`; if nobody wakes it by then it compensates with `onTimeout`.
 */
export class SagaWait<O, Outcome extends string = string> extends Error {
  constructor(
    readonly until: Date,
    readonly outputs: Partial<O>,
    readonly onTimeout: SagaFailure<Outcome>,
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
