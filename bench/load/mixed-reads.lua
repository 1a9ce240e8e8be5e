-- Signed-in mixed reads for run-signed-in-load.sh: each thread walks the path list (one path a line, the file named by the
-- first script argument) from its own offset; the sign-in cookie comes with -H. Anything but a 2xx counts as an error,
-- since a 302 here would be the sign-in page.
-- bad and statuses are globals so that done() can read them from each thread with thread:get.
local paths, next_index, threads = {}, 0, {}
bad, statuses = 0, {}

function setup(thread)
  thread:set("thread_number", #threads)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  next_index = (thread_number or 0) * 7919
end

function request()
  next_index = next_index + 1
  return wrk.format("GET", paths[(next_index % #paths) + 1])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local non2xx, seen = 0, {}
  for _, thread in ipairs(threads) do
    non2xx = non2xx + thread:get("bad")
    for status, count in pairs(thread:get("statuses")) do seen[#seen + 1] = status .. "x" .. count end
  end
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d %d %d %s\n", summary.requests, summary.duration,
    e.connect + e.read + e.write + e.timeout, non2xx, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, summary.bytes, #seen > 0 and table.concat(seen, ",") or "-"))
end
