import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { MemoryCache, MemoryPubSub } from '@commerce/cache';
import { createLogger } from '@commerce/logging';
import { publishManifest } from './publish-manifest';
import { Manifest, TrustedDocuments } from './trusted-documents';

const quiet = createLogger({ service: 'trusted-documents-test', level: 'silent' });
const MANIFESTS = resolve(__dirname, '../../../schema/manifests');

it('every checked-in manifest keys each operation by the sha256 of its text, valid against the public API', async () => {
  const schema = buildSchema(await readFile(resolve(__dirname, '../../../schema/api.graphql'), 'utf8'));
  const files = (await readdir(MANIFESTS)).filter((name) => name.endsWith('.json'));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const manifest = JSON.parse(await readFile(join(MANIFESTS, file), 'utf8')) as Manifest;
    expect(`${manifest.client}.json`).toBe(file);
    for (const [hash, operation] of Object.entries(manifest.operations)) {
      expect(createHash('sha256').update(operation.body).digest('hex')).toBe(hash);
      expect(validate(schema, parse(operation.body))).toEqual([]);
    }
  }
});

it("finds a client's operation by hash, and never another client's", async () => {
  const documents = new TrustedDocuments(quiet);
  await documents.loadDirectory(MANIFESTS);
  const loyalty = JSON.parse(await readFile(join(MANIFESTS, 'loyalty-app.json'), 'utf8')) as Manifest;
  const [hash, operation] = Object.entries(loyalty.operations)[0];
  expect(documents.find('loyalty-app', hash)).toEqual(operation);
  expect(documents.find('price-comparison', hash)).toBeUndefined();
  expect(documents.find('loyalty-app', 'constructor')).toBeUndefined();
  expect(documents.find('nobody', hash)).toBeUndefined();
});

it('ignores a manifest file that does not parse and keeps the others', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'manifests-'));
  try {
    await writeFile(join(dir, 'broken.json'), JSON.stringify({ client: 'broken' }));
    await writeFile(
      join(dir, 'fine.json'),
      JSON.stringify({ client: 'fine', version: 'v1', operations: { h: { name: 'A', body: '{ a }' } } }),
    );
    const documents = new TrustedDocuments(quiet);
    await documents.loadDirectory(dir);
    expect(documents.version('broken')).toBeUndefined();
    expect(documents.version('fine')).toBe('v1');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it('takes a published manifest at once when following, and loads published ones when it starts', async () => {
  const cache = new MemoryCache();
  const pubsub = new MemoryPubSub();
  const running = new TrustedDocuments(quiet);
  const unsubscribe = await running.follow(cache, pubsub);
  const v2: Manifest = { client: 'acme', version: 'v2', operations: { h2: { name: 'B', body: '{ b }' } } };
  await publishManifest(cache, pubsub, v2);
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(running.find('acme', 'h2')).toEqual({ name: 'B', body: '{ b }' });

  const later = new TrustedDocuments(quiet);
  const unsubscribeLater = await later.follow(cache, pubsub);
  expect(later.version('acme')).toBe('v2');
  await unsubscribe();
  await unsubscribeLater();
  await pubsub.close();
  await cache.close();
});
