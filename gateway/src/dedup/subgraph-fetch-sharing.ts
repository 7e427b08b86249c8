import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { InFlight } from './in-flight';

/**
 * Identical subgraph fetches in flight at the same time share one HTTP call: same URL (so the same
 * subgraph), same body (document, variables and operation name, byte for byte) and the same forwarded
 * Authorization. Each caller gets its own copy of the response.
 *
 * Only read operations are shared. The gateway's data source always serialises `{"query":"...` first,
 * so the body's first bytes say what the operation is; anything that is not recognisably a query
 * (a mutation, a body of another shape) goes through alone. Headers that differ per request
 * (x-request-id, traceparent, x-forwarded-for) are not part of the key: a shared call carries the
 * first caller's.
 */
export function shareIdenticalFetches(fetcher: Fetcher, onShared: () => void = () => undefined): Fetcher {
  const inFlight = new InFlight<FetcherResponse>();
  return (url, init) => {
    if (!isQueryFetch(init)) return fetcher(url, init);
    const key = `${url}\0${authorizationOf(init)}\0${init!.body as string}`;
    const { result, shared } = inFlight.run(key, () => fetcher(url, init));
    if (!shared) return result;
    onShared();
    // The first caller reads the original; every other caller gets a fresh copy of the buffered body.
    return result.then((response) => response.clone());
  };
}

const QUERY_BODY = /^\{"query":"(?:query\b|\{)/;

function isQueryFetch(init: FetcherRequestInit | undefined): boolean {
  return init?.method === 'POST' && typeof init.body === 'string' && QUERY_BODY.test(init.body.slice(0, 16));
}

function authorizationOf(init: FetcherRequestInit | undefined): string {
  const headers = init?.headers;
  if (!headers) return '';
  return headers.authorization ?? headers.Authorization ?? '';
}
