/**
 * The error vocabulary every service speaks (app-error.ts) and the single formatter that turns any
 * error reaching a GraphQL response into its public shape.
 */
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from '@commerce/logging';
import { AppError, ErrorCode } from './app-error';

export * from './app-error';
export { validate } from './validate';

/** Codes graphql-js and Apollo attach to malformed requests; they are the caller's fault, safe to show. */
const REQUEST_ERROR_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
};

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Maps any error reaching the GraphQL response to the public shape: `message`, `path`, `locations` and
 * `extensions.code`. Unexpected errors are logged with their stack and replaced by a generic INTERNAL.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    if (original instanceof AppError) {
      return publicError(formatted, original.code, original.message, original.details);
    }
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
    if (code in REQUEST_ERROR_CODES) {
      return publicError(formatted, REQUEST_ERROR_CODES[code], formatted.message);
    }
    // Apollo marks some request errors only with an HTTP 4xx status (e.g. an APQ hash that does not
    // match its query): the caller's fault, and the message is written for the caller.
    if (isClientHttpError(original)) {
      return publicError(formatted, ErrorCode.BAD_USER_INPUT, formatted.message);
    }
    // Errors that already carry one of our codes (for instance relayed from a subgraph by the gateway).
    if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL) {
      return publicError(formatted, code as ErrorCode, formatted.message, pickDetails(formatted));
    }
    logger.error({ err: original ?? error, path: formatted.path }, 'unexpected error');
    return publicError(formatted, ErrorCode.INTERNAL, 'Internal server error');
  };
}

function publicError(
  formatted: GraphQLFormattedError,
  code: ErrorCode,
  message: string,
  details?: Record<string, unknown>,
): GraphQLFormattedError {
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      code,
      ...(details ? { details } : {}),
      // Clients back off on RATE_LIMITED by this number: it sits beside the code, not only in details.
      ...(code === ErrorCode.RATE_LIMITED && typeof details?.retryAfterSeconds === 'number'
        ? { retryAfterSeconds: details.retryAfterSeconds }
        : {}),
    },
  };
}

function pickDetails(formatted: GraphQLFormattedError): Record<string, unknown> | undefined {
  const details = formatted.extensions?.details;
  return details && typeof details === 'object' ? (details as Record<string, unknown>) : undefined;
}

function isClientHttpError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError) return false;
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}
