import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { badInput } from '@commerce/errors';

/**
 * A subscription POSTed over HTTP would reach @apollo/gateway, which cannot execute one (it answers
 * with an internal error). Refuse it up front, telling the client where subscriptions are served.
 */
export function refuseSubscriptionsOverHttp<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return;
          const message = 'Subscriptions are served over WebSocket: graphql-ws on /graphql';
          throw new GraphQLError(message, { originalError: badInput(message) });
        },
      };
    },
  };
}
