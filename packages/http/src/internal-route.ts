import type { ServerResponse } from 'node:http';
import { AppError, ErrorCode } from '@commerce/errors';
import { isValidServiceToken } from '@commerce/auth';
import type { Logger } from '@commerce/logging';
import { header, sendJson } from './http';
import type { Route, RouteRequest } from './service';

/**
 * Internal (service-to-service) HTTP endpoints: `Authorization: Bearer <SERVICE_TOKEN>`, JSON in and
 * out, never routed by the gateway (it only serves /graphql). Every internal endpoint of every service
 * is an {@link internalRoute}; callers use {@link InternalClient} (internal-client.ts).
 *
 * **The one error body** of every internal endpoint (and of the other non-GraphQL routes of a service):
 *
 * ```json
 * { "error": { "code": "OUT_OF_STOCK", "message": "Not enough stock of product …", "details": { "productId": "…", "available": 1 } } }
 * ```
 *
 * - `code`: our error vocabulary (`ErrorCode`); the HTTP status follows from it ({@link INTERNAL_STATUS}:
 *   400 BAD_USER_INPUT, 401 UNAUTHENTICATED, 402 PAYMENT_DECLINED, 403 FORBIDDEN, 404 NOT_FOUND,
 *   409 CONFLICT and OUT_OF_STOCK, 429 RATE_LIMITED, 503 SERVICE_UNAVAILABLE, 500 INTERNAL), unless
 *   the endpoint answers {@link errorAnswer} with another status.
 * - `message`: the AppError's message, safe to show and to log: it must never echo a value the caller
 *   sent (a card token, a password), only name the field.
 * - `details`: the AppError's machine-readable details (`field`, `productId`/`available`, `reason`…),
 *   present only when the error has some.
 *
 * Anything that is not an AppError (and an AppError with code INTERNAL) answers 500
 * `{ error: { code: 'INTERNAL', message: 'Internal server error' } }`; the detail goes to the log only.
 * A missing or wrong service token answers 401 UNAUTHENTICATED before the body is looked at; a body
 * that is not JSON answers 400 BAD_USER_INPUT with `details.field = 'body'`; a body over the
 * service's `maxBodyBytes` answers 413 BAD_USER_INPUT (startService).
 */
export interface InternalErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

/** The HTTP status of each error code on internal endpoints. */
export const INTERNAL_STATUS: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.PERSISTED_QUERY_NOT_FOUND]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.PAYMENT_DECLINED]: 402,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.OPERATION_NOT_ALLOWED]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.OUT_OF_STOCK]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL]: 500,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/** The error body of an expected failure. */
export function errorBody(error: AppError): InternalErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    },
  };
}

/** What a handler answers when it is not "200 with this JSON": a status and a JSON body. */
export class InternalAnswer {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

/**
 * An expected failure answered with a status other than its code's usual one, e.g. 409 for a
 * reservation refused because a product does not exist (NOT_FOUND): the body is the one error body.
 */
export function errorAnswer(error: AppError, status = INTERNAL_STATUS[error.code]): InternalAnswer {
  return new InternalAnswer(status, errorBody(error));
}

const INTERNAL_ERROR: InternalErrorBody = {
  error: { code: ErrorCode.INTERNAL, message: 'Internal server error' },
};

/**
 * Answers an error thrown by a (non-GraphQL) route in the one error body: an AppError with the status
 * of its code, anything else 500 INTERNAL without detail (logged with `path`).
 */
export function sendRouteError(res: ServerResponse, error: unknown, logger: Logger, path: string): void {
  if (error instanceof AppError && error.code !== ErrorCode.INTERNAL) {
    const answer = errorAnswer(error);
    sendJson(res, answer.status, answer.body);
    return;
  }
  logger.error({ err: error, path }, 'internal endpoint failed');
  sendJson(res, 500, INTERNAL_ERROR);
}

export interface InternalRequest extends RouteRequest {
  /** The parsed JSON body of a POST ({} for an empty body or a GET); query parameters are in `url`. */
  json: unknown;
}

/** The options every internal route of a service shares. */
export interface InternalRouteDefaults {
  serviceToken: string;
  logger: Logger;
  /**
   * Adapts an error before it is answered, e.g. a store's lock timeout (retryable) to
   * SERVICE_UNAVAILABLE; return the error unchanged when there is nothing to adapt.
   */
  mapError?: (error: unknown) => unknown;
}

export interface InternalRouteOptions extends InternalRouteDefaults {
  method: 'GET' | 'POST';
  path: string;
  /**
   * The answer: any JSON value is answered 200; an {@link InternalAnswer} gives its own status and
   * body. Expected failures are thrown as AppError (see {@link InternalErrorBody}).
   */
  handle: (request: InternalRequest) => Promise<unknown>;
}

/** A service-to-service endpoint; see {@link InternalErrorBody} for how it answers. */
export function internalRoute(options: InternalRouteOptions): Route {
  const { method, path, serviceToken, logger, mapError = (error: unknown) => error } = options;
  return {
    method,
    path,
    handler: async (request) => {
      const { res, req } = request;
      try {
        if (!isValidServiceToken(header(req, 'authorization'), serviceToken)) {
          throw new AppError(ErrorCode.UNAUTHENTICATED, 'A valid service token is required');
        }
        const answer = await options.handle({ ...request, json: parseJson(request.body) });
        if (answer instanceof InternalAnswer) sendJson(res, answer.status, answer.body);
        else sendJson(res, 200, answer);
      } catch (error) {
        sendRouteError(res, mapError(error), logger, path);
      }
    },
  };
}

function parseJson(body: string): unknown {
  if (!body) return {};
  try {
    return JSON.parse(body);
  } catch {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Request body is not valid JSON', { field: 'body' });
  }
}
