-- Scenario 2 on the pages: the queue's own AJAX request for a page of the table (what the paginator
-- sends when an agent clicks a page), POSTed with the session cookie, the view's state and the
-- page's CSP nonce. The body (LOAD_BENCH_BODY, form-encoded) is prepared by bench/load/run after it
-- applied the filter and the sort in the same view.
local common = dofile(os.getenv("LOAD_BENCH_LUA") .. "/common.lua")

setup = common.setup
response = common.response
done = common.done

local path, headers, body

function init(args)
    path = common.env("LOAD_BENCH_PATH")
    body = common.lines(common.env("LOAD_BENCH_BODY"))[1]
    headers = {
        ["Cookie"] = common.env("LOAD_BENCH_COOKIE"),
        ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8",
        ["Faces-Request"] = "partial/ajax",
        ["X-Requested-With"] = "XMLHttpRequest",
        ["Accept-Language"] = "en",
    }
end

function request()
    return wrk.format("POST", path, headers, body)
end
