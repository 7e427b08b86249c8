import { DataSource } from 'typeorm';
import type { FindUserAddress, RouteAnswer } from '@commerce/contracts';
import { requireUser, RequestContext } from '@commerce/auth';
import { badInput, conflict, notFound } from '@commerce/errors';
import { isUuid } from '@commerce/runtime';
import { addressRule, validate } from '../user/user.validation';
import { AddressEntity } from './address.entity';

export interface AddressInput {
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  country: string;
}

/** A user keeps a bounded address book; checkout refers to an address by id. */
const MAX_ADDRESSES_PER_USER = 20;

export class AddressService {
  constructor(private readonly dataSource: DataSource) {}

  async add(ctx: RequestContext, raw: AddressInput): Promise<AddressEntity> {
    const caller = requireUser(ctx);
    const input = validate(addressRule, raw);
    return this.dataSource.transaction(async (manager) => {
      // Serialises concurrent adds of one user so the cap holds.
      await manager.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [caller.id]);
      const count = await manager.getRepository(AddressEntity).countBy({ userId: caller.id });
      if (count >= MAX_ADDRESSES_PER_USER) {
        throw conflict(`An account can hold at most ${MAX_ADDRESSES_PER_USER} addresses`);
      }
      const repo = manager.getRepository(AddressEntity);
      return repo.save(repo.create({ ...input, line2: input.line2 ?? null, userId: caller.id }));
    });
  }

  /**
   * For checkout (orders, over the internal endpoint `GET /internal/addresses`, @commerce/contracts
   * FindUserAddress): the address `addressId` if it belongs to `userId`. Someone else's address is
   * NOT_FOUND, not FORBIDDEN: it does not reveal that it exists.
   */
  async findOwned(
    userId: string | null,
    addressId: string | null,
  ): Promise<RouteAnswer<typeof FindUserAddress>> {
    if (!isUuid(userId)) throw badInput('userId must be a user id', { field: 'userId' });
    if (!isUuid(addressId)) throw badInput('addressId must be an address id', { field: 'addressId' });
    const address = await this.dataSource.getRepository(AddressEntity).findOneBy({ id: addressId, userId });
    if (!address) throw notFound('Address');
    const { id, line1, line2, city, postalCode, country } = address;
    return { id, line1, line2, city, postalCode, country };
  }

  async listForUser(userId: string): Promise<AddressEntity[]> {
    return this.dataSource
      .getRepository(AddressEntity)
      .find({ where: { userId }, order: { createdAt: 'ASC' } });
  }
}
