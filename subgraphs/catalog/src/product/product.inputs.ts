import { Field, ID, InputType, Int } from 'type-graphql';
import { MoneyInput } from '@commerce/graphql';
import { ProductStatus } from '../store/catalog-store';

@InputType({ description: 'A name/value pair describing a product' })
export class ProductAttributeInput {
  @Field({ description: 'At most 100 characters; unique per product (ignoring case)' })
  name!: string;

  @Field({ description: 'At most 500 characters' })
  value!: string;
}

@InputType({ description: 'A new product; the caller (a SELLER) becomes its seller' })
export class CreateProductInput {
  @Field(() => ID, { description: 'An existing category' })
  categoryId!: string;

  @Field({ description: '1-200 characters' })
  name!: string;

  @Field({ description: '1-10000 characters' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'At most 100 characters' })
  brand?: string | null;

  @Field(() => MoneyInput, { description: 'Unit price: amount >= 0 in minor units, ISO 4217 currency' })
  price!: MoneyInput;

  @Field(() => [String], { nullable: true, description: 'At most 10 http(s) URLs' })
  images?: string[] | null;

  @Field(() => [ProductAttributeInput], { nullable: true, description: 'At most 50 attributes' })
  attributes?: ProductAttributeInput[] | null;

  @Field(() => Int, { description: 'Units in stock, 0-1000000' })
  stock!: number;

  @Field(() => ProductStatus, { nullable: true, description: 'Defaults to ACTIVE' })
  status?: ProductStatus | null;
}

@InputType({
  description: 'Changes to a product; omitted or null fields stay as they are (null brand removes it)',
})
export class UpdateProductInput {
  @Field(() => ID, { nullable: true, description: 'Moves the product to another existing category' })
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: '1-200 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '1-10000 characters' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'null removes the brand' })
  brand?: string | null;

  @Field(() => MoneyInput, { nullable: true, description: 'New unit price' })
  price?: MoneyInput | null;

  @Field(() => [String], { nullable: true, description: 'Replaces all images' })
  images?: string[] | null;

  @Field(() => [ProductAttributeInput], { nullable: true, description: 'Replaces all attributes' })
  attributes?: ProductAttributeInput[] | null;

  @Field(() => ProductStatus, { nullable: true, description: 'ARCHIVED archives, like archiveProduct' })
  status?: ProductStatus | null;
}

@InputType({ description: 'Which products to list; every condition given must hold' })
export class ProductFilter {
  @Field(() => ID, { nullable: true, description: 'Products of this seller' })
  sellerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Products of this category or any category below it' })
  categoryId?: string | null;

  @Field(() => ProductStatus, {
    nullable: true,
    description: 'Defaults to ACTIVE; DRAFT only for your own products (filter.sellerId) or as ADMIN',
  })
  status?: ProductStatus | null;
}
