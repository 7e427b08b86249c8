import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@commerce/graphql';
import { AddressResolver } from './address/address.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { ClientResolver } from './client/client.resolver';
import { UserResolver } from './user/user.resolver';
import { resolveUserReference } from './user/user.reference';

/**
 * The users subgraph schema. It needs no database: resolvers reach services through the request
 * context, so `npm run compose` can print the SDL without starting anything.
 */
export function buildUsersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [UserResolver, AuthResolver, AddressResolver, ClientResolver],
    references: { User: { __resolveReference: resolveUserReference } },
  });
}
