import type { Cache, PubSub } from '@commerce/cache';
import {
  Manifest,
  MANIFEST_INDEX_KEY,
  MANIFEST_KEY_PREFIX,
  MANIFESTS_PUBLISHED_CHANNEL,
} from './trusted-documents';

/**
 * Hands a manifest to every running gateway without a restart: stored in the shared cache (a replica
 * started later loads it too), listed in the index, then announced so running replicas reload it.
 * `npm run manifests:publish` calls it for every checked-in manifest.
 */
export async function publishManifest(cache: Cache, pubsub: PubSub, manifest: Manifest): Promise<void> {
  await cache.set(MANIFEST_KEY_PREFIX + manifest.client, JSON.stringify(manifest));
  const index = new Set<string>(JSON.parse((await cache.get(MANIFEST_INDEX_KEY)) ?? '[]') as string[]);
  index.add(manifest.client);
  await cache.set(MANIFEST_INDEX_KEY, JSON.stringify([...index].sort()));
  await pubsub.publish(MANIFESTS_PUBLISHED_CHANNEL, manifest.client);
}
