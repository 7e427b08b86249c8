import type { FormattedExecutionResult } from 'graphql';

/**
 * Updates waiting for a slow reader beyond this are dropped oldest first: each update is the whole
 * state of the object, so the newest ones are what the subscriber needs, and a stalled socket cannot
 * make the gateway hoard memory.
 */
const MAX_BUFFERED = 8;

/**
 * The async iterator graphql-ws reads one subscription from. The hub pushes results into it; the
 * subscriber completing (or the socket closing) calls `return`, which runs `onReturn` once so the hub
 * forgets the subscription.
 */
export class LiveStream implements AsyncIterableIterator<FormattedExecutionResult> {
  private readonly buffered: FormattedExecutionResult[] = [];
  private waiting: ((result: IteratorResult<FormattedExecutionResult>) => void) | null = null;
  private done = false;

  constructor(private readonly onReturn: () => void) {}

  /** Queues a result for the subscriber; ignored once the stream ended. */
  push(result: FormattedExecutionResult): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: result, done: false });
      return;
    }
    if (this.buffered.length >= MAX_BUFFERED) this.buffered.shift();
    this.buffered.push(result);
  }

  /** Sends what is buffered, then completes the subscription. */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.onReturn();
    if (this.waiting && this.buffered.length === 0) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
    }
  }

  get ended(): boolean {
    return this.done;
  }

  next(): Promise<IteratorResult<FormattedExecutionResult>> {
    const value = this.buffered.shift();
    if (value) return Promise.resolve({ value, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<FormattedExecutionResult>> {
    this.buffered.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(): Promise<IteratorResult<FormattedExecutionResult>> {
    return this.return();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
