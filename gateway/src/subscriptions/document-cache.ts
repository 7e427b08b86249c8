import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { LRUCache } from 'lru-cache';

/** A parsed document the schema accepted, or the errors it was refused with. */
type CheckedDocument = { document: DocumentNode } | { errors: readonly GraphQLError[] };

/**
 * Parsed and validated subscription documents by their text. Thousands of app installs send the same
 * few documents: one syntax tree each is shared by all their subscriptions (memory per socket) and
 * parsed and validated once (CPU per subscribe). Cleared when the schema changes.
 */
export class DocumentCache {
  private readonly entries: LRUCache<string, CheckedDocument>;
  private schema: GraphQLSchema | null = null;

  constructor(
    private readonly rules: ValidationRule[],
    max = 1000,
  ) {
    this.entries = new LRUCache({ max });
  }

  check(schema: GraphQLSchema, text: string): CheckedDocument {
    if (schema !== this.schema) {
      this.entries.clear();
      this.schema = schema;
    }
    const known = this.entries.get(text);
    if (known) return known;
    let checked: CheckedDocument;
    try {
      const document = parse(text);
      const errors = validate(schema, document, [...specifiedRules, ...this.rules]);
      checked = errors.length > 0 ? { errors } : { document };
    } catch (error) {
      checked = { errors: [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')] };
    }
    this.entries.set(text, checked);
    return checked;
  }
}
