import { openPubSub } from './open-pubsub';
import { RedisPubSub } from './redis';

const embedded = { RUNTIME_MODE: 'embedded' as const, REDIS_URL: 'redis://127.0.0.1:6379' };

it('gives every service of an embedded process the same pub/sub, which one service cannot close for the others', async () => {
  const users = openPubSub(embedded);
  const gateway = openPubSub(embedded);
  expect(gateway).toBe(users);
  const received: string[] = [];
  const unsubscribe = await gateway.subscribe('clients:changed', (message) => received.push(message));
  await users.close();
  await users.publish('clients:changed', 'client-1');
  await new Promise((resolve) => setImmediate(resolve));
  expect(received).toEqual(['client-1']);
  await unsubscribe();
});

it('opens Redis pub/sub in full-stack mode', async () => {
  const pubsub = openPubSub({ ...embedded, RUNTIME_MODE: 'stack' });
  expect(pubsub).toBeInstanceOf(RedisPubSub);
  await pubsub.close();
});
