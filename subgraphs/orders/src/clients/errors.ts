/**
 * How calls to other services fail. The saga treats the two kinds differently: a transport failure
 * may heal (retry with back-off), a refusal is the other service's final answer (compensate now).
 */

/** The call did not get a usable answer (connection refused, timeout, 5xx, garbled body). */
export class RetryableError extends Error {
  constructor(
    /** Which service failed: `cart`, `catalog`, `payments` or `users`. */
    readonly service: string,
    message: string,
  ) {
    super(`${service}: ${message}`);
    this.name = 'RetryableError';
  }
}

/** A business refusal: the other service understood the request and said no (409, 402, 404). */
export class Refusal extends Error {
  constructor(
    readonly service: string,
    /** Our error vocabulary: OUT_OF_STOCK, PAYMENT_DECLINED, CONFLICT, NOT_FOUND. */
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

/** True when `error` is a refusal with one of `codes` (any code when none is given). */
export function isRefusal(error: unknown, ...codes: string[]): error is Refusal {
  return error instanceof Refusal && (codes.length === 0 || codes.includes(error.code));
}
