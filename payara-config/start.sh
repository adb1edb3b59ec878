#!/usr/bin/env bash
# Starts Guarddesk on Payara Micro with the WAR just built (called by `mvn -Prun package`).
# Usage: start.sh PORT
set -euo pipefail

port="${1:-8480}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# Payara Micro hangs instead of exiting when its port is taken: check first, say so clearly.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "ERROR: port $port is already in use. Stop whatever listens there, or choose another port:" >&2
    echo "       mvn -Prun package -Dguarddesk.port=9480" >&2
    exit 1
fi

mkdir -p data
# The embedded default is for trying Guarddesk out: demo staff and tickets unless told otherwise.
export GUARDDESK_DEMO_DATA="${GUARDDESK_DEMO_DATA:-true}"
# Links in mails point here unless told otherwise.
export GUARDDESK_PUBLIC_URL="${GUARDDESK_PUBLIC_URL:-http://localhost:$port}"
url="http://localhost:$port/"

# Announce the URL and the demo sign-ins once the server answers.
server_pid=$$
(
    for _ in $(seq 1 180); do
        kill -0 "$server_pid" 2>/dev/null || exit 0
        if curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
            cat <<BANNER

  ==============================================================
   Guarddesk is running:  $url
   Customer form:         $url
   Staff sign-in:         ${url}login
   Demo sign-ins (user / password):
     agent      / demo-agent        (agent)
     agent2     / demo-agent2       (agent)
     supervisor / demo-supervisor   (supervisor)
     privacy    / demo-privacy      (supervisor, privacy officer)
     admin      / demo-admin        (admin)
   Data: $root/data (H2). Stop with Ctrl+C.
  ==============================================================

BANNER
            exit 0
        fi
        sleep 1
    done
    echo "Guarddesk did not answer on $url within 180 s; see the log above." >&2
) &

exec java ${GUARDDESK_JAVA_OPTS:--Xmx1g} -jar target/payara-micro.jar \
    --deploy target/ROOT.war --contextroot / \
    --port "$port" --nocluster --disablephonehome \
    --prebootcommandfile payara-config/pre-boot-commands.asadmin
