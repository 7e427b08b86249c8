/**
 * CPU time and memory of a process and its descendants, from /proc: what one gateway costs, whatever
 * workers it forks.
 */
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

function stat(pid) {
  const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // After the command name: state, ppid (2nd) ... utime, stime (12th, 13th).
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}

/** The pid and every descendant alive now. */
function treeOf(root) {
  const parents = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parents.set(Number(entry), stat(entry).ppid);
    } catch {
      // ended while we looked
    }
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** CPU milliseconds (user + system) used so far by the tree. */
function cpuMs(root) {
  let ticks = 0;
  for (const pid of treeOf(root)) {
    try {
      ticks += stat(pid).ticks;
    } catch {
      // ended while we looked
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Resident memory of the tree in MB. */
function rssMb(root) {
  let kb = 0;
  for (const pid of treeOf(root)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += match ? Number(match[1]) : 0;
    } catch {
      // ended while we looked
    }
  }
  return Math.round(kb / 1024);
}

module.exports = { cpuMs, rssMb };
