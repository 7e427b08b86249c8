/**
 * The subgraphs of the supergraph, in one place: composition, the embedded launcher and the full-stack
 * launcher all read this list. The composed supergraph routes to http://127.0.0.1:<port>/graphql by
 * default; the gateway can override each with SUBGRAPH_<NAME>_URL.
 */
function subgraph(name, port, exportsPrefix) {
  return {
    name,
    port,
    package: `@commerce/${name}`,
    buildSchema: `build${exportsPrefix}Schema`,
    start: `start${exportsPrefix}Service`,
    loadConfig: `load${exportsPrefix}Config`,
    main: `subgraphs/${name}/dist/main.js`,
  };
}

// Order matters in embedded mode: a consumer's in-process queue exists once its service started, so
// consumers (search indexes catalog events; reviews reads catalog's and orders' events) start before
// the services whose events they read.
module.exports = [
  subgraph('users', 4001, 'Users'),
  subgraph('search', 4003, 'Search'),
  subgraph('reviews', 4007, 'Reviews'),
  subgraph('catalog', 4002, 'Catalog'),
  subgraph('cart', 4004, 'Cart'),
  subgraph('orders', 4005, 'Orders'),
  subgraph('payments', 4006, 'Payments'),
];
