import { AppError, conflict, ErrorCode } from '@commerce/errors';
import { ProviderError } from './payment-provider';

/**
 * A provider failure as the API reports it: an illegal move is CONFLICT; an unreachable or
 * misconfigured provider is SERVICE_UNAVAILABLE (retrying later with the same key is safe).
 * Anything that is not a ProviderError is returned unchanged (it becomes INTERNAL).
 */
export function providerFailure(error: unknown): unknown {
  if (!(error instanceof ProviderError)) return error;
  switch (error.kind) {
    case 'invalid_state':
    case 'invalid_request':
    case 'idempotency_mismatch':
      return conflict(`The payment provider refused: ${error.message}`, { providerError: error.kind });
    case 'unavailable':
    case 'misconfigured':
      return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The payment provider is unavailable; retry later', {
        providerError: error.kind,
      });
  }
}
