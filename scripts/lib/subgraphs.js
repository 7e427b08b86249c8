/**
 * The subgraphs of the supergraph, in one place: composition, the embedded launcher and the full-stack
 * launcher all read this list. `url` is what the composed supergraph routes to by default; the gateway
 * can override each with SUBGRAPH_<NAME>_URL.
 */
module.exports = [
  {
    name: 'users',
    port: 4001,
    package: '@commerce/users',
    buildSchema: 'buildUsersSchema',
    start: 'startUsersService',
    loadConfig: 'loadUsersConfig',
    main: 'subgraphs/users/dist/main.js',
  },
];
