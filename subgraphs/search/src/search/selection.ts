import { Kind } from 'graphql';
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * True when the current field's selection asks for `name` directly, through an inline fragment or a
 * named fragment. Lets a resolver skip expensive work (facet aggregations) nobody asked for.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => inSelection(node.selectionSet, name, info.fragments, new Set()));
}

function inSelection(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): boolean {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === name) return true;
    if (selection.kind === Kind.INLINE_FRAGMENT && inSelection(selection.selectionSet, name, fragments, seen))
      return true;
    if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments[selection.name.value];
      if (fragment && inSelection(fragment.selectionSet, name, fragments, seen)) return true;
    }
  }
  return false;
}
