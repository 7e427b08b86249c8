import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Cache, openPubSub, RateLimiter, Unsubscribe } from '@commerce/cache';
import type { Logger } from '@commerce/logging';
import { InternalClient, ServiceMetrics } from '@commerce/http';
import { budgetPlugin } from '../budgets/budget-plugin';
import { ClientBudgets } from '../budgets/client-budget';
import type { GatewayConfig } from '../config';
import { clientAccessPlugin } from './access-plugin';
import type { CallerContext } from './caller';
import { ClientDirectory, ClientSource, UsersClientSource } from './client-directory';
import { ClientMetrics } from './client-metrics';
import { TrustedDocuments } from './trusted-documents';

interface ClientAccess<C extends BaseContext> {
  /** Access first, then budgets: a refused request spends nothing. */
  plugins: ApolloServerPlugin<C>[];
  close(): Promise<void>;
}

/**
 * Everything the gateway needs to know its clients: the key directory (users' internal route, with
 * broadcast invalidation), the trusted documents (files, then what was published), the budgets (the
 * shared limiter on the gateway's cache) and per-client metrics.
 */
export async function openClientAccess<C extends BaseContext & CallerContext>(deps: {
  config: GatewayConfig;
  /** The users subgraph's GraphQL URL from the supergraph; its internal routes live at the same origin. */
  usersUrl: string;
  cache: Cache;
  metrics: ServiceMetrics;
  logger: Logger;
}): Promise<ClientAccess<C>> {
  const { config, cache, logger } = deps;
  // A supergraph without a users subgraph (a test's throwaway one) has no clients: every key is refused.
  const http = deps.usersUrl
    ? new InternalClient({
        service: 'users',
        baseUrl: deps.usersUrl.replace(/\/graphql\/?$/, ''),
        serviceToken: config.SERVICE_TOKEN,
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        connections: 4,
      })
    : undefined;
  const source: ClientSource = http ? new UsersClientSource(http) : { resolve: async () => null };
  const directory = new ClientDirectory(source, { ttlMs: config.CLIENT_CACHE_SECONDS * 1000 });
  const documents = new TrustedDocuments(logger);
  await documents.loadDirectory(config.MANIFESTS_DIR);
  const pubsub = openPubSub(config);
  const subscriptions: Unsubscribe[] = [];
  const close = async () => {
    for (const unsubscribe of subscriptions) await unsubscribe().catch(() => undefined);
    await pubsub.close();
    await http?.close();
  };
  try {
    subscriptions.push(await directory.listen(pubsub), await documents.follow(cache, pubsub));
  } catch (error) {
    await close();
    throw error;
  }
  const clientMetrics = new ClientMetrics(deps.metrics);
  return {
    plugins: [
      clientAccessPlugin<C>({
        directory,
        documents,
        metrics: clientMetrics,
        logger,
        firstPartyNames: new Set(config.FIRST_PARTY_CLIENT_NAMES),
      }),
      budgetPlugin<C>(new ClientBudgets(new RateLimiter(cache, 'client-budget')), logger, (seconds) =>
        clientMetrics.budgetCheck.observe(seconds),
      ),
    ],
    close,
  };
}
