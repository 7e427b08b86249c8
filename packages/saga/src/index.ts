/**
 * Crash-safe sagas on the service's own PostgreSQL database. A service:
 * - lists `CreateSagas1700000000010` in its migrations (the `sagas` table SagaStore works on);
 * - writes its sagas as definitions (saga.ts): steps with their compensations beside them, each
 *   idempotent by the saga's subject;
 * - inserts a saga with `SagaStore.insert` in the transaction that creates its subject, runs it
 *   inline with `SagaRunner.run`, and starts one `SagaWorker` that resumes whatever a run left
 *   (crashed, deferred for a retry, waiting past its deadline).
 */
export * from './saga';
export * from './backoff';
export * from './saga-table';
export * from './saga-store';
export * from './saga-runner';
export * from './saga-worker';
