import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '@commerce/testing';
import { openDatabase } from './data-source';
import { entityFromRow } from './entity-rows';
import { returningRows } from './returning-rows';

// Engines: PostgreSQL. A RETURNING row must come out as the same entity TypeORM itself would load.
@Entity('gadgets')
class GadgetEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('jsonb')
  tags!: string[];

  @Column('text', { name: 'secret_token', nullable: true, select: false })
  secretToken!: string | null;
}

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('entity_rows');
  dataSource = await openDatabase({
    url: database.url,
    poolSize: 2,
    entities: [GadgetEntity],
    migrations: [],
  });
  await dataSource.query(
    `CREATE TABLE gadgets (id uuid PRIMARY KEY, display_name text NOT NULL, created_at timestamptz NOT NULL,
       tags jsonb NOT NULL, secret_token text)`,
  );
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

describe('entityFromRow', () => {
  it('maps a RETURNING * row to the entity TypeORM loads, leaving out columns it never selects', async () => {
    const rows = await dataSource.query(
      `INSERT INTO gadgets VALUES (gen_random_uuid(), 'Lamp', '2026-11-27T10:00:00.123Z', '["a","b"]', 'tok_1')
       RETURNING *`,
    );
    const fromRow = entityFromRow(dataSource.manager, GadgetEntity, rows[0]);
    const loaded = await dataSource.getRepository(GadgetEntity).findOneByOrFail({ id: rows[0].id });

    expect(fromRow).toBeInstanceOf(GadgetEntity);
    expect(fromRow).toEqual(loaded);
    expect(fromRow.createdAt).toEqual(new Date('2026-11-27T10:00:00.123Z'));
    expect(fromRow.tags).toEqual(['a', 'b']);
    expect(fromRow.secretToken).toBeUndefined();
  });
});

describe('returningRows', () => {
  it('gives the rows of INSERT, UPDATE, DELETE and CTE statements alike', async () => {
    const insert = `INSERT INTO gadgets VALUES (gen_random_uuid(), $1, now(), '[]') RETURNING display_name`;
    const inserted = await returningRows<{ display_name: string }>(dataSource, insert, ['Chair']);
    expect(inserted).toEqual([{ display_name: 'Chair' }]);

    const updated = await returningRows<{ display_name: string }>(
      dataSource,
      `UPDATE gadgets SET display_name = $2 WHERE display_name = $1 RETURNING display_name`,
      ['Chair', 'Stool'],
    );
    expect(updated).toEqual([{ display_name: 'Stool' }]);

    const viaCte = await returningRows<{ display_name: string }>(
      dataSource,
      `WITH target AS (SELECT id FROM gadgets WHERE display_name = $1)
       DELETE FROM gadgets WHERE id IN (SELECT id FROM target) RETURNING display_name`,
      ['Stool'],
    );
    expect(viaCte).toEqual([{ display_name: 'Stool' }]);

    const none = await returningRows(
      dataSource,
      `UPDATE gadgets SET tags = '[]' WHERE display_name = $1 RETURNING id`,
      ['nothing'],
    );
    expect(none).toEqual([]);
  });
});
