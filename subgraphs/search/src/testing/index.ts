/** Test helpers other packages' suites use, imported as `@commerce/search/testing` (never built or shipped). */
export { deleteIndices, randomAlias } from '../engine/opensearch/opensearch-test-index';
