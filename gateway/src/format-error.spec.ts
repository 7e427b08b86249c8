import { GraphQLError } from 'graphql';
import { createLogger } from '@commerce/logging';
import { createGatewayErrorFormatter } from './format-error';
import { SubgraphUnavailableError } from './subgraph-unavailable';

const format = createGatewayErrorFormatter(createLogger({ service: 'gateway-test', level: 'silent' }));

describe('createGatewayErrorFormatter', () => {
  it('turns an unreachable subgraph into SERVICE_UNAVAILABLE naming only the service', () => {
    const error = new GraphQLError('fetch failed', {
      originalError: new SubgraphUnavailableError('orders'),
      path: ['me', 'orders'],
    });
    expect(
      format(
        { message: 'fetch failed', path: ['me', 'orders'], extensions: { stacktrace: ['at ...'] } },
        error,
      ),
    ).toEqual({
      message: 'The orders service is unavailable',
      path: ['me', 'orders'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it("maps @apollo/gateway's own fetch failure message", () => {
    const message = 'Error while fetching subquery from service "catalog"';
    const formatted = { message, extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'catalog' } };
    expect(format(formatted, new GraphQLError(message))).toEqual({
      message: 'The catalog service is unavailable',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it('keeps the code and message of an error relayed from a subgraph', () => {
    const formatted = {
      message: 'Only the owner may do this',
      path: ['order'],
      extensions: { code: 'FORBIDDEN', serviceName: 'orders' },
    };
    expect(format(formatted, new GraphQLError(formatted.message))).toEqual({
      message: 'Only the owner may do this',
      path: ['order'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('hides anything unexpected behind INTERNAL', () => {
    const formatted = { message: 'connect ECONNREFUSED 10.0.0.7:5432' };
    expect(format(formatted, new Error(formatted.message))).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL' },
    });
  });
});
