import { printSubgraphSchema } from '@apollo/subgraph';
import {
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { buildCatalogSchema } from './schema';

let schema: GraphQLSchema;
let sdl: string;

beforeAll(async () => {
  schema = await buildCatalogSchema();
  sdl = printSubgraphSchema(schema);
});

/** Types that federation or graphql-js add; they are not ours to describe. Arguments are compared
 * as sets: type-graphql lists them in reverse declaration order. */
const isOwnType = (name: string) =>
  !name.startsWith('_') &&
  !name.includes('__') &&
  !['Query', 'Mutation', 'link__Purpose', 'DateTime'].includes(name);

it('serves the operations and argument names of docs/api.md', () => {
  const query = schema.getQueryType()!.getFields();
  const mutation = schema.getMutationType()!.getFields();
  const args = (field: { args: readonly { name: string }[] }) => field.args.map((a) => a.name).sort();
  expect(args(query.product)).toEqual(['id']);
  expect(args(query.products)).toEqual(['after', 'filter', 'first']);
  expect(args(query.categories)).toEqual(['parentId']);
  expect(args(query.category)).toEqual(['id', 'slug']);
  expect(args(mutation.createProduct)).toEqual(['input']);
  expect(args(mutation.updateProduct)).toEqual(['id', 'input']);
  expect(args(mutation.adjustInventory)).toEqual(['delta', 'productId', 'reason']);
  expect(args(mutation.archiveProduct)).toEqual(['id']);
  expect(args(mutation.createCategory)).toEqual(['input']);
  expect(String(query.products.type)).toBe('ProductConnection');
});

it('declares the entities and the User stub for federation', () => {
  expect(sdl).toMatch(/type Product\s+@key\(fields: "id"\)/);
  expect(sdl).toMatch(/type Category\s+@key\(fields: "id"\)/);
  expect(sdl).toMatch(/type User\s+@key\(fields: "id", resolvable: false\)/);
  expect(sdl).toMatch(/type ProductEdge\s+@shareable/);
  const product = schema.getType('Product');
  expect(isObjectType(product) && String(product.getFields().seller.type)).toBe('User!');
});

it('describes every type and field', () => {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isOwnType(type.name) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const field of Object.values(root.getFields())) {
      if (!field.name.startsWith('_') && !field.description) missing.push(`${root.name}.${field.name}`);
    }
  }
  expect(missing).toEqual([]);
});
