export * from './engines';
export * from './database';
export * from './wait';
export * from './graphql-client';
export * from './errors';
export * from './identity';
export * from './broker';
export * from './vhost';
