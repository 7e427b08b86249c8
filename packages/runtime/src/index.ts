import 'reflect-metadata';

export * from './metrics';
export * from './graphql-plugins';
export * from './federation';
export * from './cache-control';
export * from './loaders';
export * from './pagination';
export * from './money';
export * from './http';
export * from './service';
export * from './subgraph';
export * from './process';
export * from './ids';
export * from './internal-route';
export * from './internal-client';
export * from './subgraph-process';
export * from './periodic-task';
