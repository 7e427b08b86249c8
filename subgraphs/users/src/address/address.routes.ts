import { FindUserAddress } from '@commerce/contracts';
import { internalRoute, InternalRouteDefaults, Route } from '@commerce/http';
import type { AddressService } from './address.service';

/**
 * `GET /internal/addresses?userId=&addressId=` (@commerce/contracts FindUserAddress): the address a
 * checkout ships to, read by orders (service token; answers in the one internal error body, see
 * @commerce/http internalRoute).
 */
export function addressRoutes(addresses: AddressService, internal: InternalRouteDefaults): Route[] {
  return [
    internalRoute({
      ...internal,
      method: FindUserAddress.method,
      path: FindUserAddress.path,
      handle: ({ url }) =>
        addresses.findOwned(url.searchParams.get('userId'), url.searchParams.get('addressId')),
    }),
  ];
}
