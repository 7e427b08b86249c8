import { FindUserAddress, type UserAddress } from '@commerce/contracts';
import type { InternalClient } from '@commerce/http';
import { contractAnswer } from './contract-answer';

/** The users service, as checkout needs it: the buyer's own address, copied into the order. */
export interface UsersPort {
  /** The address when it belongs to `userId`; null when it does not (or does not exist). */
  address(userId: string, addressId: string, signal?: AbortSignal): Promise<UserAddress | null>;
}

/** {@link UsersPort} over users' internal endpoint (@commerce/contracts FindUserAddress). */
export class HttpUsers implements UsersPort {
  constructor(private readonly http: InternalClient) {}

  async address(userId: string, addressId: string, signal?: AbortSignal): Promise<UserAddress | null> {
    const query = new URLSearchParams({ userId, addressId });
    const answer = await this.http.get(`${FindUserAddress.path}?${query.toString()}`, signal);
    if (answer.status === 200) return contractAnswer(this.http, FindUserAddress, answer);
    // Someone else's address answers 404 like a missing one; users does not reveal which.
    if (answer.status === 404 || answer.status === 400) return null;
    throw this.http.unexpected(FindUserAddress.path, answer);
  }
}
