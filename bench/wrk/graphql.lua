-- wrk script: POSTs GraphQL bodies read from BODIES_FILE (one JSON body per line) in order, each
-- thread from its own place in the sequence, and prints exact p50/p95/p99, the error count and the
-- share of answers served by the gateway's response cache (an Age header) as one JSON line at the end.
local bodies = {}
local index = 0
-- Globals, not locals: done() reads them from each thread with thread:get().
errors = 0
hits = 0
local threads = {}
local started = 0

function setup(thread)
  started = started + 1
  thread:set("offset", started * 9973)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BODIES_FILE")) do
    if #line > 0 then table.insert(bodies, line) end
  end
  index = (offset or 0) % #bodies
  wrk.method = "POST"
  wrk.headers["content-type"] = "application/json"
end

function request()
  index = index % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[index])
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then errors = errors + 1 end
  if headers["age"] ~= nil or headers["Age"] ~= nil then hits = hits + 1 end
end

function done(summary, latency, requests)
  local cached, failed = 0, 0
  for _, thread in ipairs(threads) do
    cached = cached + (thread:get("hits") or 0)
    failed = failed + (thread:get("errors") or 0)
  end
  io.write(string.format(
    '{"requests":%d,"seconds":%.2f,"rps":%.0f,"p50":%.2f,"p95":%.2f,"p99":%.2f,"non2xx_or_errors":%d,"socket_errors":%d,"cache_hit_ratio":%.3f}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    math.max(summary.errors.status, failed), summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    cached / math.max(summary.requests, 1)))
end
