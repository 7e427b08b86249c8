/**
 * The subgraphs of the supergraph, in one place: composition, the embedded launcher and the full-stack
 * launcher all read this list. Each package exports its definition as `<name>Subgraph` (defineSubgraph
 * in @commerce/runtime): `loadConfig`, `buildSchema` and `start`. The composed supergraph routes to
 * http://127.0.0.1:<port>/graphql by default; the gateway can override each with SUBGRAPH_<NAME>_URL.
 */
function subgraph(name, port) {
  return {
    name,
    port,
    package: `@commerce/${name}`,
    definition: `${name}Subgraph`,
    main: `subgraphs/${name}/dist/main.js`,
  };
}

/** The subgraph's definition (`<name>Subgraph`), from its built package. */
function loadSubgraph(subgraph) {
  return require(subgraph.package)[subgraph.definition];
}

// Order matters in embedded mode: a consumer's in-process queue exists once its service started, so
// consumers (search indexes catalog events; reviews reads catalog's and orders' events) start before
// the services whose events they read.
const subgraphs = [
  subgraph('users', 4001),
  subgraph('search', 4003),
  subgraph('reviews', 4007),
  subgraph('catalog', 4002),
  subgraph('cart', 4004),
  subgraph('orders', 4005),
  subgraph('payments', 4006),
];

module.exports = { subgraphs, loadSubgraph };
