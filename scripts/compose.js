#!/usr/bin/env node
/** `npm run compose`: writes schema/<subgraph>.graphql and schema/supergraph.graphql. */
const fs = require('node:fs');
const path = require('node:path');
const { composeSupergraph } = require('./lib/compose');

composeSupergraph()
  .then((files) => {
    const dir = path.join(__dirname, '..', 'schema');
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      fs.writeFileSync(path.join(dir, name), content.endsWith('\n') ? content : `${content}\n`);
      console.log(`wrote schema/${name}`);
    }
  })
  .catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
