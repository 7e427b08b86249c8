-- wrk script: POSTs GraphQL bodies read from BODIES_FILE (one JSON body per line), round-robin per
-- thread, and prints exact p50/p95/p99 and the error count as one JSON line at the end.
local bodies = {}
local index = 0
local errors = 0

function init(args)
  for line in io.lines(os.getenv("BODIES_FILE")) do
    if #line > 0 then table.insert(bodies, line) end
  end
  wrk.method = "POST"
  wrk.headers["content-type"] = "application/json"
end

function request()
  index = index % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[index])
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then errors = errors + 1 end
end

function done(summary, latency, requests)
  io.write(string.format(
    '{"requests":%d,"seconds":%.2f,"rps":%.0f,"p50":%.2f,"p95":%.2f,"p99":%.2f,"non2xx_or_errors":%d,"socket_errors":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
