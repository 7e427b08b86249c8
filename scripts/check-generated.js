#!/usr/bin/env node
/**
 * Fails when a generated file checked into the repo is stale: the composed supergraph, the subgraph
 * SDL snapshots and the graphql-codegen output. Run after `npm run build`.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { composeSupergraph } = require('./lib/compose');

const root = path.join(__dirname, '..');

function normalise(text) {
  return text.endsWith('\n') ? text : `${text}\n`;
}

async function main() {
  const stale = [];
  const files = await composeSupergraph();
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, 'schema', name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== normalise(content)) stale.push(`schema/${name} (run npm run compose)`);
  }
  // Codegen writes into a temporary copy of its output folder; the checked-in files must match it.
  const generatedDir = path.join(root, 'tests', 'generated');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-'));
  execFileSync(path.join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.yml'], {
    cwd: root,
    env: { ...process.env, CODEGEN_OUT_DIR: tmp },
    stdio: 'pipe',
  });
  for (const name of fs.readdirSync(tmp)) {
    const fresh = fs.readFileSync(path.join(tmp, name), 'utf8');
    const file = path.join(generatedDir, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== fresh) stale.push(`tests/generated/${name} (run npm run codegen)`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  // The trusted-document manifests (codegen.manifests.js), generated the same way into a temporary folder.
  const manifestsDir = path.join(root, 'schema', 'manifests');
  const manifestsTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'manifests-'));
  execFileSync(
    path.join(root, 'node_modules', '.bin', 'graphql-codegen'),
    ['--config', 'codegen.manifests.js'],
    { cwd: root, env: { ...process.env, MANIFESTS_OUT_DIR: manifestsTmp }, stdio: 'pipe' },
  );
  const manifestNames = new Set([
    ...fs.readdirSync(manifestsTmp),
    ...(fs.existsSync(manifestsDir) ? fs.readdirSync(manifestsDir) : []),
  ]);
  for (const name of manifestNames) {
    const freshFile = path.join(manifestsTmp, name);
    const fresh = fs.existsSync(freshFile) ? fs.readFileSync(freshFile, 'utf8') : '';
    const file = path.join(manifestsDir, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== fresh) stale.push(`schema/manifests/${name} (run npm run codegen)`);
  }
  fs.rmSync(manifestsTmp, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`Generated files are stale:\n${stale.map((s) => `  - ${s}`).join('\n')}`);
    process.exit(1);
  }
  console.log('generated files are up to date');
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
