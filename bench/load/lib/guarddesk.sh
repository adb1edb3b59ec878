# Guarddesk under test: the WAR the build leaves in target/, on Payara Micro, against the benchmark's
# PostgreSQL. Sourced by bench/load/run.

GD_PID=""

gd_build_if_stale() {
    if [[ -f target/ROOT.war && -f target/payara-micro.jar ]] \
        && [[ -z $(find src pom.xml -newer target/ROOT.war -print -quit) ]]; then
        return
    fi
    say "Building the WAR (mvn -o -q package -DskipTests)"
    mvn -o -q package -DskipTests >"$BENCH_DIR/build.log" 2>&1 || die "the build failed; see $BENCH_DIR/build.log"
}

# Start Guarddesk in the background; GD_STARTED_AT is the launch time in ms.
#   $1: true to let it load the demo staff into an empty database (first start only)
gd_start() {
    local demo="$1"
    GD_LOG="$BENCH_DIR/guarddesk.log"
    if [[ "$demo" == true ]]; then
        GD_LOG="$BENCH_DIR/guarddesk-first-start.log"
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$GD_PORT") 2>/dev/null; then
        die "port $GD_PORT is already in use (Payara Micro would hang on it); stop what listens there or use --port"
    fi
    # Rate limits far above the load, so the benchmark measures the work and not the 429s; no SMTP
    # host, so mail goes to the dev mailbox table (the relay still claims and marks every row).
    GD_STARTED_AT=$(date +%s%3N)
    env -u GUARDDESK_SMTP_HOST \
        GUARDDESK_DB_DRIVER=org.postgresql.ds.PGSimpleDataSource \
        GUARDDESK_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/guarddesk" \
        GUARDDESK_DB_USER=guarddesk GUARDDESK_DB_PASSWORD=guarddesk \
        GUARDDESK_DEMO_DATA="$demo" \
        GUARDDESK_PUBLIC_URL="http://localhost:$GD_PORT" \
        GUARDDESK_LIMITS_PER_CLIENT_PER_HOUR=1000000000 \
        GUARDDESK_LIMITS_PER_ADDRESS_PER_HOUR=1000000 \
        GUARDDESK_LIMITS_CONFIRMATION_MAILS_PER_ADDRESS_PER_HOUR=1000000 \
        GUARDDESK_LIMITS_CONFIRMATION_MAILS_PER_ADDRESS_PER_DAY=1000000 \
        GUARDDESK_LIMITS_FAILED_SIGN_INS_PER_CLIENT_PER_HOUR=1000000 \
        java $JAVA_OPTS -jar target/payara-micro.jar \
            --deploy target/ROOT.war --contextroot / \
            --port "$GD_PORT" --nocluster --disablephonehome \
            --prebootcommandfile payara-config/pre-boot-commands.asadmin \
            >"$GD_LOG" 2>&1 &
    GD_PID=$!
}

# Wait until the first request is answered; prints the time from launch in ms.
gd_wait_ready() {
    local deadline=$((SECONDS + STARTUP_TIMEOUT))
    while ((SECONDS < deadline)); do
        if ! kill -0 "$GD_PID" 2>/dev/null; then
            tail -30 "$GD_LOG" >&2
            die "Guarddesk exited during startup; see $GD_LOG"
        fi
        if curl -fsS -o /dev/null --max-time 2 "$GD_URL/health" 2>/dev/null; then
            echo $(($(date +%s%3N) - GD_STARTED_AT))
            return
        fi
        sleep 0.1
    done
    die "Guarddesk did not answer within $STARTUP_TIMEOUT s; see $GD_LOG"
}

gd_stop() {
    if [[ -n "$GD_PID" ]] && kill -0 "$GD_PID" 2>/dev/null; then
        say "Stopping Guarddesk (pid $GD_PID)"
        kill "$GD_PID" 2>/dev/null || true
        for _ in $(seq 1 300); do
            kill -0 "$GD_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$GD_PID" 2>/dev/null || true
        wait "$GD_PID" 2>/dev/null || true
    fi
    GD_PID=""
}

gd_rss_kb() {
    awk '/^VmRSS:/ {print $2}' "/proc/$GD_PID/status"
}

# A personal API token for each benchmark agent, created through the API with HTTP Basic once; the
# load itself uses only Bearer (Basic checks a password and appends an audit entry per request).
gd_create_tokens() {
    local count="$1" file="$2" user
    : >"$file"
    for n in $(seq 1 "$count"); do
        user=$(printf 'bench-agent-%02d' "$n")
        curl -fsS --max-time 30 -u "$user:demo-agent" -H 'Content-Type: application/json' \
            -d '{"name":"load benchmark"}' "$GD_URL/api/me/tokens" | jq -er .token >>"$file" \
            || die "could not create an API token for $user"
    done
}

# Signs in on the staff form like a browser (GET the form, POST it with its view state); prints the
# session cookie (JSESSIONID=…) that the page scenarios send.
gd_page_session() {
    local user="$1" password="$2" jar="$BENCH_DIR/cookies-$1.txt" page view_state action
    rm -f "$jar"
    page=$(curl -fsS --max-time 30 -c "$jar" -b "$jar" "$GD_URL/login")
    view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
    action=$(grep -o '<form[^>]*id="login-form"[^>]*>' <<<"$page" | grep -o 'action="[^"]*"' | sed 's/action="\([^"]*\)"/\1/; s/&amp;/\&/g')
    [[ -n "$view_state" && -n "$action" ]] || die "the sign-in page has no form with a view state; is this Guarddesk?"
    local location
    location=$(curl -sS --max-time 30 -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "login-form=login-form" --data-urlencode "login-form:username=$user" \
        --data-urlencode "login-form:password=$password" --data-urlencode "login-form:next=" \
        --data-urlencode "login-form:signin=" --data-urlencode "jakarta.faces.ViewState=$view_state" \
        "$GD_URL$action")
    [[ -n "$location" && "$location" != *"/login"* ]] || die "page sign-in as $user failed (redirect to '$location')"
    awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar" | tail -1
}

# Waits (up to 90 s) until the JIT has compiled what the warm-up made hot: its C2 queue under ten
# methods. On 2 cores the compiler takes a whole core for minutes after each new kind of load, and
# a run measured during that measures the compiler too. Prints the seconds waited.
gd_wait_jit_settled() {
    local waited=0 queued
    command -v jcmd >/dev/null || { echo 0; return; }
    while ((waited < 90)); do
        queued=$(jcmd "$GD_PID" Compiler.queue 2>/dev/null | sed -n '/C2 compile queue/,$p' | grep -c '^[0-9]' || true)
        ((queued < 10)) && break
        sleep 2
        waited=$((waited + 2))
    done
    echo "$waited"
}
