import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { UsersContext } from '../context';
import { Address } from '../user/user.type';
import { AddressInput } from '../user/user.inputs';

@Resolver(() => Address)
export class AddressResolver {
  @Mutation(() => Address, { description: "Adds an address to the caller's address book" })
  addAddress(@Arg('input') input: AddressInput, @Ctx() ctx: UsersContext): Promise<Address> {
    return ctx.services.addresses.add(ctx, input);
  }
}
