/**
 * Restock on the MongoDB adapter after a crash: the restock marks written with each increment make a
 * resumed restock skip the products already restocked, so stock still goes back exactly once.
 */
import { InProcessEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { aCategory, aProduct, aReservation } from '../../testing/catalog.fixture';
import { createTestMongoDatabase, TestMongoDatabase } from '../../testing/test-mongo';
import type { ProductDoc, ReservationDoc } from './models';
import { MongoCatalogStore, openMongoCatalogStore } from './mongo-catalog-store';

const logger = createLogger({ service: 'catalog', level: 'silent' });
const bus = new InProcessEventBus(logger);
let database: TestMongoDatabase;
let store: MongoCatalogStore;

beforeAll(async () => {
  database = createTestMongoDatabase('catalog_restock');
  store = await openMongoCatalogStore({ url: database.url, poolSize: 10, bus, logger });
});

afterAll(async () => {
  await store.close();
  await database.drop();
  await bus.close();
});

const productDoc = async (id: string) => (await store.models.products.findById(id).lean<ProductDoc>())!;

it('resumes an interrupted restock without returning any product twice, then drops its marks', async () => {
  const category = aCategory(null, 'Restock');
  await store.insertCategory(category);
  const [a, b] = [aProduct(category, { stockAvailable: 5 }), aProduct(category, { stockAvailable: 4 })];
  for (const product of [a, b]) await store.insertProduct(product, []);
  const request = aReservation([
    { productId: a.id, quantity: 2 },
    { productId: b.id, quantity: 3 },
  ]);
  await store.reserve(request, new Date());
  await store.commitReservation(request.id, new Date());
  // A restock that crashed after its first product write: a's stock back with its mark, nothing else.
  const first = await productDoc(a.id);
  await store.models.products.replaceOne(
    { _id: a.id },
    {
      ...first,
      stockAvailable: first.stockAvailable + 2,
      holds: [{ reservationId: request.id, quantity: 2, restocked: true }],
      version: first.version + 1,
    },
  );
  // The sweeper's cleanup of commits must not drop that mark meanwhile.
  await store.models.reservations.updateOne({ _id: request.id }, { $set: { holdsCleared: false } });
  await store.expireReservations(new Date(Date.now() + 120_000), 100);
  expect((await productDoc(a.id)).holds).toHaveLength(1);

  expect(await store.restockReservation(request.id, new Date())).toMatchObject({ status: 'RESTOCKED' });
  expect((await store.findProductsByIds([a.id, b.id])).map((p) => p!.stockAvailable)).toEqual([5, 4]);
  expect((await productDoc(a.id)).holds).toEqual([]);
  expect((await productDoc(b.id)).holds).toEqual([]);
  const pending = (await productDoc(b.id)).pendingEvents;
  expect(pending.filter((e) => (e.data as { reason: string }).reason === 'restock')).toHaveLength(1);
  const reservation = await store.models.reservations.findById(request.id).lean<ReservationDoc>();
  expect(reservation).toMatchObject({ status: 'RESTOCKED', holdsCleared: true });
  expect(await store.restockReservation(request.id, new Date())).toMatchObject({ status: 'RESTOCKED' });
  expect((await store.findProductsByIds([a.id, b.id])).map((p) => p!.stockAvailable)).toEqual([5, 4]);
});
