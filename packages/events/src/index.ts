export * from './envelope';
export * from './bus';
export * from './in-process-bus';
export * from './rabbitmq-bus';
export * from './create-bus';
export * from './outbox';
export * from './inbox';
export * from './outbox-writer';
