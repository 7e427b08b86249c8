import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConstArgumentNode, Kind, ObjectTypeDefinitionNode, parse, print } from 'graphql';

/**
 * The nullability rule (docs/decisions/0067) checked on the composed supergraph, so that a subgraph
 * added or changed later cannot bring back a non-null field whose outage would null a whole answer.
 */
const supergraph = parse(readFileSync(resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8'));
const objectTypes = supergraph.definitions.filter(
  (definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION,
);

function graphOf(args: readonly ConstArgumentNode[] | undefined): string | undefined {
  const graph = args?.find((arg) => arg.name.value === 'graph')?.value;
  return graph?.kind === Kind.ENUM ? graph.value : undefined;
}

/** `Type.field` for every field a graph resolves, with the graph, for the fields that name one. */
function resolvedFields(type: ObjectTypeDefinitionNode): { field: string; graph: string; type: string }[] {
  return (type.fields ?? []).flatMap((field) => {
    const joins = (field.directives ?? []).filter((directive) => directive.name.value === 'join__field');
    const graph = joins.map((join) => graphOf(join.arguments)).find(Boolean);
    return graph ? [{ field: field.name.value, graph, type: print(field.type) }] : [];
  });
}

describe('the nullability rule on the supergraph', () => {
  it('makes every root Query field nullable', () => {
    const query = objectTypes.find((type) => type.name.value === 'Query')!;
    const nonNull = (query.fields ?? [])
      .filter((field) => field.type.kind === Kind.NON_NULL_TYPE)
      .map((field) => `Query.${field.name.value}: ${print(field.type)}`);
    expect(query.fields!.length).toBeGreaterThan(10);
    expect(nonNull).toEqual([]);
  });

  it('makes every field a subgraph contributes to another subgraph’s entity nullable', () => {
    const offending: string[] = [];
    let contributed = 0;
    for (const type of objectTypes) {
      if (['Query', 'Mutation', 'Subscription'].includes(type.name.value)) continue;
      const fields = resolvedFields(type);
      // The owner resolves most of the entity's fields; the others contribute one or two.
      const counts = new Map<string, number>();
      for (const { graph } of fields) counts.set(graph, (counts.get(graph) ?? 0) + 1);
      const owner = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
      for (const field of fields.filter((f) => f.graph !== owner)) {
        contributed++;
        if (field.type.endsWith('!')) offending.push(`${type.name.value}.${field.field}: ${field.type}`);
      }
    }
    expect(contributed).toBeGreaterThanOrEqual(5); // Order.payments, Product.rating/reviews, User.reviews...
    expect(offending).toEqual([]);
  });
});
