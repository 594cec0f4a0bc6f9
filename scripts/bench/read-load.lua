-- wrk's report for the read-load bench (scripts/bench/wrk-load.ts): one JSON line, latencies in milliseconds.
-- Non-2xx/3xx answers are wrk's status errors; a response cut short is a read error.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d,"p50":%.1f,"p95":%.1f,"p99":%.1f}\n',
    summary.requests, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
