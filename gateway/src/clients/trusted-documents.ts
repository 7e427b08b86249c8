import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from '@commerce/config';
import type { Cache, PubSub, Unsubscribe } from '@commerce/cache';
import type { Logger } from '@commerce/logging';

/** A client's trusted-document manifest as `npm run codegen` writes it (schema/manifests/<client>.json). */
const manifestSchema = z.object({
  client: z.string(),
  version: z.string(),
  operations: z.record(z.string(), z.object({ name: z.string(), body: z.string() })),
});

export type Manifest = z.infer<typeof manifestSchema>;
type TrustedOperation = Manifest['operations'][string];

/** Where `npm run manifests:publish` stores manifests and announces them (see scripts/publish-manifests.js). */
export const MANIFEST_KEY_PREFIX = 'gateway:manifests:';
export const MANIFEST_INDEX_KEY = 'gateway:manifests';
export const MANIFESTS_PUBLISHED_CHANNEL = 'manifests:published';

/**
 * The trusted documents of every client, by client name and operation hash. The gateway starts with
 * the manifests checked into the repository; a manifest published later (stored in the cache and
 * announced on MANIFESTS_PUBLISHED_CHANNEL) replaces its client's without a restart.
 */
export class TrustedDocuments {
  private readonly manifests = new Map<string, Manifest>();

  constructor(private readonly logger: Logger) {}

  /** Loads every `*.json` manifest of `directory` (a missing directory is no manifest). */
  async loadDirectory(directory: string): Promise<void> {
    const names = await readdir(directory).catch(() => [] as string[]);
    for (const name of names.filter((file) => file.endsWith('.json')).sort()) {
      this.add(JSON.parse(await readFile(join(directory, name), 'utf8')), name);
    }
  }

  /** The operation of `client`'s manifest with this hash, if any. */
  find(client: string, hash: string): TrustedOperation | undefined {
    const operations = this.manifests.get(client)?.operations;
    return operations && Object.hasOwn(operations, hash) ? operations[hash] : undefined;
  }

  version(client: string): string | undefined {
    return this.manifests.get(client)?.version;
  }

  /**
   * Loads what was published to the cache, then follows announcements. A manifest that does not
   * parse is logged and ignored: the client keeps the one it had.
   */
  async follow(cache: Cache, pubsub: PubSub): Promise<Unsubscribe> {
    const unsubscribe = await pubsub.subscribe(MANIFESTS_PUBLISHED_CHANNEL, (client) => {
      void this.reload(cache, client);
    });
    const index = await cache.get(MANIFEST_INDEX_KEY).catch(() => null);
    for (const client of index ? (JSON.parse(index) as string[]) : []) await this.reload(cache, client);
    return unsubscribe;
  }

  private async reload(cache: Cache, client: string): Promise<void> {
    try {
      const text = await cache.get(MANIFEST_KEY_PREFIX + client);
      if (text) this.add(JSON.parse(text), `published manifest of ${client}`);
    } catch (error) {
      this.logger.warn(
        { err: error, client },
        'could not load a published manifest; keeping the previous one',
      );
    }
  }

  private add(value: unknown, origin: string): void {
    const parsed = manifestSchema.safeParse(value);
    if (!parsed.success) {
      this.logger.warn({ origin }, 'ignoring a trusted-document manifest that does not parse');
      return;
    }
    const previous = this.manifests.get(parsed.data.client)?.version;
    this.manifests.set(parsed.data.client, parsed.data);
    if (previous !== parsed.data.version) {
      this.logger.info(
        {
          client: parsed.data.client,
          version: parsed.data.version,
          operations: Object.keys(parsed.data.operations).length,
        },
        'trusted-document manifest loaded',
      );
    }
  }
}
