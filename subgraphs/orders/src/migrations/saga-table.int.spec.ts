import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DatabaseOptions, openDatabase } from '@commerce/database';
import { CreateOutboxAndInbox1700000000000 } from '@commerce/events';
import { CreateSagas1700000000010, SagaStore } from '@commerce/saga';
import { createTestDatabase, TestDatabase } from '@commerce/testing';
import { CreateOrders1700000000500 } from './1700000000500-create-orders';
import { CheckoutChargeStep1700000000501 } from './1700000000501-checkout-charge-step';
import { SagaSubject1700000000502 } from './1700000000502-saga-subject';

// Engines: PostgreSQL. orders' `sagas` table predates @commerce/saga: its own migrations must reach
// the package's table, on a new database and on one migrated before the engine moved.
const before = [
  CreateOutboxAndInbox1700000000000,
  CreateOrders1700000000500,
  CheckoutChargeStep1700000000501,
];
const now = [...before, SagaSubject1700000000502];
const databases: TestDatabase[] = [];
const open: DataSource[] = [];

afterAll(async () => {
  await Promise.all(open.map((dataSource) => dataSource.destroy()));
  await Promise.all(databases.map((database) => database.drop()));
});

async function newDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase('orders_sagas');
  databases.push(database);
  return database;
}

async function migrated(
  migrations: DatabaseOptions['migrations'],
  database?: TestDatabase,
): Promise<DataSource> {
  database ??= await newDatabase();
  const dataSource = await openDatabase({ url: database.url, poolSize: 2, entities: [], migrations });
  open.push(dataSource);
  return dataSource;
}

async function insertOrder(dataSource: DataSource): Promise<string> {
  const orderId = randomUUID();
  await dataSource.query(
    `INSERT INTO orders (id, buyer_id, idempotency_key, checkout_fingerprint, status, currency, subtotal, discount,
       total, seller_ids, payment_method, status_history)
     VALUES ($1, $2, $3, 'f', 'PENDING', 'USD', 0, 0, 0, '{}', 'CARD', '[]')`,
    [orderId, randomUUID(), orderId],
  );
  return orderId;
}

/** The table as PostgreSQL describes it: columns and indexes, without the foreign keys. */
async function shape(dataSource: DataSource) {
  const columns = await dataSource.query(
    `SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
     WHERE table_name = 'sagas' ORDER BY column_name`,
  );
  const indexes = await dataSource.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'sagas' ORDER BY indexname`,
  );
  return { columns, indexes };
}

describe("orders' sagas table", () => {
  it("has the shape of @commerce/saga's own table", async () => {
    const orders = await migrated(now);
    const engine = await migrated([CreateSagas1700000000010]);
    const expected = await shape(engine);
    expect(expected.columns.map((c: { column_name: string }) => c.column_name)).toContain('subject_id');
    expect(await shape(orders)).toEqual(expected);
  });

  it('keeps the sagas of a database migrated before the engine moved, now found by subject', async () => {
    const database = await newDatabase();
    const old = await migrated(before, database);
    const orderId = await insertOrder(old);
    await old.query(
      `INSERT INTO sagas (id, order_id, kind, status, step, input) VALUES ($1, $2, 'checkout', 'running', 'chargePayment', '{"n": 1}')`,
      [randomUUID(), orderId],
    );
    const upgraded = await migrated(now, database);
    const applied = await upgraded.query(`SELECT name FROM migrations ORDER BY id`);
    expect(applied.map((m: { name: string }) => m.name)).toEqual(now.map((m) => m.name));
    const claimed = await new SagaStore(upgraded, 1000).claimForSubject(orderId, 'checkout');
    expect(claimed).toMatchObject({ subjectId: orderId, step: 'chargePayment', input: { n: 1 } });
  });

  it('ties every saga to an existing order and lets it go with its order', async () => {
    const dataSource = await migrated(now);
    const store = new SagaStore(dataSource, 1000);
    const saga = { kind: 'refund', step: 'refundPayment', input: {}, outputs: {} };
    await expect(
      dataSource.transaction((manager) => store.insert(manager, { ...saga, subjectId: randomUUID() })),
    ).rejects.toThrow(/foreign key/);
    const orderId = await insertOrder(dataSource);
    await dataSource.transaction((manager) => store.insert(manager, { ...saga, subjectId: orderId }));
    await dataSource.query('DELETE FROM orders WHERE id = $1', [orderId]);
    expect(await dataSource.query('SELECT id FROM sagas WHERE subject_id = $1', [orderId])).toEqual([]);
  });
});
