import { MigrationInterface, QueryRunner } from 'typeorm';

/** API clients (partners and first-party apps) and the hashes of their keys. */
export class CreateApiClients1700000000200 implements MigrationInterface {
  name = 'CreateApiClients1700000000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE api_clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('FIRST_PARTY', 'PARTNER')),
        allowed_operations text[],
        requests_per_minute integer NOT NULL CHECK (requests_per_minute > 0),
        cost_points_per_minute integer NOT NULL CHECK (cost_points_per_minute > 0),
        key_hash text NOT NULL,
        previous_key_hash text,
        previous_key_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    // The name also names the client's manifest: one client per name, revoked ones included.
    await runner.query(`CREATE UNIQUE INDEX api_clients_name ON api_clients (name)`);
    await runner.query(`CREATE UNIQUE INDEX api_clients_key_hash ON api_clients (key_hash)`);
    await runner.query(
      `CREATE INDEX api_clients_previous_key_hash ON api_clients (previous_key_hash)
         WHERE previous_key_hash IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE api_clients`);
  }
}
