import { ResolveApiClient } from '@commerce/contracts';
import { notFound, validate } from '@commerce/errors';
import { internalRoute, InternalRouteDefaults, Route } from '@commerce/http';
import type { ClientService } from './client.service';

/**
 * `POST /internal/clients/resolve` (@commerce/contracts ResolveApiClient): the gateway turns an
 * `x-api-key` into the client it admits and budgets (service token).
 */
export function clientRoutes(clients: ClientService, internal: InternalRouteDefaults): Route[] {
  return [
    internalRoute({
      ...internal,
      method: ResolveApiClient.method,
      path: ResolveApiClient.path,
      handle: async ({ json }) => {
        const { apiKey } = validate(ResolveApiClient.request, json, 'body');
        const client = await clients.resolve(apiKey);
        if (!client) throw notFound('API key');
        return client;
      },
    }),
  ];
}
