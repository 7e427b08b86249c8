export * from './http';
export * from './metrics';
export * from './service';
export * from './internal-route';
export * from './internal-client';
export * from './entities-client';
export * from './local-services';
