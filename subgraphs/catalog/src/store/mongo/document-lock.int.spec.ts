/**
 * The lease lock on the real FerretDB: mutual exclusion between processes (two lock instances with
 * separate connections share nothing in memory), recovery from a crashed holder, and giving up in time.
 */
import mongoose, { Connection } from 'mongoose';
import { createTestMongoDatabase, TestMongoDatabase } from '../../testing/test-mongo';
import { StoreBusyError } from '../catalog-store';
import { DocumentLocks } from './document-lock';
import { catalogModels, CatalogModels, ensureIndexes } from './models';

let database: TestMongoDatabase;
const connections: Connection[] = [];
let models: CatalogModels[];

beforeAll(async () => {
  database = createTestMongoDatabase('catalog_locks');
  for (let i = 0; i < 2; i++) {
    connections.push(await mongoose.createConnection(database.url, { maxPoolSize: 20 }).asPromise());
  }
  models = connections.map(catalogModels);
  await ensureIndexes(models[0]);
});

afterAll(async () => {
  for (const connection of connections) await connection.close();
  await database.drop();
});

it('excludes holders across processes: no increment of a shared counter is lost', async () => {
  const [a, b] = models.map((m) => new DocumentLocks(m.locks, { leaseMs: 10_000, waitMs: 20_000 }));
  const counters = connections[0].db!.collection<{ _id: string; n: number }>('counters');
  await counters.insertOne({ _id: 'c', n: 0 });
  // Read-modify-write: the pattern FerretDB v1 itself uses for updates, which loses writes unlocked.
  const increment = (locks: DocumentLocks) =>
    locks.withLock('counter:c', async () => {
      const current = await counters.findOne({ _id: 'c' });
      await counters.updateOne({ _id: 'c' }, { $set: { n: current!.n + 1 } });
    });
  await Promise.all(Array.from({ length: 30 }, (_, i) => increment(i % 2 === 0 ? a : b)));
  expect((await counters.findOne({ _id: 'c' }))!.n).toBe(30);
  expect(await models[0].locks.countDocuments({})).toBe(0);
});

it('takes over a lock whose holder crashed once its lease ran out', async () => {
  await models[0].locks.collection.insertOne({
    _id: 'crashed-holder',
    key: 'product:p1',
    expiresAt: new Date(Date.now() - 1000),
  } as never);
  const locks = new DocumentLocks(models[1].locks, { leaseMs: 10_000, waitMs: 1000 });
  await expect(locks.withLock('product:p1', async () => 'done')).resolves.toBe('done');
  expect(await models[0].locks.countDocuments({ key: 'product:p1' })).toBe(0);
});

it('gives up with a retryable CONFLICT when another process holds the lock too long', async () => {
  await models[0].locks.collection.insertOne({
    _id: 'busy-holder',
    key: 'product:p2',
    expiresAt: new Date(Date.now() + 60_000),
  } as never);
  const locks = new DocumentLocks(models[1].locks, { leaseMs: 10_000, waitMs: 100 });
  const attempt = locks.withLock('product:p2', async () => 'never');
  await expect(attempt).rejects.toBeInstanceOf(StoreBusyError);
  await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT', details: { retryable: true } });
  await models[0].locks.deleteOne({ _id: 'busy-holder' });
});

it('releases the lock when the work throws', async () => {
  const locks = new DocumentLocks(models[0].locks, { leaseMs: 10_000, waitMs: 1000 });
  await expect(
    locks.withLock('product:p3', async () => {
      throw new Error('boom');
    }),
  ).rejects.toThrow('boom');
  await expect(locks.withLock('product:p3', async () => 'again')).resolves.toBe('again');
  expect(await models[0].locks.countDocuments({ key: 'product:p3' })).toBe(0);
});
