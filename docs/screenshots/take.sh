#!/bin/bash
# Takes the README's screenshots of the real studio: starts `connect-studio --lab` on a virtual
# display, registers the lab's SQLite source and sink over the worker's REST API, places orders
# through the Order service, then clicks through the views with xdotool and saves each one.
#
#   bash docs/screenshots/take.sh [en|ko] [out-dir]     (default: en, docs/screenshots)
#
# Needs Xvfb, xdotool, imagemagick and curl. The lab binds 8081, 8083 and 9092: as root the script
# runs in a network namespace of its own (unshare -n), so a lab or a test already running on this
# machine is not disturbed. Click positions are for the 1500x920 English layout.
set -euo pipefail

lang=${1:-en}
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=$(realpath -m "${2:-$repo/docs/screenshots}")
if [ "${CS_SHOT_INSIDE:-}" != 1 ] && [ "$(id -u)" = 0 ] && unshare -n true 2>/dev/null; then
    exec env CS_SHOT_INSIDE=1 unshare -n bash "$0" "$lang" "$out"
fi
[ "${CS_SHOT_INSIDE:-}" = 1 ] && ip link set lo up

work=$(mktemp -d)
trap 'kill $studio $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" "$out" && chmod 700 "$XDG_RUNTIME_DIR"
if [ "$lang" = ko ]; then export LANG=ko_KR.UTF-8; else export LANG=en_US.UTF-8; fi

Xvfb :77 -screen 0 1500x920x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=:77
sleep 1

view() { # the navigation entry of view $1 (0 = Lab ... 5 = Logs)
    xdotool mousemove 60 $((97 + 40 * $1)) click 1
    sleep "${2:-2}"
}
shot() { import -window root "$out/$1.png"; echo "$out/$1.png"; }
post() { curl -sf -X POST -H 'Content-Type: application/json' "$1" -d "$2" >/dev/null; }
start() {
    "$repo/build/bin/connect-studio" --lab >"$work/studio.log" 2>&1 &
    studio=$!
    for _ in $(seq 100); do curl -sf localhost:8083/ >/dev/null && curl -sf localhost:8081/orders >/dev/null && break; sleep 0.2; done
    window=$(xdotool search --name 'Connect Studio' | head -1)
    xdotool windowmove "$window" 0 0 windowsize "$window" 1500 920
    sleep 1
}

start
lab=$XDG_DATA_HOME/connect-studio/lab
post localhost:8083/connectors '{"name":"sqlite-source-connect","config":{"connector.class":"io.confluent.connect.jdbc.JdbcSourceConnector","connection.url":"jdbc:sqlite:'"$lab"'/lab-source.db","mode":"incrementing","incrementing.column.name":"ID","table.whitelist":"ORDER_TABLE","topic.prefix":"CONNECT_","tasks.max":"1"}}'
for m in "1st OrderPlaced." "2nd OrderPlaced." "3rd OrderPlaced."; do
    post localhost:8081/orders "{\"message\":\"$m\"}"
done
sleep 2
post localhost:8083/connectors '{"name":"sqlite-sink-connect","config":{"connector.class":"io.confluent.connect.jdbc.JdbcSinkConnector","connection.url":"jdbc:sqlite:'"$lab"'/lab-target.db","auto.create":"true","auto.evolve":"true","tasks.max":"1","topics":"CONNECT_ORDER_TABLE"}}'
for _ in $(seq 50); do curl -sf localhost:8081/syncOrders | grep -q 3rd && break; sleep 0.2; done
sleep 2

shot lab
view 1 && xdotool mousemove 311 216 click 1 && sleep 2 && shot connectors
xdotool mousemove 1393 133 click 1 && sleep 2 # New connector…
xdotool mousemove 1272 164 click 1 && sleep 1 # Preset
xdotool mousemove 1265 231 click 1 && sleep 4 # SQLite source
xdotool mousemove 900 500 click --repeat 15 --delay 50 5 && sleep 1
shot connectors-form
view 2 && xdotool mousemove 321 180 click 1 && sleep 2 # CONNECT_ORDER_TABLE
xdotool mousemove 1100 257 click 1 && sleep 1          # its first record
xdotool mousemove 858 497 click 1 && sleep 1           # Schema and payload
shot topics
view 3 3 && xdotool mousemove 323 186 click 1 && sleep 2 # ORDER_TABLE
xdotool mousemove 1188 192 click 1                       # Auto-refresh
post localhost:8081/orders '{"message":"4th OrderPlaced."}'
sleep 4
shot tables
view 4 4 && shot ports
view 5 && shot logs
