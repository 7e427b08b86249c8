/** What every benchmark script shares: its `--name value` arguments, the machine, the result file. */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** `--duration 20 --label x` -> { duration: '20', label: 'x' }; a flag without a value is `true`. */
function parseArgs(argv = process.argv.slice(2)) {
  const args = {};
  argv.forEach((arg, i) => {
    if (!arg.startsWith('--')) return;
    const next = argv[i + 1];
    args[arg.slice(2)] = next === undefined || next.startsWith('--') ? true : next;
  });
  return args;
}

/** The machine a result was measured on. */
function machine() {
  return {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
}

/**
 * Writes `report` to bench/results/<name>.json, replacing the previous result of that scenario (its
 * date is inside); returns the path relative to the cwd. One file per scenario keeps the latest
 * figures beside the scripts; the history of runs lives in the tables of docs/benchmarks.md.
 */
function writeResult(name, report) {
  const dir = path.join(__dirname, '..', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return path.relative(process.cwd(), file);
}

module.exports = { parseArgs, machine, writeResult };
