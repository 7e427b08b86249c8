import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, Role } from '@commerce/auth';
import type { UsersContext } from '../context';
import { ApiClient, ClientWithKey, RegisterClientInput } from './client.type';

/** ADMIN-only management of API clients; the gateway reads them through an internal route. */
@Resolver(() => ApiClient)
export class ClientResolver {
  @Query(() => [ApiClient], {
    nullable: true,
    description: 'ADMIN: every registered API client, revoked ones included',
  })
  clients(@Ctx() ctx: UsersContext): Promise<ApiClient[]> {
    requireRole(ctx, Role.ADMIN);
    return ctx.services.clients.list() as Promise<ApiClient[]>;
  }

  @Mutation(() => ClientWithKey, { description: 'ADMIN: registers a client; its API key is shown only here' })
  registerClient(
    @Arg('input', () => RegisterClientInput) input: RegisterClientInput,
    @Ctx() ctx: UsersContext,
  ): Promise<ClientWithKey> {
    requireRole(ctx, Role.ADMIN);
    return ctx.services.clients.register(input) as Promise<ClientWithKey>;
  }

  @Mutation(() => ClientWithKey, {
    description: 'ADMIN: issues a new API key; the old one keeps working for graceSeconds',
  })
  rotateClientKey(
    @Arg('id', () => ID) id: string,
    @Arg('graceSeconds', () => Int) graceSeconds: number,
    @Ctx() ctx: UsersContext,
  ): Promise<ClientWithKey> {
    requireRole(ctx, Role.ADMIN);
    return ctx.services.clients.rotate(id, graceSeconds) as Promise<ClientWithKey>;
  }

  @Mutation(() => ApiClient, {
    description: "ADMIN: stops the client's keys on every gateway within seconds",
  })
  revokeClient(@Arg('id', () => ID) id: string, @Ctx() ctx: UsersContext): Promise<ApiClient> {
    requireRole(ctx, Role.ADMIN);
    return ctx.services.clients.revoke(id) as Promise<ApiClient>;
  }
}
