import { Kind, OperationTypeNode, parse } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * What kind of operation a request runs (query, mutation, subscription), known before Apollo parses
 * it, so inbound sharing can leave mutations and subscriptions alone. Documents are parsed once and
 * remembered by their text: the traffic worth sharing repeats the same few documents.
 */
export class OperationKinds {
  private readonly kinds = new LRUCache<string, Map<string, OperationTypeNode> | false>({ max: 1000 });

  /** The selected operation's kind, or undefined when the document does not say unambiguously. */
  of(query: string, operationName: string | undefined): OperationTypeNode | undefined {
    let byName = this.kinds.get(query);
    if (byName === undefined) {
      byName = operationsOf(query);
      this.kinds.set(query, byName);
    }
    if (byName === false) return undefined;
    if (operationName !== undefined) return byName.get(operationName);
    // Without a name the document must hold exactly one operation (GraphQL's own rule).
    return byName.size === 1 ? byName.values().next().value : undefined;
  }
}

/** Operation name ('' when anonymous) to kind; false when the document does not parse. */
function operationsOf(query: string): Map<string, OperationTypeNode> | false {
  try {
    const document = parse(query, { noLocation: true });
    const byName = new Map<string, OperationTypeNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) {
        byName.set(definition.name?.value ?? '', definition.operation);
      }
    }
    return byName;
  } catch {
    return false; // Apollo will answer the syntax error itself
  }
}
