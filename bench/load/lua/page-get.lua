-- Scenario 2 on the pages: GET a page (LOAD_BENCH_PATH) as one of several signed-in agents: the
-- session cookies in LOAD_BENCH_COOKIES are taken in turn, as a desk's agents each have their own.
local common = dofile(os.getenv("LOAD_BENCH_LUA") .. "/common.lua")

setup = common.setup
response = common.response
done = common.done

local path, cookies
local counter = 0
local threads

function init(args)
    threads = common.thread_count()
    path = common.env("LOAD_BENCH_PATH")
    cookies = common.lines(common.env("LOAD_BENCH_COOKIES"))
end

function request()
    counter = counter + 1
    local cookie = cookies[(counter * threads + thread_number) % #cookies + 1]
    return wrk.format("GET", path, { ["Cookie"] = cookie, ["Accept"] = "text/html", ["Accept-Language"] = "en" })
end
