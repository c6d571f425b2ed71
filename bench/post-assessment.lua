-- wrk script: POST /api/v1/assessments with a complete set of answers.
-- Counts responses that are not 201 per status (response() hook) and prints one parsable line.
-- Usage: wrk -t2 -c32 -d15s --latency -s bench/post-assessment.lua http://127.0.0.1:PORT/api/v1/assessments

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = '{"answers": {"focus":"PROCESS","audience":"EMPLOYEES","challenge":"LEGACY_SYSTEMS",' ..
  '"success_measure":"BUSINESS_OUTCOME","company_size":"MEDIUM","tech_team":"ESTABLISHED",' ..
  '"regulation":"MODERATE","budget":"FULL_TIME","need_pattern":"ONGOING","involvement":"LEAD_TEAM"}}'

local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  created = 0
  other = {}
end

response = function(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other[status] = (other[status] or 0) + 1
  end
end

done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local total_created, bad, kinds = 0, 0, {}
  for _, t in ipairs(threads) do
    total_created = total_created + t:get("created")
    for status, n in pairs(t:get("other")) do
      bad = bad + n
      kinds[status] = (kinds[status] or 0) + n
    end
  end
  local detail = {}
  for status, n in pairs(kinds) do table.insert(detail, status .. ":" .. n) end
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d seconds=%.2f rps=%.1f created=%d created_per_s=%.1f non201=%d non201_kinds=%s " ..
    "p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f status_errors=%d socket_errors=%d timeouts=%d\n",
    summary.requests, secs, summary.requests / secs, total_created, total_created / secs, bad,
    (#detail > 0) and table.concat(detail, ",") or "-",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect + e.read + e.write, e.timeout))
end
