import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

enum ClientKind {
  FIRST_PARTY = 'FIRST_PARTY',
  PARTNER = 'PARTNER',
}

registerEnumType(ClientKind, {
  name: 'ClientKind',
  description: 'FIRST_PARTY: our own apps (any operation, APQ); PARTNER: trusted documents only',
});

@ObjectType({ description: 'A registered caller of the API, identified by its API key (x-api-key)' })
export class ApiClient {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Lower-case slug; a PARTNER runs the operations of the manifest of this name' })
  name!: string;

  @Field(() => ClientKind)
  kind!: ClientKind;

  @Field(() => [String], {
    nullable: true,
    description: 'Operation names the client may run; null means its whole manifest',
  })
  allowedOperations!: string[] | null;

  @Field(() => Int)
  requestsPerMinute!: number;

  @Field(() => Int, { description: 'Query-cost points the client may spend per minute' })
  costPointsPerMinute!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set once revoked; its keys no longer work' })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A client with its API key, shown this once: only its hash is stored' })
export class ClientWithKey {
  @Field(() => ApiClient)
  client!: ApiClient;

  @Field()
  apiKey!: string;
}

@InputType()
export class RegisterClientInput {
  @Field({ description: 'Lower-case letters, digits and dashes, 2-40 characters' })
  name!: string;

  @Field(() => ClientKind)
  kind!: ClientKind;

  @Field(() => [String], { nullable: true })
  allowedOperations?: string[] | null;

  @Field(() => Int)
  requestsPerMinute!: number;

  @Field(() => Int)
  costPointsPerMinute!: number;
}
