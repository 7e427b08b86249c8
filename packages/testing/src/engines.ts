/**
 * Where the real engines started by `scripts/services` listen. Tests read them here, never from
 * `process.env` directly, so one place documents the variables.
 */
import { loadConfig, env } from '@commerce/config';

export const engines = loadConfig({
  TEST_POSTGRES_URL: env.url('postgres://postgres:postgres@127.0.0.1:5432/postgres'),
  TEST_REDIS_URL: env.url('redis://127.0.0.1:6379'),
  TEST_AMQP_URL: env.url('amqp://guest:guest@127.0.0.1:5672'),
  TEST_OPENSEARCH_URL: env.url('http://127.0.0.1:9200'),
  TEST_MONGO_URL: env.url('mongodb://127.0.0.1:27017'),
  TEST_STRIPE_API_BASE: env.url('http://127.0.0.1:12111'),
});
