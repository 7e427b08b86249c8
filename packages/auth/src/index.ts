export * from './roles';
export * from './context';
export * from './guards';
export * from './jwt-verifier';
export * from './service-token';
