/**
 * CPU used by each process of the running stack over a window, read from /proc (utime + stime), so a
 * benchmark can say what one unit of work (a checkout, a search) costs each service - a figure that
 * moves far less between runs than throughput does on a shared machine.
 */
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** The stack's process groups, from a process's command line. */
function groupOf(commandLine) {
  const service = /\/(gateway|subgraphs\/[a-z]+)\/dist\/main\.js/.exec(commandLine);
  if (service) return service[1];
  if (commandLine.includes('CommerceOpenSearch')) return 'opensearch';
  if (commandLine.includes('beam.smp')) return 'rabbitmq';
  if (commandLine.includes('stripe-mock')) return 'stripe-mock';
  if (/^postgres(:|\s|$)|\/bin\/postgres/.test(commandLine)) return 'postgresql';
  if (commandLine.includes('redis-server')) return 'redis';
  if (/\bbench\/|^wrk\b/.test(commandLine)) return 'load-generator';
  return null;
}

/**
 * pid -> { group, ticks } for every process of the stack that is running now; the calling process
 * counts as the load generator unless `excludeSelf`.
 */
function sample({ excludeSelf = false } = {}) {
  const processes = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || (excludeSelf && entry === String(process.pid))) continue;
    try {
      const commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      const group = groupOf(commandLine);
      if (!group) continue;
      // Fields after the ")" that ends the command name: utime and stime are the 12th and 13th.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(entry, { group, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return processes;
}

/**
 * CPU milliseconds per second of `seconds` by group, and per unit when `units` is given. A process
 * that started during the window counts from zero; one that ended is not counted.
 */
function cpuBetween(before, after, seconds, units) {
  const used = {};
  for (const [pid, now] of after) {
    const ticks = now.ticks - (before.get(pid)?.ticks ?? 0);
    used[now.group] = (used[now.group] ?? 0) + (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  }
  const total = Object.values(used).reduce((sum, ms) => sum + ms, 0);
  const rows = Object.entries({ total, ...used }).sort(([, a], [, b]) => b - a);
  return rows.map(([group, ms]) => ({
    group,
    msPerSecond: Math.round(ms / seconds),
    ...(units ? { msPerUnit: Math.round((ms / units) * 100) / 100 } : {}),
  }));
}

module.exports = { sample, cpuBetween };

// As a command: node bench/lib/process-cpu.js <delay-seconds> <window-seconds> [units-per-second]
if (require.main === module) {
  const [delay, window, rate] = process.argv.slice(2).map(Number);
  if (!window) {
    console.error('usage: node bench/lib/process-cpu.js <delay-seconds> <window-seconds> [units-per-second]');
    process.exit(2);
  }
  setTimeout(
    () => {
      const before = sample();
      setTimeout(() => {
        const rows = cpuBetween(before, sample(), window, rate ? rate * window : undefined);
        for (const row of rows) {
          const perUnit = row.msPerUnit === undefined ? '' : `  ${row.msPerUnit.toFixed(2)} ms per unit`;
          console.log(`${row.group.padEnd(22)} ${String(row.msPerSecond).padStart(6)} ms CPU/s${perUnit}`);
        }
      }, window * 1000);
    },
    (delay || 0) * 1000,
  );
}
