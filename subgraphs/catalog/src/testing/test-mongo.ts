import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { env, loadConfig } from '@commerce/config';

/**
 * Where the MongoDB-compatible engine of `scripts/services` (FerretDB) listens for tests. Read here,
 * beside the other engines' test settings, never from `process.env` elsewhere.
 */
const mongoEngine = loadConfig({
  TEST_MONGO_URL: env.string('mongodb://127.0.0.1:27017'),
});

export interface TestMongoDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, uniquely named database for one test file; `drop` removes it. */
export function createTestMongoDatabase(prefix: string): TestMongoDatabase {
  const name = `test_${prefix.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`.toLowerCase();
  const url = new URL(mongoEngine.TEST_MONGO_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const connection = await mongoose
        .createConnection(url.toString(), { serverSelectionTimeoutMS: 5000 })
        .asPromise();
      try {
        await connection.dropDatabase();
      } finally {
        await connection.close();
      }
    },
  };
}
