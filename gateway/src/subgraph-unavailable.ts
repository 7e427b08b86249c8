import { AppError, ErrorCode } from '@commerce/errors';

/**
 * A subgraph gave no GraphQL answer (refused, timed out, a proxy's 502...). Its message is public and
 * names only the service: the URL and the cause go to the log, never to the caller.
 */
export class SubgraphUnavailableError extends AppError {
  constructor(readonly subgraph: string) {
    super(ErrorCode.SERVICE_UNAVAILABLE, unavailableMessage(subgraph));
    this.name = 'SubgraphUnavailableError';
  }
}

export function unavailableMessage(subgraph: string): string {
  return `The ${subgraph} service is unavailable`;
}
