import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { badInput } from '@commerce/errors';
import { DEFAULT_PAGE_SIZE } from '@commerce/graphql';

/**
 * Cost of a list field = 1 + (cost of one item) x `first`, so `products(first: 100) { reviews(first:
 * 100) { ... } }` costs what it would fetch. A paginated field without `first` counts the page size the
 * subgraphs default to.
 */
function pageSizeEstimator(defaultPageSize = DEFAULT_PAGE_SIZE): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (!field.args.some((arg) => arg.name === 'first')) return undefined;
    const first = typeof args.first === 'number' && args.first > 0 ? args.first : defaultPageSize;
    return 1 + childComplexity * first;
  };
}

const estimators = [pageSizeEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/** Per document, how many accepted variable sets are remembered before starting over. */
const MAX_REMEMBERED_VARIABLE_SETS = 1000;

/** The estimated cost of running `document` with these variables. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators });
}

/** Throws BAD_USER_INPUT (HTTP 400) naming the limit when the operation costs more than `maximumCost`. */
export function assertQueryCost(maximumCost: number, ...args: Parameters<typeof queryCost>): number {
  let cost: number;
  try {
    cost = queryCost(...args);
  } catch (error) {
    // Variables that do not fit the operation: the same message execution would give.
    throw userInputError(error instanceof Error ? error.message : 'Invalid operation');
  }
  if (cost > maximumCost) {
    throw userInputError(
      `Query cost ${cost} exceeds the maximum of ${maximumCost}; request fewer items (first) or fewer fields`,
      {
        cost,
        maximumCost,
      },
    );
  }
  return cost;
}

/**
 * Applies the cost limit once the operation is known. It is not a validation rule because cost depends
 * on variables (`first: $n`) and Apollo caches validation per document, not per request.
 */
export function costLimitPlugin<C extends BaseContext>(maximumCost: number): ApolloServerPlugin<C> {
  // Costs within the limit already computed, per parsed document (Apollo hands out the same object for
  // the same query text) and operation + variables: a popular query is walked once, not per request.
  const accepted = new WeakMap<DocumentNode, Map<string, true>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const key = `${operationName ?? ''}\0${JSON.stringify(request.variables ?? {})}`;
          const known = accepted.get(document) ?? new Map<string, true>();
          if (known.has(key)) return;
          assertQueryCost(maximumCost, schema, document, request.variables ?? {}, operationName ?? undefined);
          if (known.size >= MAX_REMEMBERED_VARIABLE_SETS) known.clear();
          accepted.set(document, known.set(key, true));
        },
      };
    },
  };
}

function userInputError(message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    originalError: badInput(message, details),
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}
