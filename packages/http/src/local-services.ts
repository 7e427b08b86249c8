import type { RequestListener } from 'node:http';
import { inject } from 'light-my-request';

/**
 * Services that share a process and call each other's internal routes (deployment grouping: the
 * embedded launcher, or a "checkout cell" of the full stack) skip the socket: each one registers its
 * HTTP request listener here under the origins it listens on, and an {@link InternalClient} whose base
 * URL names one of them hands the request to that listener in memory instead of over TCP. The request
 * goes through the very same listener (router, service token, body limit, error body, metrics, log
 * scope), so a grouped call and a remote one cannot answer differently; only the socket, HTTP parsing
 * and event-loop hops are gone.
 */
const listeners = new Map<string, RequestListener>();

/** The origins a service on `port` is reached at from its own machine. */
function originsOf(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Makes the service on `port` callable in-process; the returned function takes it back (at stop). */
export function registerLocalService(port: number, listener: RequestListener): () => void {
  for (const origin of originsOf(port)) listeners.set(origin, listener);
  return () => {
    for (const origin of originsOf(port)) {
      if (listeners.get(origin) === listener) listeners.delete(origin);
    }
  };
}

/** The in-process listener of the service at `origin` (scheme://host:port), if it runs in this process. */
export function localService(origin: string): RequestListener | undefined {
  return listeners.get(origin);
}

export interface LocalAnswer {
  status: number;
  text: string;
}

/** One request handed to an in-process listener, as a socket would have carried it. */
export async function callLocalService(
  listener: RequestListener,
  request: { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string },
  signal: AbortSignal,
): Promise<LocalAnswer> {
  signal.throwIfAborted();
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
  const response = await Promise.race([
    inject(listener, {
      method: request.method,
      url: request.path,
      headers: request.headers,
      ...(request.body === undefined ? {} : { payload: request.body }),
      remoteAddress: '127.0.0.1',
    }),
    aborted,
  ]);
  return { status: response.statusCode, text: response.payload };
}
