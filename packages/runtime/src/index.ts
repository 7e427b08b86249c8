import 'reflect-metadata';

export * from './subgraph-definition';
export * from './define-subgraph';
export * from './subgraph-process';
export * from './process';
export * from './periodic-task';
export * from './ids';
