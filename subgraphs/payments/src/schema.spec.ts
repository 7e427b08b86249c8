import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { GraphQLEnumType, GraphQLObjectType, GraphQLSchema, isEnumType, isObjectType, parse } from 'graphql';
import { buildPaymentsSchema } from './schema';

/** What the orders subgraph declares on its side (docs/api.md): the Order entity and the shared enum. */
const ordersSdl = (methods: string) => `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Order @key(fields: "id") { id: ID! status: String! }
  enum PaymentMethodType { ${methods} }
  input PaymentMethodInput { type: PaymentMethodType! cardToken: String }
  type Query { order(id: ID!): Order }
  type Mutation { checkout(paymentMethod: PaymentMethodInput!): Order! }
`;

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildPaymentsSchema();
});

function compose(methods: string) {
  return composeServices([
    { name: 'payments', typeDefs: parse(printSubgraphSchema(schema)), url: 'http://payments' },
    { name: 'orders', typeDefs: parse(ordersSdl(methods)), url: 'http://orders' },
  ]);
}

describe('payments subgraph schema', () => {
  it('composes with the orders subgraph: Order gains payments, PaymentMethodType is shared', () => {
    const result = compose('CARD WALLET PAYPAL');
    expect(result.errors).toBeUndefined();
    const api = result.schema!.toAPISchema().toGraphQLJSSchema();
    const order = api.getType('Order') as GraphQLObjectType;
    expect(Object.keys(order.getFields()).sort()).toEqual(['id', 'payments', 'status']);
    expect(String(order.getFields().payments.type)).toBe('[Payment!]');
    const payment = api.getType('Payment') as GraphQLObjectType;
    expect(Object.keys(payment.getFields()).sort()).toEqual(
      ['amount', 'createdAt', 'id', 'method', 'order', 'refunds', 'status', 'transactionRef'].sort(),
    );
    const query = api.getQueryType()!.getFields();
    expect(query.myWallet).toBeDefined();
    expect(query.refunds.args.map((a) => a.name)).toEqual(['orderId']);
    // type-graphql lists arguments in reverse declaration order; order carries no meaning in GraphQL.
    const topUp = api.getMutationType()!.getFields().topUpWallet;
    expect(topUp.args.map((a) => `${a.name}: ${String(a.type)}`).sort()).toEqual([
      'amount: Int!',
      'cardToken: String!',
      'idempotencyKey: String',
    ]);
  });

  it('fails composition when orders declares PaymentMethodType differently (the test can catch drift)', () => {
    const result = compose('CARD WALLET');
    expect(result.errors?.map((e) => e.message).join('\n')).toMatch(/PaymentMethodType/);
  });

  it('declares PaymentStatus with the seven documented values', () => {
    const status = schema.getType('PaymentStatus') as GraphQLEnumType;
    expect(status.getValues().map((v) => v.name)).toEqual([
      'PENDING',
      'AUTHORIZED',
      'CAPTURED',
      'FAILED',
      'VOIDED',
      'REFUNDED',
      'PARTIALLY_REFUNDED',
    ]);
  });

  it('describes every type, field and enum value of its own', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('_') || /^(link__|federation__)/.test(type.name)) continue;
      if (['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
      const root = type.name === 'Query' || type.name === 'Mutation';
      if (!root && !type.description) missing.push(type.name);
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.name.startsWith('_') && !field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
