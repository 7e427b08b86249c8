import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import gql from 'graphql-tag';
import { buildSchema, BuildSchemaOptions, createResolversMap } from 'type-graphql';
import { CACHE_CONTROL_SDL } from './cache-control';

/** `__resolveReference` functions and other hand-written resolvers, by type name. */
export type ReferenceResolvers = Record<string, Record<string, unknown>>;

export interface FederatedSchemaOptions {
  resolvers: NonNullable<BuildSchemaOptions['resolvers']>;
  /** Types not reachable from a root field (entity stubs, types only used through federation). */
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  references?: ReferenceResolvers;
}

const FEDERATION_LINK = `
  extend schema
    @link(
      url: "https://specs.apollo.dev/federation/v2.7"
      import: ["@key", "@shareable", "@external", "@requires", "@provides", "@interfaceObject", "@inaccessible", "@tag"]
    )
`;

/**
 * Subgraphs never stream: a `Subscription` field a subgraph declares exists so that composition puts
 * it in the supergraph, and the gateway executes it (over graphql-ws, re-resolving the payload through
 * the supergraph per event). type-graphql refuses `@Subscription` without a pub/sub, so every subgraph
 * gets this one, which refuses to be used.
 */
const NO_PUBSUB = {
  publish: (): void => undefined,
  subscribe: (): AsyncIterable<unknown> => {
    throw new Error('subgraphs do not execute subscriptions; the gateway does');
  },
};

/**
 * Turns type-graphql classes into an Apollo Federation 2 subgraph schema: type-graphql builds the
 * schema, its SDL (with the @key/@shareable directives the classes declare) is handed to
 * @apollo/subgraph, and the resolvers are carried over with the reference resolvers merged in.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false, // inputs are validated with zod in the services, one way for every service
    skipCheck: true, // a subgraph may have no Query of its own
    emitSchemaFile: false,
    pubSub: NO_PUBSUB,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, fields] of Object.entries(options.references ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...fields };
  }
  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${CACHE_CONTROL_SDL}
      ${printSchemaWithDirectives(schema)}
    `,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    resolvers: resolvers as any,
  });
}
