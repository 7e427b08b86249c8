import {
  ArgumentNode,
  DocumentNode,
  FieldNode,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  print,
  VariableDefinitionNode,
  VariableNode,
  getArgumentValues,
} from 'graphql';
import type { AuthUser } from '@commerce/auth';
import { badInput } from '@commerce/errors';
import { LiveEvent, notificationTopic, orderTopic } from './live-event';

/**
 * The query of each subscription operation, by its node: documents are shared through the document
 * cache, so subscriptions of the same document share one printed query too.
 */
const queries = new WeakMap<OperationDefinitionNode, { query: string; queryId: number }>();
let lastQueryId = 0;

/** The variable through which a notification's id reaches `notification(id:)` for each event. */
const NOTIFICATION_ID_VARIABLE = '__liveNotificationId';

/**
 * How one subscription is served: the topic it listens on and the query that reads its payload
 * through the supergraph. The subscriber's selection is kept as written (fragments, aliases, nested
 * federated fields); only the root field is swapped for the query field that reads the same object,
 * under the same response key, so the answer has the shape the subscriber asked for.
 */
export interface LivePlan {
  topic: string;
  /** The printed query (one string shared by every subscription of the same document). */
  query: string;
  /** A small id of `query`: with the variables and the scope, what subscribers share resolutions by. */
  queryId: number;
  /** The response key of the root field (its alias, or its name). */
  responseKey: string;
  /** False when there is nothing to send before the first event (a notification is an event). */
  sendsCurrentState: boolean;
  /** The query's variables for one event, or for the current state when `event` is null. */
  variablesFor(event: LiveEvent | null): Record<string, unknown>;
}

/**
 * Plans a validated subscription operation for `user`. Throws BAD_USER_INPUT for what the gateway
 * cannot stream (a root field reached through a fragment, a field it does not know).
 */
export function planSubscription(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  user: AuthUser,
): LivePlan {
  const [selection] = operation.selectionSet.selections;
  if (operation.selectionSet.selections.length !== 1 || selection.kind !== Kind.FIELD) {
    throw badInput('Select exactly one subscription field, directly (not through a fragment)');
  }
  const responseKey = selection.alias?.value ?? selection.name.value;
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const queryOf = (field: FieldNode, extraVariables: VariableDefinitionNode[] = []) => {
    const known = queries.get(operation);
    if (known) return known;
    const query = print({
      kind: Kind.DOCUMENT,
      definitions: [
        {
          ...operation,
          operation: OperationTypeNode.QUERY,
          variableDefinitions: [...(operation.variableDefinitions ?? []), ...extraVariables],
          selectionSet: { kind: Kind.SELECTION_SET, selections: [field] },
        },
        ...fragments,
      ],
    });
    const printed = { query, queryId: ++lastQueryId };
    queries.set(operation, printed);
    return printed;
  };
  const rootField = (name: string, args: FieldNode['arguments']): FieldNode => ({
    ...selection,
    alias: { kind: Kind.NAME, value: responseKey },
    name: { kind: Kind.NAME, value: name },
    arguments: args,
  });

  switch (selection.name.value) {
    case 'orderStatusChanged': {
      const fieldDef = schema.getSubscriptionType()!.getFields().orderStatusChanged;
      const { orderId } = getArgumentValues(fieldDef, selection, variables) as { orderId: string };
      const idArgument = selection.arguments!.find((arg) => arg.name.value === 'orderId')!;
      return {
        topic: orderTopic(orderId),
        ...queryOf(rootField('order', [{ ...idArgument, name: { kind: Kind.NAME, value: 'id' } }])),
        responseKey,
        sendsCurrentState: true,
        variablesFor: () => variables,
      };
    }
    case 'notificationReceived': {
      const variable: VariableNode = {
        kind: Kind.VARIABLE,
        name: { kind: Kind.NAME, value: NOTIFICATION_ID_VARIABLE },
      };
      const definition: VariableDefinitionNode = {
        kind: Kind.VARIABLE_DEFINITION,
        variable,
        type: {
          kind: Kind.NON_NULL_TYPE,
          type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } },
        },
      };
      const idArgument: ArgumentNode = {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'id' },
        value: variable,
      };
      return {
        topic: notificationTopic(user.id),
        ...queryOf(rootField('notification', [idArgument]), [definition]),
        responseKey,
        sendsCurrentState: false,
        variablesFor: (event) =>
          event?.kind === 'notification'
            ? { ...variables, [NOTIFICATION_ID_VARIABLE]: event.notificationId }
            : variables,
      };
    }
    default:
      throw badInput(`The gateway does not stream Subscription.${selection.name.value}`);
  }
}
