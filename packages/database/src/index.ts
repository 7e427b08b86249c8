export * from './data-source';
export * from './embedded-postgres';
export * from './entity-rows';
export * from './prepared-statements';
export * from './returning-rows';
