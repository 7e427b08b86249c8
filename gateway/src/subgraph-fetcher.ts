import type { Fetcher } from '@apollo/utils.fetcher';
import { Agent, fetch } from 'undici';

export interface SubgraphFetcher {
  fetcher: Fetcher;
  /** For readiness probes: same pool, its own (short) timeout. */
  get(url: string, timeoutMs: number): Promise<{ status: number }>;
  /** Waits for in-flight fetches, then closes the pooled connections. */
  close(): Promise<void>;
}

/**
 * The HTTP client of every subgraph fetch: undici with a keep-alive pool per subgraph origin, so a
 * query fanning out to five subgraphs pays no TCP handshakes, and a hard timeout so a hung subgraph
 * costs the caller a SERVICE_UNAVAILABLE instead of the request's whole budget.
 */
export function createSubgraphFetcher(options: { timeoutMs: number; connections: number }): SubgraphFetcher {
  const agent = new Agent({
    connections: options.connections,
    keepAliveTimeout: 4_000, // below the runtime's 65 s server keep-alive: the gateway always closes first
    keepAliveMaxTimeout: 60_000,
    connect: { timeout: Math.min(options.timeoutMs, 5_000) },
  });
  const fetcher: Fetcher = (url, init) =>
    fetch(url, {
      method: init?.method,
      headers: init?.headers,
      body: init?.body,
      dispatcher: agent,
      signal: AbortSignal.timeout(options.timeoutMs), // covers the body too, not just the headers
    });
  return {
    fetcher,
    async get(url, timeoutMs) {
      const response = await fetch(url, { dispatcher: agent, signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel();
      return { status: response.status };
    },
    close: () => agent.close(),
  };
}
