import type { z } from 'zod';

/**
 * The contract of one internal (service-to-service) HTTP endpoint: method, path, the JSON body it
 * accepts and the JSON it answers with 200. The route validates its body with `request` (bad input
 * gets 400 BAD_USER_INPUT naming the field and changes nothing); the client parses the answer with
 * `response`. Refusals travel in the one internal error body of @commerce/http's `internalRoute`.
 */
export interface RouteContract<
  Request extends z.ZodTypeAny | undefined = z.ZodTypeAny | undefined,
  Response extends z.ZodTypeAny = z.ZodTypeAny,
> {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** The body of a POST; undefined for a GET (its query parameters are the route's own business). */
  readonly request: Request;
  readonly response: Response;
}

/** The body a client sends to route `R`. */
export type RouteRequest<R extends RouteContract<z.ZodTypeAny>> = z.input<R['request']>;

/** The answer of route `R`, as the client reads it. */
export type RouteResponse<R extends RouteContract> = z.output<R['response']>;

/** The answer of route `R`, as the route builds it (defaults may be left out). */
export type RouteAnswer<R extends RouteContract> = z.input<R['response']>;

/** Declares an internal endpoint. */
export function defineRoute<Request extends z.ZodTypeAny | undefined, Response extends z.ZodTypeAny>(
  method: 'GET' | 'POST',
  path: string,
  schemas: { request: Request; response: Response },
): RouteContract<Request, Response> {
  return Object.freeze({ method, path, ...schemas });
}
