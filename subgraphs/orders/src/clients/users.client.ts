import type { InternalClient } from '@commerce/runtime';

/** A postal address as users stores it. */
export interface UserAddress {
  id: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  country: string;
}

/** The users service, as checkout needs it: the buyer's own address, copied into the order. */
export interface UsersPort {
  /** The address when it belongs to `userId`; null when it does not (or does not exist). */
  address(userId: string, addressId: string, signal?: AbortSignal): Promise<UserAddress | null>;
}

/** {@link UsersPort} over users' `GET /internal/addresses`. */
export class HttpUsers implements UsersPort {
  constructor(private readonly http: InternalClient) {}

  async address(userId: string, addressId: string, signal?: AbortSignal): Promise<UserAddress | null> {
    const query = new URLSearchParams({ userId, addressId });
    const path = `/internal/addresses?${query.toString()}`;
    const answer = await this.http.get(path, signal);
    if (answer.status === 200) return answer.body as UserAddress;
    // Someone else's address answers 404 like a missing one; users does not reveal which.
    if (answer.status === 404 || answer.status === 400) return null;
    throw this.http.unexpected('/internal/addresses', answer);
  }
}
