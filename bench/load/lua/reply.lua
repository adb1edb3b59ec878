-- Scenario 4: POST /api/tickets/{reference}/replies on tickets whose requester is verified, a
-- different ticket for every request (a shuffled list; thread t takes entries t, t + threads, …
-- from LOAD_BENCH_OFFSET on). Each reply passes the guard's scan against the whole directory and
-- writes its notification mail to the outbox.
local common = dofile(os.getenv("LOAD_BENCH_LUA") .. "/common.lua")

setup = common.setup
response = common.response
done = common.done

local references, tokens, offset, thread_count
local counter = 0
local headers = { ["Content-Type"] = "application/json" }

local bodies = {
    common.json_string("いつもご利用いただきありがとうございます。\nご注文の商品を確認し、本日代わりの品を発送いたしました。"
        .. "到着まで二、三日お待ちください。\n今後ともよろしくお願いいたします。"),
    common.json_string("Thank you for your patience.\nWe have checked your order and shipped a replacement today; "
        .. "it should arrive within two or three days.\nBest regards,\nSupport team"),
}

function init(args)
    references = common.lines(common.env("LOAD_BENCH_REFERENCES"))
    tokens = common.tokens()
    offset = tonumber(common.env("LOAD_BENCH_OFFSET", "0"))
    thread_count = common.thread_count()
end

function request()
    local index = (offset + (thread_number - 1) + counter * thread_count) % #references + 1
    counter = counter + 1
    headers["Authorization"] = "Bearer " .. tokens[(counter + thread_number) % #tokens + 1]
    local body = '{"body":' .. bodies[counter % 2 + 1] .. '}'
    return wrk.format("POST", "/api/tickets/" .. references[index] .. "/replies", headers, body)
end
