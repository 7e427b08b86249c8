import { isValidServiceToken } from '@commerce/auth';
import { AppError, badInput, ErrorCode } from '@commerce/errors';
import type { Logger } from '@commerce/logging';
import { header, Route, RouteRequest, sendJson } from '@commerce/runtime';
import { StoreBusyError } from '../store/catalog-store';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  OUT_OF_STOCK: 409,
};

/** What an internal handler answers: an HTTP status and a JSON body. */
export interface InternalAnswer {
  status: number;
  body: unknown;
}

/**
 * A service-to-service endpoint: `Authorization: Bearer <SERVICE_TOKEN>` or 401, never exposed by the
 * gateway (it only routes /graphql). Expected failures answer `{ error: { code, message, ...details } }`
 * with the status of their code; anything else is logged and answers 500 INTERNAL without detail.
 */
export function internalRoute(
  method: Route['method'],
  path: string,
  options: { serviceToken: string; logger: Logger },
  handle: (request: RouteRequest) => Promise<InternalAnswer>,
): Route {
  return {
    method,
    path,
    handler: async (request) => {
      if (!isValidServiceToken(header(request.req, 'authorization'), options.serviceToken)) {
        sendJson(request.res, 401, {
          error: { code: ErrorCode.UNAUTHENTICATED, message: 'A valid service token is required' },
        });
        return;
      }
      try {
        const answer = await handle(request);
        sendJson(request.res, answer.status, answer.body);
      } catch (error) {
        const { status, body } = errorAnswer(error, options.logger, path);
        sendJson(request.res, status, body);
      }
    },
  };
}

/** Parses a JSON request body; a malformed one is the caller's input error. */
export function jsonBody(request: RouteRequest): unknown {
  try {
    return JSON.parse(request.body || 'null');
  } catch {
    throw badInput('body is not valid JSON', { field: 'body' });
  }
}

function errorAnswer(error: unknown, logger: Logger, path: string): InternalAnswer {
  if (error instanceof StoreBusyError) {
    // Lock contention is transient: 503 tells the caller to retry, unlike a business CONFLICT.
    return { status: 503, body: { error: { code: 'SERVICE_UNAVAILABLE', message: error.message } } };
  }
  if (error instanceof AppError && STATUS_BY_CODE[error.code]) {
    return {
      status: STATUS_BY_CODE[error.code]!,
      body: { error: { code: error.code, message: error.message, ...error.details } },
    };
  }
  logger.error({ err: error, path }, 'internal endpoint failed');
  return { status: 500, body: { error: { code: ErrorCode.INTERNAL, message: 'Internal server error' } } };
}
