import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '@commerce/errors';
import { sendGraphQLError } from '@commerce/http';
import { EventLoopLag } from './event-loop-lag';

export interface LoadShedderOptions {
  /** Requests being served at once past which new ones are refused; 0 = no bound. */
  maxInFlight: number;
  /** Event-loop lag (ms) past which new requests are refused; 0 = no bound. */
  maxEventLoopLagMs: number;
  /** What the 503 tells the client to wait before trying again. */
  retryAfterSeconds: number;
  /** Counts each refused request, by reason. */
  onShed?: (reason: 'in_flight' | 'event_loop_lag') => void;
}

/**
 * Past capacity the gateway refuses excess requests at once, with 503 and Retry-After, before reading
 * or parsing their bodies (docs/decisions/0066). Queueing them instead would make every admitted
 * request wait behind them: latency grows to seconds for everyone, and clients time out anyway.
 * Two signals, either enough: too many requests in flight, or an event loop running late (the CPU is
 * saturated, so more admitted work only waits longer).
 */
export class LoadShedder {
  private inFlight = 0;
  private readonly lag: EventLoopLag | undefined;

  constructor(private readonly options: LoadShedderOptions) {
    this.lag = options.maxEventLoopLagMs > 0 ? new EventLoopLag() : undefined;
  }

  /** Why a request arriving now would be refused, or undefined when it is admitted. */
  overloadReason(): 'in_flight' | 'event_loop_lag' | undefined {
    const { maxInFlight, maxEventLoopLagMs } = this.options;
    if (maxInFlight > 0 && this.inFlight >= maxInFlight) return 'in_flight';
    if (this.lag && this.lag.currentMs > maxEventLoopLagMs) return 'event_loop_lag';
    return undefined;
  }

  /** The runtime's `shed` hook: answers 503 and returns true, or admits and counts the request. */
  readonly shed = (req: IncomingMessage, res: ServerResponse): boolean => {
    const reason = this.overloadReason();
    if (reason) {
      this.options.onShed?.(reason);
      res.setHeader('retry-after', String(this.options.retryAfterSeconds));
      sendGraphQLError(res, 503, ErrorCode.SERVICE_UNAVAILABLE, 'The gateway is overloaded; retry later');
      return true;
    }
    this.inFlight++;
    // 'close' fires once per response, whether it finished or the client went away.
    res.once('close', () => this.inFlight--);
    return false;
  };

  stop(): void {
    this.lag?.stop();
  }
}
