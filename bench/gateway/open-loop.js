/**
 * An open-loop load generator for the overload scenario: requests leave at a fixed rate whatever the
 * gateway answers (autocannon's closed loop would slow down with the gateway and never overload it),
 * and latencies are kept per status so admitted (200) and shed (503) answers are told apart.
 */
const { Pool } = require('undici');

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Sends `makeBody()` POSTs to `url` at `rate` per second for `seconds`; at most `maxOutstanding` wait. */
async function openLoop({ url, rate, seconds, makeBody, connections = 512, maxOutstanding = 4000 }) {
  const { origin, pathname } = new URL(url);
  const pool = new Pool(origin, { connections, pipelining: 1 });
  const latencies = new Map(); // status -> ms[]
  let outstanding = 0;
  let notSent = 0;
  let failed = 0;
  const pending = [];
  const started = performance.now();
  const tickMs = 10;
  let sent = 0;
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      const elapsed = (performance.now() - started) / 1000;
      if (elapsed >= seconds) {
        clearInterval(timer);
        resolve();
        return;
      }
      const due = Math.floor(elapsed * rate) - sent;
      for (let i = 0; i < due; i++) {
        sent++;
        if (outstanding >= maxOutstanding) {
          notSent++;
          continue;
        }
        outstanding++;
        const t0 = performance.now();
        pending.push(
          pool
            .request({
              method: 'POST',
              path: pathname,
              headers: { 'content-type': 'application/json' },
              body: makeBody(),
            })
            .then(async (response) => {
              await response.body.dump();
              const ms = performance.now() - t0;
              if (!latencies.has(response.statusCode)) latencies.set(response.statusCode, []);
              latencies.get(response.statusCode).push(ms);
            })
            .catch(() => failed++)
            .finally(() => outstanding--),
        );
      }
    }, tickMs);
  });
  await Promise.all(pending);
  await pool.close();
  const byStatus = {};
  for (const [status, values] of latencies) {
    values.sort((a, b) => a - b);
    byStatus[status] = {
      count: values.length,
      p50: Math.round(percentile(values, 50)),
      p99: Math.round(percentile(values, 99)),
      max: Math.round(values[values.length - 1]),
    };
  }
  return { offeredPerSecond: rate, seconds, sent, notSent, failed, byStatus };
}

module.exports = { openLoop };
