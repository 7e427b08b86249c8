/**
 * Test helpers for the real OpenSearch node (scripts/services up opensearch): a random alias per test
 * file and the removal of every index created under it. Test-only (no production code imports it).
 */
import { randomBytes } from 'node:crypto';
import { Client } from '@opensearch-project/opensearch';
import { engines } from '@commerce/testing';

/** Where tests find OpenSearch; the local default of scripts/services. */
export const TEST_OPENSEARCH_URL = engines.TEST_OPENSEARCH_URL;

export function randomAlias(prefix: string): string {
  return `test-${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Deletes every index whose name starts with `alias` (the initial index and reindexed ones). */
export async function deleteIndices(alias: string, node = TEST_OPENSEARCH_URL): Promise<void> {
  const client = new Client({ node });
  try {
    const response = await client.cat.indices({ index: `${alias}*`, format: 'json' });
    const names = (response.body as Array<{ index: string }>).map((i) => i.index);
    if (names.length > 0) await client.indices.delete({ index: names.join(',') });
  } finally {
    await client.close();
  }
}
