-- Scenario 2 on the pages: GET a page (LOAD_BENCH_PATH) with a signed-in staff session (Cookie).
local common = dofile(os.getenv("LOAD_BENCH_LUA") .. "/common.lua")

setup = common.setup
response = common.response
done = common.done

local path, headers

function init(args)
    path = common.env("LOAD_BENCH_PATH")
    headers = { ["Cookie"] = common.env("LOAD_BENCH_COOKIE"), ["Accept"] = "text/html", ["Accept-Language"] = "en" }
end

function request()
    return wrk.format("GET", path, headers)
end
