import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isOwnerOrAdmin, requireRole, requireUser, Role } from '@commerce/auth';
import { badInput, forbidden } from '@commerce/errors';
import type { UsersContext } from '../context';
import { Address, SellerProfile, User } from './user.type';
import type { UserEntity } from './user.entity';
import { SellerProfileInput, UpdateProfileInput } from './user.inputs';
import { isUuid } from '@commerce/runtime';

/** Queries and mutations on accounts, and the fields only some callers may see. */
@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The caller; null for an anonymous caller' })
  async me(@Ctx() ctx: UsersContext): Promise<UserEntity | null> {
    if (!ctx.user) return null;
    return ctx.services.users.me(ctx);
  }

  @Query(() => User, {
    nullable: true,
    description: 'An account by id; private fields only to itself or ADMIN',
  })
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: UsersContext): Promise<UserEntity | null> {
    if (!isUuid(id)) throw badInput('id is not a valid user id', { field: 'id' });
    return ctx.loaders.userById.load(id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Only to the user itself and ADMIN' })
  email(@Root() user: UserEntity, @Ctx() ctx: UsersContext): string | null {
    if (!isOwnerOrAdmin(ctx, user.id)) throw forbidden('email is visible only to its owner and admins');
    return user.email;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Only to the user itself and ADMIN' })
  phoneNumber(@Root() user: UserEntity, @Ctx() ctx: UsersContext): string | null {
    if (!isOwnerOrAdmin(ctx, user.id)) throw forbidden('phoneNumber is visible only to its owner and admins');
    return user.phoneNumber;
  }

  @FieldResolver(() => SellerProfile, {
    nullable: true,
    description: 'Present once the account became a seller',
  })
  sellerProfile(@Root() user: UserEntity): SellerProfile | null {
    if (!user.sellerDisplayName) return null;
    return { displayName: user.sellerDisplayName, description: user.sellerDescription };
  }

  @FieldResolver(() => [Address], {
    description: 'Only to the user itself; empty for anyone else (the list is not nullable)',
  })
  async addresses(@Root() user: UserEntity, @Ctx() ctx: UsersContext): Promise<Address[]> {
    if (ctx.user?.id !== user.id) return [];
    return ctx.services.addresses.listForUser(user.id);
  }

  @Mutation(() => User, { description: "Changes the caller's username, email or phone number" })
  updateProfile(@Arg('input') input: UpdateProfileInput, @Ctx() ctx: UsersContext): Promise<UserEntity> {
    return ctx.services.users.updateProfile(ctx, input);
  }

  @Mutation(() => User, { description: 'Makes the caller a SELLER with this storefront profile' })
  becomeSeller(@Arg('input') input: SellerProfileInput, @Ctx() ctx: UsersContext): Promise<UserEntity> {
    return ctx.services.users.becomeSeller(ctx, input);
  }

  @Mutation(() => User, { description: 'ADMIN: gives a role to an account' })
  grantRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => Role) role: Role,
    @Ctx() ctx: UsersContext,
  ): Promise<UserEntity> {
    requireRole(ctx, Role.ADMIN);
    if (!isUuid(userId)) throw badInput('userId is not a valid user id', { field: 'userId' });
    return ctx.services.users.grantRole(ctx, userId, role);
  }

  @Mutation(() => Boolean, { description: "Erases the caller's personal data; needs the password" })
  deleteMyAccount(@Arg('password') password: string, @Ctx() ctx: UsersContext): Promise<boolean> {
    requireUser(ctx);
    return ctx.services.users.deleteAccount(ctx, password);
  }
}
