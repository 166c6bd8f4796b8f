#!/usr/bin/env bash
# Generates a large council's decade (generate --scale N, default 10) into a throw-away data directory, starts
# the packaged application on it, signs in and prints the median response time of the directory pages.
# Usage: scripts/benchmark-directory.sh [scale]   (run ./mvnw -DskipTests package first)
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-10}
jar=target/scrutineer.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 1; }
data=$(mktemp -d)
port=${BENCHMARK_PORT:-18080}
export SCRUTINEER_DATA_DIR=$data SCRUTINEER_LOG_FORMAT= SERVER_PORT=$port
trap 'kill $server 2>/dev/null || true; rm -rf "$data" "$jar_cookies"' EXIT
jar_cookies=$(mktemp)

echo "== generate --scale $scale"
/usr/bin/time -f "generate wall time: %e s" java -jar "$jar" generate --scale "$scale" | grep -E '^Generated'

java -jar "$jar" > "$data/server.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf "localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
csrf=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$jar_cookies" -b "$jar_cookies" -o /dev/null -d "username=admin&password=demo&_csrf=$csrf" "localhost:$port/login"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "== median of 20 requests after 10 warm-up requests (ms)"
for path in /directory /directory/people '/directory/people?name=patel' '/directory/people?page=20' \
            /directory/people/500 /directory/committees /directory/committees/20 '/directory/committees/20?past=true' \
            /directory/portfolios /admin/audit '/api/v1/people?name=singh'; do
    for _ in $(seq 1 10); do curl -s -b "$jar_cookies" -o /dev/null "localhost:$port$path"; done
    ms=$(for _ in $(seq 1 20); do curl -s -b "$jar_cookies" -o /dev/null -w '%{time_total}\n' "localhost:$port$path"; done \
        | awk '{printf "%.1f\n", $1 * 1000}' | median)
    status=$(curl -s -b "$jar_cookies" -o /dev/null -w '%{http_code}' "localhost:$port$path")
    printf '%-40s %s  %6s ms\n' "$path" "$status" "$ms"
done
