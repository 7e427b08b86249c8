import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new category' })
export class CreateCategoryInput {
  @Field({ description: '1-100 characters' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Lower-case words joined by hyphens; derived from the name when omitted; unique',
  })
  slug?: string | null;

  @Field(() => ID, { nullable: true, description: 'The parent category; a root category when omitted' })
  parentId?: string | null;
}
