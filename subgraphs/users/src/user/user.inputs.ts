import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A new account' })
export class SignUpInput {
  @Field({ description: '3-32 letters, digits, dot, dash or underscore' })
  username!: string;

  @Field()
  email!: string;

  @Field({ description: 'At least 10 characters with a letter and a digit' })
  password!: string;

  @Field(() => String, { nullable: true, description: 'International format, e.g. +14155550123' })
  phoneNumber?: string | null;
}

@InputType({ description: 'Credentials for login' })
export class LoginInput {
  @Field({ description: 'Username or email, any case' })
  usernameOrEmail!: string;

  @Field()
  password!: string;
}

@InputType({ description: 'Profile fields to change; omitted fields stay as they are' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  username?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'null removes the phone number' })
  phoneNumber?: string | null;
}

@InputType({ description: 'The storefront identity a seller shows to buyers' })
export class SellerProfileInput {
  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'A postal address' })
export class AddressInput {
  @Field()
  line1!: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field()
  city!: string;

  @Field()
  postalCode!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. US' })
  country!: string;
}
