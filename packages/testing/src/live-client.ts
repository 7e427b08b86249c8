import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** One message a subscription received: data and/or errors, as the server sent them. */
export interface LiveResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  /** When it arrived (Date.now()), to check delivery times. */
  receivedAt: number;
}

/** How a socket ended. */
export interface LiveClose {
  code: number;
  reason: string;
}

/**
 * What one subscription saw: every result in order, then either `completed` or `errors` (the
 * server's `error` message, e.g. a limit), or the socket closing under it.
 */
export class LiveFeed<T> {
  readonly results: LiveResult<T>[] = [];
  /** The errors of an `error` message (the operation was refused). */
  refused: LiveResult<T>['errors'] | null = null;
  completed = false;
  private readonly waiters = new Set<() => void>();

  constructor(readonly unsubscribe: () => void) {}

  /** @internal */
  record(change: () => void): void {
    change();
    for (const wake of this.waiters) wake();
  }

  /** Waits until `check` holds for this feed (or fails after `timeoutMs` naming `what`). */
  async until<R>(what: string, check: (feed: this) => R | undefined | false, timeoutMs = 10_000): Promise<R> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check(this);
      if (value !== undefined && value !== false) return value;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`timed out waiting for ${what}; saw ${JSON.stringify(this.results.slice(-3))}`);
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.waiters.add(wake);
      });
    }
  }

  /** The `index`-th result (0-based), once it arrived. */
  result(index: number, timeoutMs?: number): Promise<LiveResult<T>> {
    return this.until(`result #${index}`, (feed) => feed.results[index], timeoutMs);
  }

  /** Waits for the server to refuse or complete the operation. */
  ended(timeoutMs?: number): Promise<true> {
    return this.until('the operation to end', (feed) => feed.completed || feed.refused !== null, timeoutMs);
  }
}

/**
 * A graphql-ws client (the library mobile and web apps use) for tests: connects to the gateway's
 * `/graphql` over WebSocket with `connectionParams.authorization`, never retries, and records what
 * each subscription receives and how the socket closed.
 */
export class LiveClient {
  private closeEvent: LiveClose | null = null;
  private readonly closeWaiters = new Set<(close: LiveClose) => void>();

  private constructor(private readonly client: Client) {}

  /** `httpUrl` is the gateway's GraphQL URL (http://host:port/graphql); `token` an access token or none. */
  static connect(httpUrl: string, token?: string): LiveClient {
    let self: LiveClient | null = null;
    const early: LiveClose[] = [];
    const client = createClient({
      url: httpUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      lazy: false,
      retryAttempts: 0,
      shouldRetry: () => false,
      onNonLazyError: () => undefined,
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          if (self) self.onClosed({ code, reason: String(reason) });
          else early.push({ code, reason: String(reason) });
        },
      },
    });
    self = new LiveClient(client);
    for (const close of early) self.onClosed(close);
    return self;
  }

  subscribe<T, V>(document: TypedDocumentNode<T, V> | string, variables?: V): LiveFeed<T> {
    const query = typeof document === 'string' ? document : print(document);
    let feed: LiveFeed<T> | null = null;
    const unsubscribe = this.client.subscribe<T>(
      { query, variables: variables ?? {} },
      {
        next: (value) =>
          feed!.record(() => feed!.results.push({ ...value, receivedAt: Date.now() } as LiveResult<T>)),
        error: (error) =>
          feed!.record(() => {
            feed!.refused = Array.isArray(error) ? (error as LiveResult<T>['errors']) : [];
          }),
        complete: () => feed!.record(() => (feed!.completed = true)),
      },
    );
    feed = new LiveFeed<T>(unsubscribe);
    return feed;
  }

  /** How the socket closed, once it did (within `timeoutMs`). */
  closed(timeoutMs = 10_000): Promise<LiveClose> {
    if (this.closeEvent) return Promise.resolve(this.closeEvent);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.closeWaiters.delete(done);
        reject(new Error('the socket did not close'));
      }, timeoutMs);
      const done = (close: LiveClose) => {
        clearTimeout(timer);
        resolve(close);
      };
      this.closeWaiters.add(done);
    });
  }

  dispose(): Promise<void> {
    return Promise.resolve(this.client.dispose());
  }

  private onClosed(close: LiveClose): void {
    this.closeEvent ??= close;
    for (const wake of this.closeWaiters) wake(close);
    this.closeWaiters.clear();
  }
}
