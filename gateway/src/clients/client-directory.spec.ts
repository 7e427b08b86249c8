import { MemoryPubSub } from '@commerce/cache';
import { type ApiClient, CLIENTS_CHANGED_CHANNEL } from '@commerce/contracts';
import { ClientDirectory, ClientSource } from './client-directory';

const acme: ApiClient = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'acme',
  kind: 'PARTNER',
  allowedOperations: null,
  requestsPerMinute: 60,
  costPointsPerMinute: 600,
};

/** The users service as a port: a table of keys, counting lookups. */
class TableSource implements ClientSource {
  lookups = 0;
  constructor(readonly keys: Map<string, ApiClient>) {}
  async resolve(apiKey: string): Promise<ApiClient | null> {
    this.lookups += 1;
    await new Promise((resolve) => setImmediate(resolve));
    return this.keys.get(apiKey) ?? null;
  }
}

it('remembers a key for the TTL and shares one lookup between concurrent requests', async () => {
  const source = new TableSource(new Map([['k1', acme]]));
  const directory = new ClientDirectory(source, { ttlMs: 60_000 });
  const answers = await Promise.all([
    directory.resolve('k1'),
    directory.resolve('k1'),
    directory.resolve('k1'),
  ]);
  expect(answers).toEqual([acme, acme, acme]);
  expect(await directory.resolve('k1')).toEqual(acme);
  expect(source.lookups).toBe(1);
});

it('remembers unknown keys too, so a flood of bad keys stays in the gateway', async () => {
  const source = new TableSource(new Map());
  const directory = new ClientDirectory(source, { ttlMs: 60_000 });
  expect(await directory.resolve('nope')).toBeNull();
  expect(await directory.resolve('nope')).toBeNull();
  expect(source.lookups).toBe(1);
});

it('asks again once the TTL has passed', async () => {
  const source = new TableSource(new Map([['k1', acme]]));
  const directory = new ClientDirectory(source, { ttlMs: 20 });
  await directory.resolve('k1');
  source.keys.delete('k1');
  await new Promise((resolve) => setTimeout(resolve, 40));
  expect(await directory.resolve('k1')).toBeNull();
  expect(source.lookups).toBe(2);
});

it("forgets every key of a client announced on the broadcast, and only that client's", async () => {
  const other = { ...acme, id: '00000000-0000-4000-8000-000000000002', name: 'other' };
  const source = new TableSource(
    new Map([
      ['old', acme],
      ['new', acme],
      ['o', other],
    ]),
  );
  const directory = new ClientDirectory(source, { ttlMs: 60_000 });
  const pubsub = new MemoryPubSub();
  const unsubscribe = await directory.listen(pubsub);
  for (const key of ['old', 'new', 'o']) await directory.resolve(key);
  source.keys.delete('old');
  source.keys.delete('new');
  await pubsub.publish(CLIENTS_CHANGED_CHANNEL, acme.id);
  await new Promise((resolve) => setImmediate(resolve));
  expect(await directory.resolve('old')).toBeNull();
  expect(await directory.resolve('new')).toBeNull();
  expect(await directory.resolve('o')).toEqual(other);
  expect(source.lookups).toBe(5);
  await unsubscribe();
  await pubsub.close();
});

it('lets a failed lookup fail and does not remember it', async () => {
  let fail = true;
  const directory = new ClientDirectory(
    {
      resolve: async () => {
        if (fail) throw new Error('users unreachable');
        return acme;
      },
    },
    { ttlMs: 60_000 },
  );
  await expect(directory.resolve('k1')).rejects.toThrow('users unreachable');
  fail = false;
  expect(await directory.resolve('k1')).toEqual(acme);
});
