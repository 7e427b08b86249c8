export * from './cache';
export * from './memory';
export * from './redis';
export * from './rate-limiter';
export * from './open-pubsub';
