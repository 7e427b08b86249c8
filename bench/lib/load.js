/**
 * A closed-loop load generator: `connections` workers each send a request, wait for the answer, send
 * the next, until `durationSeconds` pass. Every latency is kept, so percentiles (p50/p95/p99) are
 * exact rather than read off a coarse histogram. Requests go only to the given local URL.
 */
const { Pool } = require('undici');

/**
 * @param {object} options
 * @param {string} options.url  full URL of the endpoint (e.g. http://127.0.0.1:4000/graphql)
 * @param {number} options.connections
 * @param {number} options.durationSeconds
 * @param {(worker: number, n: number) => {body: string, headers?: Record<string,string>}} options.request
 *        builds the n-th request of a worker (POST)
 * @param {(status: number, body: string) => boolean} [options.ok] decides whether an answer counts as success
 */
async function runLoad({ url, connections, durationSeconds, request, ok = defaultOk }) {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections, pipelining: 1 });
  const latencies = [];
  let failures = 0;
  const firstFailures = [];
  const deadline = Date.now() + durationSeconds * 1000;
  const started = process.hrtime.bigint();
  const worker = async (id) => {
    for (let n = 0; Date.now() < deadline; n++) {
      const { body, headers } = request(id, n);
      const t0 = process.hrtime.bigint();
      try {
        const response = await pool.request({
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        });
        const text = await response.body.text();
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (!ok(response.statusCode, text)) {
          failures++;
          if (firstFailures.length < 3) firstFailures.push(text.slice(0, 300));
        }
      } catch (error) {
        failures++;
        if (firstFailures.length < 3) firstFailures.push(String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => worker(i)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.close();
  return summarise(latencies, failures, seconds, firstFailures);
}

function defaultOk(status, text) {
  return status === 200 && !text.includes('"errors"');
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 100) / 100;
}

function summarise(latencies, failures, seconds, firstFailures) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    requestsPerSecond: Math.round(latencies.length / seconds),
    latencyMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.length ? Math.round(sorted[sorted.length - 1] * 100) / 100 : null,
    },
    ...(firstFailures.length ? { sampleFailures: firstFailures } : {}),
  };
}

module.exports = { runLoad, percentile };
