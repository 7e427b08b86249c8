const { composeServices } = require('@apollo/composition');
const { printSubgraphSchema } = require('@apollo/subgraph');
const { parse, printSchema } = require('graphql');
const { subgraphs, loadSubgraph } = require('./subgraphs');

/**
 * Builds every subgraph's schema from its compiled code and composes the supergraph with
 * @apollo/composition (rover cannot be installed here). Returns the files to write, by name.
 */
async function composeSupergraph() {
  const files = {};
  const services = [];
  for (const subgraph of subgraphs) {
    const schema = await loadSubgraph(subgraph).buildSchema();
    const sdl = printSubgraphSchema(schema);
    files[`${subgraph.name}.graphql`] = sdl;
    services.push({
      name: subgraph.name,
      typeDefs: parse(sdl),
      url: `http://127.0.0.1:${subgraph.port}/graphql`,
    });
  }
  const result = composeServices(services);
  if (result.errors && result.errors.length > 0) {
    const messages = result.errors.map((e) => `  - ${e.message}`).join('\n');
    throw new Error(`Composition failed:\n${messages}`);
  }
  files['supergraph.graphql'] = result.supergraphSdl;
  // The public API schema (no federation internals): what clients and graphql-codegen see.
  files['api.graphql'] = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return files;
}

module.exports = { composeSupergraph };
