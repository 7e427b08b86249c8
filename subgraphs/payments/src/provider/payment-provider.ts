/**
 * The payment provider port: how payments talks to whoever moves card (or PayPal-like) money.
 *
 * Every implementation guarantees:
 * - **Authorize never takes money.** It reserves `amount` on the payment method until `capture` or `void`.
 *   A refusal by the issuer is a result (`DECLINED` with a `declineCode`), not an exception; exceptions
 *   are `ProviderError`s (the provider could not be asked, or refused the request itself).
 * - **`REQUIRES_ACTION`** means the buyer must act first (approve on the provider's page, 3-D Secure);
 *   `redirectUrl` is where to send them when the provider has one. Capture before the action is
 *   completed fails with `invalid_state`.
 * - **Idempotent by key.** Repeating a call with the same `idempotencyKey` returns the first outcome
 *   (same `providerRef`, same `refundRef`) and moves no money twice. Callers derive keys from their own
 *   record ids, so a retry after a crash or a timeout is always safe.
 * - **Legal moves only:** capture or void an authorization once (repeating the same call is a no-op
 *   success); capture after void and void after capture fail with `invalid_state`; refunds only after
 *   capture and never more in total than was captured (`invalid_request`).
 * - **Tokens only.** Methods arrive as provider tokens (`tok_...`, `pm_...`); card numbers never reach
 *   or leave an adapter, so they never reach our stores or logs.
 */
export interface PaymentProvider {
  /** Stored with each payment, so later calls reach the provider that authorized it. */
  readonly name: string;
  authorize(request: AuthorizeRequest): Promise<Authorization>;
  /** Takes `amount` (default: all) of an authorization. */
  capture(request: CaptureRequest): Promise<void>;
  /** Releases an authorization (or abandons one still waiting for the buyer). */
  void(request: VoidRequest): Promise<void>;
  /** Gives back `amount` of a captured payment. */
  refund(request: RefundRequest): Promise<ProviderRefund>;
}

type AuthorizationStatus = 'AUTHORIZED' | 'DECLINED' | 'REQUIRES_ACTION';

export interface AuthorizeRequest {
  /** Minor units, > 0. */
  amount: number;
  /** ISO 4217, upper case. */
  currency: string;
  /** A provider token for the payment method (never a card number). */
  paymentMethod: string;
  idempotencyKey: string;
  /** Ids only (payment, order, buyer): it shows up in the provider's dashboard. */
  metadata: Record<string, string>;
}

export interface Authorization {
  status: AuthorizationStatus;
  /** The provider's id for this authorization; null only when a decline left nothing behind. */
  providerRef: string | null;
  redirectUrl?: string;
  /** Why it was declined, in Stripe's vocabulary (generic_decline, insufficient_funds, ...). */
  declineCode?: string;
}

export interface CaptureRequest {
  providerRef: string;
  amount?: number;
  idempotencyKey: string;
}

export interface VoidRequest {
  providerRef: string;
  idempotencyKey: string;
}

export interface RefundRequest {
  providerRef: string;
  amount: number;
  idempotencyKey: string;
}

export type ProviderRefundStatus = 'SUCCEEDED' | 'PENDING' | 'FAILED';

export interface ProviderRefund {
  refundRef: string;
  status: ProviderRefundStatus;
}

/**
 * - `invalid_request`: the provider refused the request as malformed or impossible (not retryable);
 * - `invalid_state`: the move is illegal for the authorization's current state;
 * - `unavailable`: the provider could not be reached or failed; retrying with the same key is safe;
 * - `misconfigured`: our credentials or settings are wrong (an operator must act);
 * - `idempotency_mismatch`: a key was reused with different parameters.
 */
export type ProviderErrorKind =
  'invalid_request' | 'invalid_state' | 'unavailable' | 'misconfigured' | 'idempotency_mismatch';

/** A failure to get an answer from the provider, as opposed to an answer that says no. */
export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderError';
  }

  get retryable(): boolean {
    return this.kind === 'unavailable';
  }
}
