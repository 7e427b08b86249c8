#!/usr/bin/env node
/**
 * `npm run manifests:publish`: hands every trusted-document manifest in schema/manifests (or the files
 * given as arguments) to the running gateways through Redis (REDIS_URL), no restart needed. Run after
 * `npm run build`. Embedded mode needs no publishing: the gateway reads the files when it starts.
 */
const fs = require('node:fs');
const path = require('node:path');
const { RedisCache, RedisPubSub } = require('@commerce/cache');
const { publishManifest } = require('@commerce/gateway');

async function main() {
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const dir = path.join(__dirname, '..', 'schema', 'manifests');
  const files =
    process.argv.length > 2
      ? process.argv.slice(2)
      : fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .map((f) => path.join(dir, f));
  const cache = new RedisCache(redisUrl);
  const pubsub = new RedisPubSub(redisUrl);
  try {
    for (const file of files) {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
      await publishManifest(cache, pubsub, manifest);
      console.log(
        `published ${manifest.client} ${manifest.version} (${Object.keys(manifest.operations).length} operations)`,
      );
    }
  } finally {
    await pubsub.close();
    await cache.close();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
