#!/usr/bin/env bash
# Interleaved nginx vs BenchPeer on /static/app.css: ROUNDS x {nginx, ours} x {c32, c256},
# short wrk runs back to back, so both see the same background load; prints medians.
# Same wrk parameters as run.sh (-t1, --timeout 5s, --latency). Only 127.0.0.1; every run bounded.
#   usage: bench/alternate.sh [unpinned|pinned] [rounds] [seconds]
set -u -o pipefail
MODE="${1:-unpinned}"; ROUNDS="${2:-5}"; SECS="${3:-4}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PEERS=/work/shared/bench/peers
WWW="$PEERS/data/www"
TMP="$(mktemp -d)"
SRV=(); CLI=()
if [[ "$MODE" == pinned ]]; then SRV=(taskset -c 1); CLI=(taskset -c 0); fi
sed -e "s#@PORT@#8084#g" -e "s#@ROOT@#$WWW#g" -e "s#@TMP@#$TMP#g" "$PEERS/peer-nginx/nginx.conf.in" > "$TMP/nginx.conf"
"${SRV[@]}" nginx -p "$TMP" -c "$TMP/nginx.conf" -g 'daemon off;' > /dev/null 2>&1 &
NGINX=$!
"${SRV[@]}" "$HERE/../.build/release/BenchPeer" --port 8090 --www "$WWW" > /dev/null 2>&1 &
OURS=$!
trap 'kill -TERM $NGINX $OURS 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"' EXIT
sleep 1
for port in 8084 8090; do timeout -k 5 10 "${CLI[@]}" wrk -t1 -c32 -d2s "http://127.0.0.1:$port/static/app.css" > /dev/null; done
for round in $(seq "$ROUNDS"); do
  for conns in 32 256; do
    for port in 8084 8090; do
      out=$(timeout -k 5 $((SECS + 10)) "${CLI[@]}" wrk -t1 -c"$conns" -d"${SECS}s" --timeout 5s --latency "http://127.0.0.1:$port/static/app.css")
      rps=$(awk '/Requests\/sec/{print $2}' <<< "$out")
      p99=$(awk '$1=="99%"{print $2}' <<< "$out")
      name=$([[ $port == 8084 ]] && echo nginx || echo ours)
      echo "$round $name $conns $rps $p99"
    done
  done
done | tee "$TMP/rows.txt"
echo "median over $ROUNDS rounds ($MODE, ${SECS}s each):"
python3 - "$TMP/rows.txt" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
def ms(v):
    return float(v[:-2]) if v.endswith("ms") else float(v[:-2]) / 1000 if v.endswith("us") else float(v[:-1]) * 1000
for conns in ("32", "256"):
    med = {}
    for name in ("nginx", "ours"):
        sel = [r for r in rows if r[1] == name and r[2] == conns]
        med[name] = (statistics.median(float(r[3]) for r in sel), statistics.median(ms(r[4]) for r in sel))
        print(f"  {name:5} c{conns:<3} req/s {med[name][0]:9.0f}  p99 {med[name][1]:7.2f} ms")
    print(f"  ours/nginx c{conns}: {med['ours'][0] / med['nginx'][0]:.2f}x")
PY
