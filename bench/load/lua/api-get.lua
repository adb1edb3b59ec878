-- Scenarios 2 and 3 on the API: GET one of the paths in LOAD_BENCH_PATHS (a queue page, a ticket by
-- reference, a search), chosen at random per request, with the agents' Bearer tokens in turn.
local common = dofile(os.getenv("LOAD_BENCH_LUA") .. "/common.lua")

setup = common.setup
response = common.response
done = common.done

local paths, tokens
local counter = 0

function init(args)
    paths = common.lines(common.env("LOAD_BENCH_PATHS"))
    tokens = common.tokens()
    math.randomseed(os.time() * 100 + thread_number)
end

function request()
    counter = counter + 1
    local path = paths[math.random(#paths)]
    local token = tokens[(counter + thread_number) % #tokens + 1]
    return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end
