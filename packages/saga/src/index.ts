export * from './saga';
export * from './backoff';
export * from './saga-table';
export * from './saga-store';
export * from './saga-runner';
export * from './saga-worker';
