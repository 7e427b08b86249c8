import 'reflect-metadata';

export * from './federation';
export * from './cache-control';
export * from './graphql-plugins';
export * from './subgraph-server';
export * from './money';
export * from './pagination';
export * from './loaders';
