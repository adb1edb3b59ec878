-- Scenario 1: the public form's API, POST /api/tickets. Every request has an address of its own (so
-- the per-address limit and the confirmation mail limits stay out of the way, as for a crowd of
-- customers) and a card number in the message, so the intake's card masking runs.
local common = dofile(os.getenv("LOAD_BENCH_LUA") .. "/common.lua")

setup = common.setup
response = common.response
done = common.done

local run_id
local counter = 0
local headers = { ["Content-Type"] = "application/json", ["Accept-Language"] = "ja" }

local texts = {
    {
        language = "ja", name = "負荷 試験", category = "BILLING", subject = "今月二重に請求されています",
        message = "お世話になっております。\n先週の注文で同じ金額が二回請求されました。カード番号 4111 1111 1111 1111 "
            .. "（有効期限 12/29）で支払いました。片方の返金をお願いいたします。\nよろしくお願いいたします。",
    },
    {
        language = "en", name = "Load Tester", category = "GENERAL", subject = "Charged twice for one order",
        message = "Hello,\nI was charged twice for my order last week. I paid with the card 4242 4242 4242 4242, "
            .. "expiry 11/28. Could you refund one of the two charges?\nThank you in advance.",
    },
}

function init(args)
    run_id = common.env("LOAD_BENCH_RUN_ID")
end

function request()
    counter = counter + 1
    local text = texts[counter % 2 + 1]
    local email = string.format("load-%s-%d-%d@example.net", run_id, thread_number, counter)
    local body = string.format(
        '{"name":%s,"email":%s,"category":%s,"subject":%s,"message":%s,"language":%s}',
        common.json_string(text.name), common.json_string(email), common.json_string(text.category),
        common.json_string(text.subject), common.json_string(text.message), common.json_string(text.language))
    return wrk.format("POST", "/api/tickets", headers, body)
end
