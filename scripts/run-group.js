#!/usr/bin/env node
/**
 * Runs the subgraphs named on the command line in ONE process (deployment grouping, see
 * scripts/start-stack.js STACK_GROUPS): each reads its own configuration from the environment with
 * its own database, and their internal calls to each other stay in memory.
 *
 *   node scripts/run-group.js orders cart catalog payments
 */
const { runSubgraphGroup } = require('@commerce/runtime');
const { subgraphs, loadSubgraph } = require('./lib/subgraphs');
const { stackEnv } = require('./lib/stack-env');

const names = process.argv.slice(2);
const members = names.map((name) => {
  const subgraph = subgraphs.find((s) => s.name === name);
  if (!subgraph) throw new Error(`no subgraph named "${name}"`);
  return {
    subgraph: loadSubgraph(subgraph),
    env: { ...process.env, ...stackEnv(name), INTERNAL_CALLS_IN_PROCESS: 'true' },
  };
});
runSubgraphGroup(members);
