/**
 * graphql-codegen plugin: the trusted-document manifest of one client. Each operation is printed
 * with the fragments it uses (graphql-js `print`, so the text does not depend on how the .graphql
 * file was formatted) and keyed by the sha256 of that text, the hash a partner sends as
 * `extensions.persistedQuery.sha256Hash` (or `documentId`). `version` is a digest of the whole
 * manifest: it changes whenever an operation is added, removed or edited.
 */
const { createHash } = require('node:crypto');
const { Kind, print, visit } = require('graphql');

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

function fragmentsUsed(node, fragments, seen = new Set()) {
  visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      if (seen.has(name) || !fragments.has(name)) return;
      seen.add(name);
      fragmentsUsed(fragments.get(name), fragments, seen);
    },
  });
  return seen;
}

module.exports = {
  plugin(_schema, documents, config) {
    const definitions = documents.flatMap((source) => source.document?.definitions ?? []);
    const fragments = new Map(
      definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const operations = {};
    const named = definitions
      .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .sort((a, b) => a.name.value.localeCompare(b.name.value));
    for (const operation of named) {
      if (!operation.name) throw new Error('every trusted operation needs a name');
      const used = [...fragmentsUsed(operation, fragments)].sort().map((name) => fragments.get(name));
      const body = [operation, ...used].map((definition) => print(definition)).join('\n\n');
      operations[sha256(body)] = { name: operation.name.value, body };
    }
    const version = sha256(JSON.stringify(operations)).slice(0, 16);
    return `${JSON.stringify({ client: config.client, version, operations }, null, 2)}\n`;
  },
};
