-- Scenario 2 on the pages: the queue's own AJAX request for a page of the table (what the paginator
-- sends when an agent clicks a page number), POSTed in one of several agents' sessions. Each line of
-- LOAD_BENCH_SESSIONS is a session cookie, a tab, and the form-encoded body for that session's view
-- (its view state and CSP nonce), prepared by bench/load/run after it applied the filter and the
-- sort in that view.
local common = dofile(os.getenv("LOAD_BENCH_LUA") .. "/common.lua")

setup = common.setup
response = common.response
done = common.done

local path
local sessions = {}
local counter = 0
local threads

function init(args)
    threads = common.thread_count()
    path = common.env("LOAD_BENCH_PATH")
    for _, line in ipairs(common.lines(common.env("LOAD_BENCH_SESSIONS"))) do
        local cookie, body = line:match("^([^\t]+)\t(.+)$")
        table.insert(sessions, {
            body = body,
            headers = {
                ["Cookie"] = cookie,
                ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8",
                ["Faces-Request"] = "partial/ajax",
                ["X-Requested-With"] = "XMLHttpRequest",
                ["Accept-Language"] = "en",
            },
        })
    end
end

function request()
    counter = counter + 1
    local session = sessions[(counter * threads + thread_number) % #sessions + 1]
    return wrk.format("POST", path, session.headers, session.body)
end
