import { buildSchema, getOperationAST, parse } from 'graphql';
import { Role } from '@commerce/auth';
import { createEvent } from '@commerce/events';
import { liveEventOf } from './event-bridge';
import { planSubscription } from './live-plan';

const schema = buildSchema(`
  type Order { id: ID! status: String! items: [Item!]! }
  type Item { name: String! }
  type Notification { id: ID! title: String! }
  type Query { order(id: ID!): Order  notification(id: ID!): Notification }
  type Subscription { orderStatusChanged(orderId: ID!): Order!  notificationReceived: Notification! }
`);
const user = { id: 'user-1', roles: [Role.BUYER] };

function plan(text: string, variables: Record<string, unknown> = {}) {
  const document = parse(text);
  return planSubscription(schema, document, getOperationAST(document)!, variables, user);
}

describe('planSubscription', () => {
  it('reads the order with the same selection, fragments and response key', () => {
    const live = plan(
      `subscription Follow($id: ID!) { mine: orderStatusChanged(orderId: $id) { status ...Lines } }
       fragment Lines on Order { items { name } }`,
      { id: 'ABC' },
    );
    expect(live.topic).toBe('order:abc');
    expect(live.responseKey).toBe('mine');
    expect(live.sendsCurrentState).toBe(true);
    expect(live.query.replace(/\s+/g, ' ')).toBe(
      'query Follow($id: ID!) { mine: order(id: $id) { status ...Lines } } fragment Lines on Order { items { name } }',
    );
    expect(live.variablesFor(null)).toEqual({ id: 'ABC' });
  });

  it('takes a literal order id as well as a variable', () => {
    expect(plan('subscription { orderStatusChanged(orderId: "o-9") { id } }').topic).toBe('order:o-9');
  });

  it("listens on the caller's notifications and reads each one by the event's id", () => {
    const live = plan('subscription { notificationReceived { id title } }');
    expect(live.topic).toBe('notifications:user-1');
    expect(live.sendsCurrentState).toBe(false);
    expect(live.query).toContain('notificationReceived: notification(id: $__liveNotificationId)');
    expect(live.variablesFor({ kind: 'notification', notificationId: 'n-1', userId: 'user-1' })).toEqual({
      __liveNotificationId: 'n-1',
    });
  });

  it('shares the printed query between subscriptions of the same document', () => {
    const document = parse('subscription F($id: ID!) { orderStatusChanged(orderId: $id) { id } }');
    const operation = getOperationAST(document)!;
    const a = planSubscription(schema, document, operation, { id: '1' }, user);
    const b = planSubscription(schema, document, operation, { id: '2' }, user);
    expect(a.queryId).toBe(b.queryId);
    expect(a.topic).not.toBe(b.topic);
  });

  it('refuses a root field reached through a fragment with BAD_USER_INPUT', () => {
    expect(() => plan('subscription { ... on Subscription { notificationReceived { id } } }')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});

describe('liveEventOf', () => {
  it('keeps only the routing fields of order and notification events', () => {
    const order = createEvent('orders', 'order.shipped', {
      orderId: 'o-1',
      buyerId: 'b-1',
      sellerIds: ['s-1'],
      status: 'SHIPPED',
      total: { amount: 100, currency: 'USD' },
    });
    expect(liveEventOf(order)).toEqual({ kind: 'order', orderId: 'o-1', status: 'SHIPPED' });
    const notification = createEvent('notifications', 'notification.created', {
      notificationId: 'n-1',
      userId: 'u-1',
      topic: 'SHIPPING',
      channel: 'IN_APP',
    });
    expect(liveEventOf(notification)).toEqual({ kind: 'notification', notificationId: 'n-1', userId: 'u-1' });
  });

  it('ignores events without the fields it routes by', () => {
    expect(liveEventOf(createEvent('orders', 'order.paid', { orderId: 'o-1' }))).toBeNull();
    expect(liveEventOf(createEvent('users', 'user.registered', { userId: 'u-1' }))).toBeNull();
  });
});
