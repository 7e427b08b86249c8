export { startGateway } from './gateway';
export type { GatewayDeps } from './gateway';
export { loadGatewayConfig, subgraphEnvName } from './config';
export type { GatewayConfig } from './config';
export type { GatewayContext } from './context';
export { publishManifest } from './clients/publish-manifest';
export type { Manifest } from './clients/trusted-documents';
/** The per-client budget check, for bench/partners.js to time it in-process. */
export { ClientBudgets } from './budgets/client-budget';
