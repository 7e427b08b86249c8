#!/usr/bin/env node
/**
 * The stand-in orders subgraph of bench/subscriptions.js, in a process of its own so that the load
 * generator's ten thousand sockets never delay its answers: `order(id)` answers the id with status
 * SHIPPED under whatever alias the gateway's plan uses, at once. Prints its port on stdout.
 */
const http = require('node:http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const id = Object.values(body.variables ?? {})[0];
    const key = /(\w+)\s*:\s*order\s*\(/.exec(body.query)?.[1] ?? 'order';
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: { [key]: { id, status: 'SHIPPED' } } }));
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
