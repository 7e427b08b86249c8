import { maybeCacheControlFromInfo } from '@apollo/cache-control-types';
import type { GraphQLResolveInfo } from 'graphql';
import { Directive } from 'type-graphql';

/**
 * HTTP caching of public answers (docs/architecture.md, "Response cache"). A subgraph says with
 * Apollo's `@cacheControl` how long an answer may be reused and by whom; the subgraph's Apollo Server
 * turns the hints of one operation into a `Cache-Control` header, and the gateway combines the headers
 * of every subgraph it called: the shortest age and the narrowest scope win, and a subgraph without a
 * hint makes the whole answer uncacheable. Nothing is cacheable unless it says so.
 *
 * The directive is declared in every subgraph's SDL; its scope enum is @inaccessible, so neither shows
 * in the public API.
 */
export const CACHE_CONTROL_SDL = `
  "Who may reuse a cached answer (Apollo cache control; not part of the public API)"
  enum CacheControlScope @inaccessible {
    "Every caller: the answer does not depend on who asks"
    PUBLIC
    "Only the caller it was computed for"
    PRIVATE
  }
  "How long, and by whom, an answer may be reused"
  directive @cacheControl(
    maxAge: Int
    scope: CacheControlScope
    inheritMaxAge: Boolean
  ) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

/**
 * Public data (the same for every caller) may be reused this long. One second is a micro-cache: it
 * absorbs bursts of identical anonymous requests (a popular search, a product page under a campaign)
 * while a seller's change still shows within about a second.
 */
export const PUBLIC_MAX_AGE_SECONDS = 1;

/** The same answer for every caller, reusable for `seconds` (a type, or a root field). */
export const PublicFor = (seconds: number = PUBLIC_MAX_AGE_SECONDS) =>
  Directive(`@cacheControl(maxAge: ${seconds}, scope: PUBLIC)`);

/** A value type (Money, PageInfo, an edge) is as fresh as the field that holds it. */
export const InheritsCacheAge = () => Directive('@cacheControl(inheritMaxAge: true)');

/**
 * This answer depends on who asks (a DRAFT product its owner sees): never kept in a shared cache,
 * whatever the type's hint says.
 */
export function markCallerSpecific(info: GraphQLResolveInfo | undefined): void {
  if (info) maybeCacheControlFromInfo(info)?.cacheHint.restrict({ scope: 'PRIVATE' });
}
