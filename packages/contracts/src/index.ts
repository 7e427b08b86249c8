/**
 * The contracts between services, in one place: every internal HTTP body (request and answer) and
 * every event payload, as zod schemas with their inferred types, by producing domain. Producers and
 * consumers both import them, so a change that breaks a consumer fails type-checking.
 */
export * from './ids';
export * from './money';
export * from './event';
export * from './route';
export * from './catalog';
export * from './orders';
export * from './payments';
export * from './users';
export * from './cart';
export * from './reviews';
export * from './notifications';
