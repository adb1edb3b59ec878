-- Shared by the scenario scripts (loaded with dofile from LOAD_BENCH_LUA): input files, per-thread
-- numbering, the check of every answer, and the machine-readable lines that bench/load/run parses.

local common = {}

-- Each wrk thread gets its number (1..threads) before its init() runs. The thread count comes from
-- the environment: wrk starts a thread right after its setup(), so a later setup() must not write
-- into a thread that is already running.
local thread_counter = 0
local threads = {}

function common.setup(thread)
    thread_counter = thread_counter + 1
    thread:set("thread_number", thread_counter)
    table.insert(threads, thread)
end

function common.env(name, default)
    local value = os.getenv(name)
    if value == nil or value == "" then
        if default == nil then
            error("environment variable " .. name .. " is not set")
        end
        return default
    end
    return value
end

function common.thread_count()
    return tonumber(common.env("LOAD_BENCH_THREADS"))
end

function common.lines(path)
    local list = {}
    local file = io.open(path, "r")
    if file == nil then
        error("cannot read " .. tostring(path))
    end
    for line in file:lines() do
        if line ~= "" then
            table.insert(list, line)
        end
    end
    file:close()
    if #list == 0 then
        error(path .. " is empty")
    end
    return list
end

function common.json_string(text)
    return '"' .. text:gsub('[%c"\\]', function(c)
        if c == "\n" then return "\\n" end
        if c == '"' then return '\\"' end
        if c == "\\" then return "\\\\" end
        return string.format("\\u%04x", string.byte(c))
    end) .. '"'
end

-- Bearer tokens of the benchmark agents, taken in turn: a token's row is updated on every use, so
-- the load spreads over several staff members as it would in a real desk.
function common.tokens()
    return common.lines(common.env("LOAD_BENCH_TOKENS"))
end

-- Every answer must be below 400 and hold LOAD_BENCH_EXPECT (a piece of text only the right answer
-- has): a sign-in page, an error page or a 200 that says something else counts as wrong, not as a
-- success. Counts live in each thread's globals and are added up in done().
local expect = os.getenv("LOAD_BENCH_EXPECT")
local counted_statuses = { 200, 201, 202, 204, 302, 303, 400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 502, 503 }
unexpected = 0
wrong_sample = ""

function common.response(status, headers, body)
    local name = "status_" .. status
    _G[name] = (_G[name] or 0) + 1
    if status >= 400 or (expect ~= nil and expect ~= "" and (body == nil or not string.find(body, expect, 1, true))) then
        unexpected = unexpected + 1
        if wrong_sample == "" then
            wrong_sample = status .. " " .. string.sub((body or ""):gsub("%s+", " "), 1, 300)
        end
    end
end

-- Lines for the run script: counts, rate and latency percentiles (µs) of this wrk run and the
-- answers by status; and the first wrong answer each thread saw.
function common.done(summary, latency, requests)
    local errors = summary.errors
    local wrong = 0
    local statuses = {}
    for _, thread in ipairs(threads) do
        wrong = wrong + (thread:get("unexpected") or 0)
        for _, code in ipairs(counted_statuses) do
            local n = thread:get("status_" .. code)
            if n ~= nil and n > 0 then
                statuses[code] = (statuses[code] or 0) + n
            end
        end
        local sample = thread:get("wrong_sample")
        if sample ~= nil and sample ~= "" then
            io.write("WRK_WRONG_ANSWER " .. sample .. "\n")
        end
    end
    local by_status = {}
    for _, code in ipairs(counted_statuses) do
        if statuses[code] then
            table.insert(by_status, code .. ":" .. statuses[code])
        end
    end
    io.write(string.format(
        "WRK_RESULT requests=%d duration_us=%d rps=%.2f p50_us=%d p90_us=%d p99_us=%d max_us=%d "
            .. "errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d unexpected=%d statuses=%s\n",
        summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
        errors.connect, errors.read, errors.write, errors.status, errors.timeout, wrong, table.concat(by_status, ",")))
end

return common
