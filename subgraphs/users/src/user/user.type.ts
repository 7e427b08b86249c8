import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '@commerce/auth';

registerEnumType(Role, {
  name: 'Role',
  description:
    'What an account may do: every account buys; sellers list products; admins run the marketplace',
});

@ObjectType({ description: "A seller's public storefront identity" })
export class SellerProfile {
  @Field({ description: 'Name shown to buyers' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'About the seller' })
  description!: string | null;
}

@ObjectType({ description: 'A postal address of the user' })
export class Address {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Street and number' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Apartment, suite, floor' })
  line2!: string | null;

  @Field()
  city!: string;

  @Field()
  postalCode!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code' })
  country!: string;
}

/**
 * A marketplace account, owned by the users subgraph. Private fields (email, phoneNumber, addresses)
 * are resolved in the resolver, which knows who is asking.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A marketplace account (buyer, seller or admin)' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Public handle, unique ignoring case' })
  username!: string;

  @Field(() => [Role], { description: 'Roles held; every account is a BUYER' })
  roles!: Role[];

  @Field({ description: 'When the account was created' })
  createdAt!: Date;

  @Field({ description: 'When the account last changed' })
  updatedAt!: Date;
}

@ObjectType({ description: 'Tokens for a session, returned by sign-up, login and refresh' })
export class AuthPayload {
  @Field({ description: 'RS256 JWT for the Authorization header (Bearer)' })
  accessToken!: string;

  @Field({ description: 'Single-use token to get the next pair; keep it secret' })
  refreshToken!: string;

  @Field(() => Int, { description: 'Seconds until the access token expires' })
  expiresIn!: number;

  @Field(() => User, { description: 'The account the tokens belong to' })
  user!: User;
}
