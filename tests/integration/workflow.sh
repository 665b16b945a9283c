#!/usr/bin/env bash
# The reference workflow, scripted with primectl against a local prime-sandbox:
# create user -> key -> allow-list -> batch -> settle each leg -> wait until completed.
# Usage: workflow.sh PATH/TO/primectl PATH/TO/prime-sandbox
set -euo pipefail

primectl=${1:?path to primectl}
sandbox=${2:?path to prime-sandbox}

work=$(mktemp -d)
sandbox_pid=
cleanup() {
    if [[ -n $sandbox_pid ]]; then kill "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "workflow: FAILED: $*" >&2; exit 1; }

# One field of a JSON document on stdin (jq when installed, else python3).
field() {
    if command -v jq >/dev/null; then jq -r "$1"; else
        python3 -c 'import json,re,sys
v=json.load(sys.stdin)
for p in re.sub(r"\[(\d+)\]", r".\1", sys.argv[1]).lstrip(".").split("."):
    v = v[int(p)] if p.isdigit() else v[p]
print(str(v).lower() if isinstance(v,bool) else v)' "$1"
    fi
}
legs() { # "ASSET can_settle" per line
    if command -v jq >/dev/null; then jq -r '.legs[] | "\(.asset) \(.can_settle)"'; else
        python3 -c 'import json,sys
for l in json.load(sys.stdin)["legs"]: print(l["asset"], str(l["can_settle"]).lower())'
    fi
}

# A private home: nonce marks and settings stay inside $work.
export HOME=$work XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache

# Start the sandbox on a free loopback port (retry if another process takes it first).
for attempt in 1 2 3 4 5; do
    port=$(( 20000 + RANDOM % 20000 ))
    "$sandbox" --listen "127.0.0.1:$port" --seed empty --credentials-out "$work/creds.json" \
        --confirm-delay 300 --transfer-delay 300 --complete-delay 300 --quiet >"$work/sandbox.log" 2>&1 &
    sandbox_pid=$!
    for _ in $(seq 50); do [[ -s $work/creds.json ]] && break; kill -0 "$sandbox_pid" 2>/dev/null || break; sleep 0.1; done
    [[ -s $work/creds.json ]] && break
    wait "$sandbox_pid" 2>/dev/null || true
    sandbox_pid=
done
[[ -s $work/creds.json ]] || fail "prime-sandbox did not start: $(cat "$work/sandbox.log")"

url=$(field .url <"$work/creds.json")
export PRIME_API_URL=$url
export PRIME_API_KEY=$(field .api_key <"$work/creds.json")
umask 077
field .api_secret <"$work/creds.json" >"$work/admin.secret"
export PRIME_API_SECRET_FILE=$work/admin.secret

# 1. Create an API user.
user=$("$primectl" users create --name "Workflow Bot" --role Trader | field .id)
[[ -n $user ]] || fail "no user id"
[[ $("$primectl" users get "$user" | field .status) == Enabled ]] || fail "user not enabled"

# 2. Issue a key; without a profile the secret must be shown (stdout is its only copy).
"$primectl" keys create "$user" --show-secret >"$work/key.json"
key=$(field .id <"$work/key.json")
[[ -n $(field .api_secret <"$work/key.json") ]] || fail "no secret printed"

# 3. Allow-list the key.
ips=$("$primectl" keys set-ips "$user" "$key" --ips 192.0.2.10,192.0.2.11 | field '.whitelisted_ips[1]')
[[ $ips == 192.0.2.11 ]] || fail "allow-list not set"

# Trades to settle (the sandbox's control API books them).
curl_post() { python3 - "$1" "$2" <<'PY'
import sys, urllib.request
req = urllib.request.Request(sys.argv[1], data=sys.argv[2].encode(), method="POST",
                             headers={"Content-Type": "application/json"})
urllib.request.urlopen(req, timeout=10).read()
PY
}
curl_post "$url/sandbox/trades" '{"asset":"BTC","amount":"0.75"}'
curl_post "$url/sandbox/trades" '{"asset":"EUR","amount":"-31000.55"}'

# 4. Create the batch and wait until Kraken confirms it.
batch=$("$primectl" batches create | field .id)
[[ -n $batch ]] || fail "no batch id"
"$primectl" batches wait "$batch" --for confirmed --timeout 60 >/dev/null || fail "batch not confirmed"

# 5. Settle each leg.
settled=0
while read -r asset can_settle; do
    [[ $can_settle == true ]] || continue
    status=$("$primectl" batches settle "$batch" "$asset" --yes | field .attributes.transfer_status)
    [[ -n $status ]] || fail "no transfer for $asset"
    settled=$((settled + 1))
done < <("$primectl" batches get "$batch" | legs)
[[ $settled == 2 ]] || fail "settled $settled legs, expected 2"

# 6. Wait until the batch is completed.
final=$("$primectl" batches wait "$batch" --for completed --timeout 60 | field .attributes.status)
[[ $final == completed ]] || fail "batch is $final"

"$primectl" batches export "$batch" --csv "$work/batch.csv" >/dev/null
grep -q ',EUR,outgoing,31000.55,settled,' "$work/batch.csv" || fail "CSV lacks the EUR leg: $(cat "$work/batch.csv")"

# A script without a terminal must not be asked: settle without --yes refuses (usage, exit 2).
set +e
"$primectl" keys revoke "$user" "$key" 2>/dev/null
code=$?
set -e
[[ $code == 2 ]] || fail "revoke without --yes exited $code"

echo "workflow: OK (user $user, key $key, batch $batch completed)"
