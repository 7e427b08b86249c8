/**
 * Close codes of the gateway's WebSocket endpoint (docs/api.md, "Subscriptions"). graphql-ws clients
 * treat 44xx codes as final (do not retry with the same credentials) and retry on 1012.
 */
export const CloseCode = {
  /** No token, a bad one, or it expired while connected: connect again with a fresh token. */
  UNAUTHORIZED: 4401,
  /** The user already holds the maximum number of connections on this gateway replica. */
  TOO_MANY_CONNECTIONS: 4429,
  /** The gateway is shutting down (deploy, scale-in): reconnect, another replica will serve you. */
  SERVICE_RESTART: 1012,
} as const;
