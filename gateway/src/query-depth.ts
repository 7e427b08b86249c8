import depthLimit from 'graphql-depth-limit';
import { DocumentNode, GraphQLError, Kind, ValidationContext, ValidationRule, visit } from 'graphql';
import { badInput } from '@commerce/errors';

/**
 * Refuses operations nested deeper than `maxDepth` before anything is planned: depth is what turns a
 * small document into an exponential fan-out across subgraphs (user -> orders -> items -> product ->
 * reviews -> author -> ...). Introspection fields do not count. The error is BAD_USER_INPUT and names
 * the limit, so a client developer knows what to change.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  const rule = depthLimit(maxDepth) as (context: ValidationContext) => unknown;
  return (context) => {
    // graphql-depth-limit walks fragments at once and crashes on unknown or cyclic ones; graphql's
    // own rules (KnownFragmentNames, NoFragmentCycles) report those documents properly.
    if (!fragmentsResolvable(context.getDocument())) return {};
    const reporting = Object.create(context) as ValidationContext;
    reporting.reportError = (error: GraphQLError) => context.reportError(depthError(error, maxDepth));
    rule(reporting);
    return {};
  };
}

function depthError(error: GraphQLError, maxDepth: number): GraphQLError {
  const message = `Query is nested too deeply: the maximum depth is ${maxDepth}`;
  return new GraphQLError(message, { nodes: error.nodes, originalError: badInput(message, { maxDepth }) });
}

/** True when every fragment spread names a defined fragment and no fragment reaches itself. */
function fragmentsResolvable(document: DocumentNode): boolean {
  const spreads = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const names: string[] = [];
    visit(definition, { FragmentSpread: (node) => void names.push(node.name.value) });
    spreads.set(definition.name.value, names);
  }
  let allKnown = true;
  visit(document, {
    FragmentSpread(node) {
      if (!spreads.has(node.name.value)) allKnown = false;
    },
  });
  if (!allKnown) return false;
  const state = new Map<string, 'visiting' | 'done'>();
  const acyclic = (name: string): boolean => {
    if (state.get(name) === 'done') return true;
    if (state.get(name) === 'visiting') return false;
    state.set(name, 'visiting');
    const ok = (spreads.get(name) ?? []).every(acyclic);
    state.set(name, 'done');
    return ok;
  };
  return [...spreads.keys()].every(acyclic);
}
