import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RateLimitVerdict } from '@commerce/cache';
import { AppError, ErrorCode } from '@commerce/errors';
import type { Logger } from '@commerce/logging';
import { DocumentNode, GraphQLError } from 'graphql';
import type { CallerContext } from '../clients/caller';
import { queryCost } from '../query-cost';
import type { ClientBudgets } from './client-budget';

/** Per document, how many variable sets' costs are remembered before starting over. */
const MAX_REMEMBERED_VARIABLE_SETS = 1000;

/**
 * Enforces each keyed client's budgets once the operation is known (its cost depends on the
 * document and variables). Over budget is RATE_LIMITED (429) with `extensions.retryAfterSeconds`
 * and `Retry-After`; every budgeted answer carries `RateLimit-Limit`, `RateLimit-Remaining` and
 * `RateLimit-Reset` (seconds). Keyless callers have no client budget (login and other abuse-prone
 * mutations keep their own limits in the subgraphs). If the limiter's store is down the request
 * goes through, logged: a budget is not worth an outage.
 */
export function budgetPlugin<C extends BaseContext & CallerContext>(
  budgets: ClientBudgets,
  logger: Logger,
  /** Observes how long each charge took (seconds), as the gateway's /metrics reports it. */
  observe: (seconds: number) => void = () => undefined,
): ApolloServerPlugin<C> {
  // Costs already computed, per parsed document (Apollo hands out one object per query text, so a
  // partner's manifest operation is one entry) and operation + variables.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      let verdict: RateLimitVerdict | undefined;
      return {
        async didResolveOperation({ contextValue, schema, document, request, operationName }) {
          const client = contextValue.caller?.client;
          if (!client) return;
          const key = `${operationName ?? ''}\0${JSON.stringify(request.variables ?? {})}`;
          const known = costs.get(document) ?? new Map<string, number>();
          let cost = known.get(key);
          if (cost === undefined) {
            try {
              cost = queryCost(schema, document, request.variables ?? {}, operationName ?? undefined);
            } catch {
              return; // variables that do not fit: the cost limit plugin reports it, nothing runs
            }
            if (known.size >= MAX_REMEMBERED_VARIABLE_SETS) known.clear();
            costs.set(document, known.set(key, cost));
          }
          const started = process.hrtime.bigint();
          try {
            verdict = await budgets.charge(client, cost);
            observe(Number(process.hrtime.bigint() - started) / 1e9);
          } catch (error) {
            logger.warn(
              { err: error, client: client.name },
              'client budget store unavailable; request let through',
            );
            return;
          }
          if (!verdict.allowed) {
            const error = new AppError(
              ErrorCode.RATE_LIMITED,
              `The budget of client ${client.name} is used up for this minute; retry in ${verdict.retryAfterSeconds} s`,
              { retryAfterSeconds: verdict.retryAfterSeconds },
            );
            throw new GraphQLError(error.message, {
              originalError: error,
              extensions: { code: error.code, http: { status: 429 } },
            });
          }
        },
        async willSendResponse({ response }) {
          if (!verdict) return;
          const headers = response.http.headers;
          headers.set('ratelimit-limit', String(verdict.limit));
          headers.set('ratelimit-remaining', String(verdict.remaining));
          headers.set('ratelimit-reset', String(verdict.resetSeconds));
          if (!verdict.allowed) headers.set('retry-after', String(verdict.retryAfterSeconds));
        },
      };
    },
  };
}
