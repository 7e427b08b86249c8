import type { ServerResponse } from 'node:http';
import { AppError, ErrorCode } from '@commerce/errors';
import type { Logger } from '@commerce/logging';
import { sendJson } from '@commerce/runtime';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.PAYMENT_DECLINED]: 402,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * Internal endpoints answer errors as `{ error: { code, message, ...details } }` with the HTTP status
 * of the code (402 PAYMENT_DECLINED with `reason` and `paymentId`, 409 CONFLICT, ...). Unexpected
 * failures are logged and answered 500 INTERNAL without detail.
 */
export function sendError(res: ServerResponse, error: unknown, logger: Logger): void {
  if (error instanceof AppError) {
    sendJson(res, STATUS_BY_CODE[error.code] ?? 500, {
      error: { code: error.code, message: error.message, ...(error.details ?? {}) },
    });
    return;
  }
  logger.error({ err: error }, 'internal endpoint failed');
  sendJson(res, 500, { error: { code: ErrorCode.INTERNAL, message: 'Internal server error' } });
}
