/** Test helpers other packages' suites use, imported as `@commerce/catalog/testing` (never built or shipped). */
export { createTestMongoDatabase } from './test-mongo';
