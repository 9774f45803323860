#!/usr/bin/env bash
# 10,000 idle keep-alive connections and 1,000 slowloris connections against BenchPeer,
# each while wrk keeps loading /static/app.css. Only 127.0.0.1; every load bounded by timeout.
#   usage: bench/idle_and_slowloris.sh [port]   (run from the package root after swift build -c release)
set -u -o pipefail
PORT="${1:-8091}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WWW=/work/shared/bench/peers/data/www
URL="http://127.0.0.1:$PORT/static/app.css"
ulimit -n "$(ulimit -Hn)"

rss() { awk '/^VmRSS:/{print $2}' "/proc/$1/status"; }
hwm() { awk '/^VmHWM:/{print $2}' "/proc/$1/status"; }

"$HERE/../.build/release/BenchPeer" --port "$PORT" --www "$WWW" &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; wait $PID 2>/dev/null' EXIT
sleep 0.5

echo "== baseline: wrk -t1 -c32 -d5s alone"
timeout -k 5 20 wrk -t1 -c32 -d5s --timeout 5s --latency "$URL" | grep -E "Requests/sec|  99%|  50%|Socket errors"
echo "RSS after warm-up: $(rss $PID) KiB"
BASE=$(rss $PID)

echo "== 10000 idle keep-alive connections held 25 s; wrk -c32 -d8s runs meanwhile"
timeout -k 5 60 python3 "$HERE/hold_connections.py" idle 10000 25 "$PORT" &
HOLD=$!
sleep 8
echo "RSS with 10000 idle connections: $(rss $PID) KiB (added $(( $(rss $PID) - BASE )) KiB)"
echo "server connections: $(ss -Htn state established "sport = :$PORT" | wc -l)"
timeout -k 5 20 wrk -t1 -c32 -d8s --timeout 5s --latency "$URL" | grep -E "Requests/sec|  99%|  50%|Socket errors|Non-2xx"
echo "RSS after wrk with idle connections: $(rss $PID) KiB, peak $(hwm $PID) KiB"
wait $HOLD

echo "== 1000 slowloris connections for 25 s (header deadline 10 s -> 408, they reconnect); wrk -c32 -d8s meanwhile"
timeout -k 5 60 python3 "$HERE/hold_connections.py" slowloris 1000 25 "$PORT" &
LORIS=$!
sleep 12
timeout -k 5 20 wrk -t1 -c32 -d8s --timeout 5s --latency "$URL" | grep -E "Requests/sec|  99%|  50%|Socket errors|Non-2xx"
wait $LORIS
echo "final RSS $(rss $PID) KiB, peak $(hwm $PID) KiB"
