-- wrk script for plain GETs: no per-request Lua (so wrk stays cheap), one parsable line at the end.
-- Usage: wrk -t2 -c32 -d15s --latency -s bench/get.lua URL

done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "bytes=%d status_errors=%d socket_errors=%d timeouts=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.bytes, e.status, e.connect + e.read + e.write, e.timeout))
end
