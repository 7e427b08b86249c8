import type { Role } from './roles';

/** The authenticated caller, as proven by a verified access token. */
export interface AuthUser {
  id: string;
  roles: Role[];
}

/**
 * What every resolver and service method receives first: who is calling and which request this is.
 * Services add their own per-request members (DataLoaders) by extending it.
 */
export interface RequestContext {
  requestId: string;
  traceparent: string;
  user: AuthUser | null;
  /** The caller's address, for per-IP rate limits. */
  ip: string;
}
