import { AppError, ErrorCode } from '@commerce/errors';
import { isValidServiceToken } from '@commerce/auth';
import type { Logger } from '@commerce/logging';
import { header, sendJson } from './http';
import type { Route, RouteRequest } from './service';

/** HTTP status for each expected failure on internal (service-to-service) endpoints. */
const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.PAYMENT_DECLINED]: 402,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.OUT_OF_STOCK]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

export interface InternalRequest extends RouteRequest {
  /** The parsed JSON body of a POST ({} for an empty body). */
  json: unknown;
}

export interface InternalRouteOptions {
  method: 'GET' | 'POST';
  path: string;
  serviceToken: string;
  logger: Logger;
  /** Returns the JSON answer (status 200); throws AppError for expected failures. */
  handle: (request: InternalRequest) => Promise<unknown>;
}

/**
 * A service-to-service endpoint (never routed by the gateway): the caller must present the shared
 * service token; answers are JSON, `{ error: { code, message, details } }` with the status of the code
 * for expected failures, and a bare INTERNAL for anything else (detail only in the log).
 */
export function internalRoute(options: InternalRouteOptions): Route {
  return {
    method: options.method,
    path: options.path,
    handler: async (request) => {
      const { res, req } = request;
      if (!isValidServiceToken(header(req, 'authorization'), options.serviceToken)) {
        sendJson(res, 401, { error: { code: ErrorCode.UNAUTHENTICATED, message: 'Service token required' } });
        return;
      }
      let json: unknown = {};
      if (request.body) {
        try {
          json = JSON.parse(request.body);
        } catch {
          sendJson(res, 400, {
            error: { code: ErrorCode.BAD_USER_INPUT, message: 'Body is not valid JSON' },
          });
          return;
        }
      }
      try {
        sendJson(res, 200, await options.handle({ ...request, json }));
      } catch (error) {
        if (error instanceof AppError) {
          const status = STATUS_BY_CODE[error.code] ?? 400;
          sendJson(res, status, {
            error: { code: error.code, message: error.message, details: error.details },
          });
          return;
        }
        options.logger.error({ err: error, path: options.path }, 'internal endpoint failed');
        sendJson(res, 500, { error: { code: ErrorCode.INTERNAL, message: 'Internal server error' } });
      }
    },
  };
}
