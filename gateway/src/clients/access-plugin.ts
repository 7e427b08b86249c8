import type { ApolloServerPlugin, BaseContext, GraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCode, unauthenticated } from '@commerce/errors';
import { currentLogScope, type Logger } from '@commerce/logging';
import { Caller, CallerContext, keylessCaller } from './caller';
import type { ClientDirectory } from './client-directory';
import type { ClientMetrics } from './client-metrics';
import type { TrustedDocuments } from './trusted-documents';

const API_KEY_HEADER = 'x-api-key';

/** What a refused request runs instead of its own document: nothing of the caller's is parsed or executed. */
const NOTHING = '{ __typename }';

interface AccessOptions {
  directory: ClientDirectory;
  documents: TrustedDocuments;
  metrics: ClientMetrics;
  logger: Logger;
  /** `apollographql-client-name` values named in metrics as themselves. */
  firstPartyNames: ReadonlySet<string>;
}

/**
 * The gateway's door for clients, as an Apollo plugin so every way into the gateway's GraphQL
 * handling (POST /graphql, GET, and the REST door forwarding into it) passes it:
 *
 * - `x-api-key` names a registered client (a wrong, expired or revoked key is UNAUTHENTICATED 401);
 *   without a key the caller is a first-party app or anonymous, and keeps APQ.
 * - A PARTNER runs only operations of its trusted-document manifest, by hash
 *   (`extensions.persistedQuery.sha256Hash`), and of those only its `allowedOperations` when set;
 *   the gateway substitutes the manifest's text, so no text a partner sends is ever parsed. Anything
 *   else is OPERATION_NOT_ALLOWED (403) and nothing is executed.
 * - Each request is counted per client on /metrics.
 *
 * The decision is made in requestDidStart, before Apollo looks at APQ (a partner's hash must never
 * reach, or register into, the APQ store); a refusal swaps the document for a no-op and is raised
 * once the operation resolves, so the response still goes through every plugin (metrics, headers).
 */
export function clientAccessPlugin<C extends BaseContext & CallerContext>(
  options: AccessOptions,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request, contextValue }) {
      const { caller, refusal } = await admit(request, options);
      // Every later log line of this request names the client.
      const scope = currentLogScope();
      if (scope) scope.client = caller.label;
      if (refusal) {
        request.query = NOTHING;
        request.operationName = undefined;
        request.extensions = {};
      } else {
        contextValue.caller = caller;
      }
      return {
        async didResolveOperation() {
          if (refusal) {
            options.logger.info(
              { client: caller.label, code: refusal.extensions.code },
              'client request refused',
            );
            throw refusal;
          }
        },
        async willSendResponse({ response, errors }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const returned = body?.errors ?? [];
          options.metrics.requests.inc({
            client: caller.label,
            outcome: returned.length || errors?.length ? 'error' : 'ok',
          });
          for (const error of returned) {
            const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN';
            options.metrics.errors.inc({ client: caller.label, code });
          }
        },
      };
    },
  };
}

async function admit(
  request: GraphQLRequest,
  options: AccessOptions,
): Promise<{ caller: Caller; refusal?: GraphQLError }> {
  const headers = request.http?.headers;
  const apiKey = headers?.get(API_KEY_HEADER);
  if (!apiKey) {
    const caller = keylessCaller(
      headers?.get('apollographql-client-name'),
      headers?.get('apollographql-client-version'),
      options.firstPartyNames,
    );
    return { caller };
  }
  const unknown: Caller = { label: 'unidentified', client: null };
  let client;
  try {
    client = await options.directory.resolve(apiKey);
  } catch (error) {
    options.logger.error({ err: error }, 'could not resolve an API key; the users service is unavailable');
    return {
      caller: unknown,
      refusal: refused(
        new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Cannot check the API key now; retry later'),
        503,
      ),
    };
  }
  if (!client)
    return { caller: unknown, refusal: refused(unauthenticated('Unknown or revoked API key'), 401) };
  const caller: Caller = { label: client.name, client };
  if (client.kind !== 'PARTNER') return { caller };

  const hash = persistedHash(request);
  const operation = hash ? options.documents.find(client.name, hash) : undefined;
  if (!operation || (client.allowedOperations && !client.allowedOperations.includes(operation.name))) {
    const message = hash
      ? 'This operation is not one of your trusted documents'
      : 'Send a trusted document by hash (extensions.persistedQuery.sha256Hash); query text is not accepted';
    return {
      caller,
      refusal: refused(
        new AppError(ErrorCode.OPERATION_NOT_ALLOWED, message, { manifest: client.name }),
        403,
      ),
    };
  }
  request.query = operation.body;
  request.operationName = operation.name;
  // The manifest is the partner's registry: its hashes never go through (or into) the APQ store.
  request.extensions = {};
  return { caller };
}

function persistedHash(request: GraphQLRequest): string | undefined {
  const persisted = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

function refused(error: AppError, status: number): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, http: { status } },
  });
}
