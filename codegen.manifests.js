/**
 * Trusted-document manifests, one per client: the operations in `clients/<name>/operations/*.graphql`,
 * validated against the public schema, become `schema/manifests/<name>.json` (hash -> operation). The
 * gateway lets a PARTNER client run only the operations of its manifest, by hash. `npm run codegen`
 * writes them; CI (scripts/check-generated.js) fails when one is stale; `npm run manifests:publish`
 * hands them to running gateways.
 */
const fs = require('node:fs');
const path = require('node:path');

const clientsDir = path.join(__dirname, 'clients');
const outDir = process.env.MANIFESTS_OUT_DIR || 'schema/manifests';
const clients = fs
  .readdirSync(clientsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

module.exports = {
  overwrite: true,
  schema: 'schema/api.graphql',
  generates: Object.fromEntries(
    clients.map((client) => [
      `${outDir}/${client}.json`,
      {
        documents: `clients/${client}/operations/**/*.graphql`,
        plugins: ['./scripts/codegen/trusted-manifest.js'],
        config: { client },
      },
    ]),
  ),
};
