import type { ApiClient } from '@commerce/contracts';

/**
 * Who sent a request, for access, budgets, logs and metrics. `label` is what metrics and logs name:
 * a keyed client's registered name; for keyless first-party apps the `apollographql-client-name`
 * they send, when it is one of the configured names (a free-form header would let any caller mint
 * metric series); `unidentified` for another name; `anonymous` when none is sent.
 */
export interface Caller {
  label: string;
  /** `apollographql-client-version` of a keyless first-party app, if sent. */
  version?: string;
  /** The registered client behind the request's API key; null for a keyless request. */
  client: ApiClient | null;
}

/** The gateway context carries the caller once the access plugin has admitted the request. */
export interface CallerContext {
  caller?: Caller;
}

const VERSION = /^[\w.+-]{1,40}$/;

export function keylessCaller(
  name: string | undefined,
  version: string | undefined,
  firstPartyNames: ReadonlySet<string>,
): Caller {
  if (!name) return { label: 'anonymous', client: null };
  if (!firstPartyNames.has(name)) return { label: 'unidentified', client: null };
  return { label: name, client: null, ...(version && VERSION.test(version) ? { version } : {}) };
}
