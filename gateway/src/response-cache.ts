import { HeaderMap } from '@apollo/server';
import type {
  ApolloServerPlugin,
  GraphQLRequestContext,
  GraphQLRequestContextWillSendResponse,
  GraphQLResponse,
} from '@apollo/server';
import type { CacheHint } from '@apollo/cache-control-types';
import { OperationTypeNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { Counter } from 'prom-client';
import type { ServiceMetrics } from '@commerce/http';
import type { GatewayContext } from './context';

/** A whole answer kept for reuse, with the policy the subgraphs allowed for it. */
interface CachedAnswer {
  data: Record<string, unknown>;
  policy: Required<CacheHint>;
  storedAt: number;
  bytes: number;
}

export interface ResponseCacheOptions {
  maxMegabytes: number;
  metrics: ServiceMetrics;
  /** How long requests for an answer being computed wait for it before computing their own. */
  waitMs: number;
}

/**
 * The gateway's response cache (docs/decisions/0017-gateway-response-cache.md): whole answers to anonymous
 * queries whose every part its subgraph declared PUBLIC (search, suggest, product and category pages),
 * kept for the shortest age any subgraph allowed (one second for search and products, 30 s for suggest).
 *
 * - Only anonymous requests read or fill it. Signed-in callers always get fresh answers, so a seller
 *   who just edited a product, or a buyer who just checked out, never reads their own past.
 * - PRIVATE answers are never stored, nor answers with errors, nor mutations.
 * - Identical requests that arrive while an answer is being computed wait for that one computation
 *   instead of each running it (no stampede of 20 identical searches when an entry expires).
 * - In memory, per gateway process: at a one-second age a network hop to a shared store would cost
 *   more than the misses it saves. Bounded by size, least recently used out first.
 * - A hit carries an `Age` header; every answer carries the `Cache-Control` its hints allow (Apollo's
 *   cache-control plugin), so a CDN in front can apply the same rules.
 */
export function responseCache(options: ResponseCacheOptions): ApolloServerPlugin<GatewayContext> {
  const answers = new LRUCache<string, CachedAnswer>({
    maxSize: options.maxMegabytes * 1024 * 1024,
    sizeCalculation: (answer, key) => answer.bytes + key.length,
  });
  const computing = new Map<string, Promise<CachedAnswer | null>>();
  const lookups = new Counter({
    name: 'gateway_response_cache_lookups_total',
    help:
      'Anonymous queries by how the response cache answered: hit (stored answer), shared (waited for ' +
      'an identical request in flight), miss (computed; stored if cacheable)',
    labelNames: ['result'],
    registers: [options.metrics.registry],
  });

  return {
    async requestDidStart() {
      let key: string | undefined;
      let finish: ((answer: CachedAnswer | null) => void) | undefined;
      let flight: Promise<CachedAnswer | null> | undefined;
      let served: CachedAnswer | undefined;
      return {
        async responseForOperation(request) {
          if (!cacheableRequest(request)) return null;
          key = cacheKey(request);
          let answer = answers.get(key);
          if (!answer) {
            const pending = computing.get(key);
            if (!pending) {
              flight = new Promise((resolve) => (finish = resolve));
              computing.set(key, flight);
              lookups.inc({ result: 'miss' });
              return null; // this request computes the answer for everyone waiting
            }
            answer = (await within(pending, options.waitMs)) ?? undefined;
            if (!answer) {
              // Not cacheable after all, or its computation never reported back: compute our own, and
              // let the next request lead instead of waiting on a computation that may never end.
              if (computing.get(key) === pending) computing.delete(key);
              lookups.inc({ result: 'miss' });
              return null;
            }
            lookups.inc({ result: 'shared' });
          } else {
            lookups.inc({ result: 'hit' });
          }
          served = answer;
          request.overallCachePolicy.replace(answer.policy);
          return responseOf(answer);
        },

        async willSendResponse(request) {
          if (served) {
            const seconds = Math.floor((Date.now() - served.storedAt) / 1000);
            request.response.http.headers.set('age', String(seconds));
            return;
          }
          if (!finish || !key) return;
          const answer = answerToKeep(request);
          if (answer) answers.set(key, answer, { ttl: answer.policy.maxAge * 1000 });
          if (computing.get(key) === flight) computing.delete(key); // not a later leader's
          finish(answer);
        },
      };
    },
  };
}

function cacheableRequest(request: GraphQLRequestContext<GatewayContext>): boolean {
  return (
    request.operation?.operation === OperationTypeNode.QUERY &&
    request.contextValue.authorization === undefined
  );
}

/**
 * The exact request as the key (no digest): hashing a few hundred characters as a Map key costs less
 * than SHA-256 on every request, and two different requests can never share an entry.
 */
function cacheKey(request: GraphQLRequestContext<GatewayContext>): string {
  const variables = JSON.stringify(request.request.variables ?? {});
  return `${request.operationName ?? ''}\0${variables}\0${request.source ?? ''}`;
}

function answerToKeep(request: GraphQLRequestContextWillSendResponse<GatewayContext>): CachedAnswer | null {
  const body = request.response.body;
  if (body.kind !== 'single' || body.singleResult.errors || !body.singleResult.data) return null;
  const policy = request.overallCachePolicy.policyIfCacheable();
  if (!policy || policy.scope !== 'PUBLIC') return null;
  const data = body.singleResult.data;
  return { data, policy, storedAt: Date.now(), bytes: JSON.stringify(data).length };
}

function responseOf(answer: CachedAnswer): GraphQLResponse {
  return {
    body: { kind: 'single', singleResult: { data: answer.data } },
    http: { status: undefined, headers: new HeaderMap() },
  };
}

/** The promise's value, or null when it takes longer than `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
