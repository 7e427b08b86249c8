import { InternalClient } from '@commerce/http';
import type { OrdersConfig } from '../config';
import { CartPort, HttpCart } from './cart.client';
import { CatalogPort, HttpCatalog } from './catalog.client';
import { HttpPayments, PaymentsPort } from './payments.client';
import { HttpUsers, UsersPort } from './users.client';

/** The services orders talks to, each behind its port. */
export interface Ports {
  users: UsersPort;
  cart: CartPort;
  catalog: CatalogPort;
  payments: PaymentsPort;
  /** Closes the keep-alive pools (shutdown). */
  close(): Promise<void>;
}

/** HTTP adapters for every port, with the service token and the configured timeout. */
export function createPorts(config: OrdersConfig): Ports {
  const http = (service: string, baseUrl: string) =>
    new InternalClient({
      service,
      baseUrl,
      serviceToken: config.SERVICE_TOKEN,
      timeoutMs: config.HTTP_TIMEOUT_MS,
      connections: config.HTTP_CONNECTIONS,
    });
  const pools = {
    users: http('users', config.USERS_URL),
    cart: http('cart', config.CART_URL),
    catalog: http('catalog', config.CATALOG_URL),
    payments: http('payments', config.PAYMENTS_URL),
  };
  return {
    users: new HttpUsers(pools.users),
    cart: new HttpCart(pools.cart),
    catalog: new HttpCatalog(pools.catalog),
    payments: new HttpPayments(pools.payments),
    close: async () => {
      await Promise.all(Object.values(pools).map((pool) => pool.close()));
    },
  };
}
