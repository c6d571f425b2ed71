#!/usr/bin/env bash
# Benchmark of the Tech Leader Advisor on loopback, in one run of about three minutes:
# start-up time, pages/s and p50/p99 of three pages beside nginx serving the same HTML,
# assessments/s through the JSON API and through the HTML questionnaire, resident memory.
#
#   bench/run.sh [--no-build | --build]
#
#   --no-build   use target/advisor-0.1.0-SNAPSHOT.jar as it is (fail if missing)
#   --build      always rebuild it first
#   (default)    build it only if it is missing or older than src/main or pom.xml
#
# The app runs the way docs/deployment.md recommends for production (BENCH_LAUNCH=fast: laid out
# by bin/prepare-start.sh, with -Dspring.aot.enabled=true); BENCH_LAUNCH=jar runs plain java -jar.
#
# Environment: JAVA_OPTS (app JVM options; default in bench/lib.sh, JAVA_OPTS= for none),
#   BENCH_JAR (benchmark this jar instead of target/…; implies --no-build),
#   APP_ARGS (extra app arguments, e.g. --some.property=value, to try a setting without a rebuild),
#   BENCH_SECONDS (15, each measurement), BENCH_WARMUP (5), BENCH_CONNECTIONS (32),
#   BENCH_THREADS (2), KEEP_WORK=1 to keep the temp dir (app log, saved HTML).
# Needs: java 17 (with jcmd/jstat), wrk, nginx, curl. See docs/performance.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BUILD=auto
for arg in "$@"; do
  case $arg in
    --no-build) BUILD=0 ;;
    --build) BUILD=force ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) die "unknown argument: $arg" ;;
  esac
done

SECS=${BENCH_SECONDS:-15}
WARM=${BENCH_WARMUP:-5}
CONNS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}

need java openjdk-17-jdk-headless; need wrk; need nginx; need curl; need ss iproute2

install_traps
make_workdir
RUN_START=$(now_ms)
prepare_jar "$BUILD"
COMMIT="jar from commit $JAR_COMMIT (git rev-parse --short HEAD: $(git_info))"
DATE=$(date '+%Y-%m-%d %H:%M %Z')

# --- 1. start-up ------------------------------------------------------------------------------
free_port APP_PORT_N
free_port NGINX_PORT_N
JAR_STARTUP=""
if [[ $BENCH_LAUNCH == fast ]]; then
  log "start-up with plain java -jar, for comparison (its own empty database)"
  start_app "$APP_PORT_N" jar "$WORK/data-jar"
  JAR_STARTUP="${STARTUP_MS} ms (Spring ${SPRING_STARTED:-?} s)"
  log "  first 200 from GET / after ${STARTUP_MS} ms"
  stop_app
fi
log "starting the app ($BENCH_LAUNCH launch) on 127.0.0.1:$APP_PORT_N (JAVA_OPTS=${JAVA_OPTS:-<none>})"
start_app "$APP_PORT_N"
log "first 200 from GET / after ${STARTUP_MS} ms (Spring: started in ${SPRING_STARTED:-?} s)"
FIRST_STARTUP_MS=$STARTUP_MS FIRST_SPRING=$SPRING_STARTED FIRST_CPU_MS=$STARTUP_CPU_MS FIRST_OTHER=$STARTUP_OTHER_PCT

# --- 2. tokens --------------------------------------------------------------------------------
for _ in 1 2 3; do SHARE=$(create_assessment); done
DRAFT=$(start_draft)
[[ -n $SHARE && -n $DRAFT ]] || die "could not get a share token and a draft token"
log "share token $SHARE, draft token $DRAFT"

# the exact HTML the app serves (no cookies, no Accept-Encoding: what wrk gets), for nginx
mkdir -p "$WORK/html/q/$DRAFT" "$WORK/html/r"
curl -sf --max-time 10 -o "$WORK/html/index.html" "$APP/"
curl -sf --max-time 10 -o "$WORK/html/q/$DRAFT/1" "$APP/q/$DRAFT/1"
curl -sf --max-time 10 -o "$WORK/html/r/$SHARE" "$APP/r/$SHARE"
start_nginx "$NGINX_PORT_N"
log "nginx serves the same HTML on $NGINX"

WRK=(wrk -t"$THREADS" -c"$CONNS" --timeout 10s --latency)

# wrk_run SECONDS SCRIPT URL : prints the WRK line of the Lua done() function
wrk_run() {
  local out
  out=$(timeout $(( $1 + 30 )) "${WRK[@]}" -d"$1"s -s "$BENCH_DIR/$2" "$3") || die "wrk failed on $3"
  grep '^WRK ' <<<"$out" || die "no WRK line from wrk on $3"
}

# measure KEY SECONDS SCRIPT URL : R[KEY] = the WRK line plus the CPU meters of the interval
measure() {
  local line
  meter_start
  line=$(wrk_run "$2" "$3" "$4")
  R[$1]="$line $(meter_end)"
}

# --- 3. pages: app beside nginx ---------------------------------------------------------------
declare -A R
for page in landing step share; do
  case $page in
    landing) path="/" file="$WORK/html/index.html" ;;
    step) path="/q/$DRAFT/1" file="$WORK/html/q/$DRAFT/1" ;;
    share) path="/r/$SHARE" file="$WORK/html/r/$SHARE" ;;
  esac
  log "page $page ($path): warm-up ${WARM}s, then ${SECS}s against the app and ${SECS}s against nginx"
  wrk_run "$WARM" get.lua "$APP$path" >/dev/null
  measure "$page.app" "$SECS" get.lua "$APP$path"
  wrk_run 2 get.lua "$NGINX$path" >/dev/null
  measure "$page.nginx" "$SECS" get.lua "$NGINX$path"
  R[$page.bytes]=$(wc -c <"$file")
  log "  app:   ${R[$page.app]}"
  log "  nginx: ${R[$page.nginx]}"
done

# --- 4. assessments through the API -----------------------------------------------------------
log "API: warm-up ${WARM}s, then ${SECS}s of POST /api/v1/assessments"
wrk_run "$WARM" post-assessment.lua "$APP/api/v1/assessments" >/dev/null
measure api "$SECS" post-assessment.lua "$APP/api/v1/assessments"
log "  ${R[api]}"

# --- 5. assessments through the HTML questionnaire --------------------------------------------
log "questionnaire: $CONNS walkers, warm-up ${WARM}s, then ${SECS}s of full walks"
java -XX:+UseSerialGC -Xmx256m "$BENCH_DIR/Walker.java" "$APP" "$CONNS" "$SECS" "$WARM" >"$WORK/walker.out" 2>&1 &
WALKER_PID=$!
BG_PIDS+=("$WALKER_PID")
deadline=$(( $(now_ms) + (WARM + 60) * 1000 ))
until grep -q '^COUNTING' "$WORK/walker.out" 2>/dev/null; do
  kill -0 "$WALKER_PID" 2>/dev/null || { cat "$WORK/walker.out" >&2; die "the walker stopped before counting"; }
  (( $(now_ms) < deadline )) || die "the walker did not start"
  sleep 0.1
done
meter_start "$WALKER_PID"
wait_bounded "$WALKER_PID" $(( SECS + 60 )) || die "the walker did not finish"
R[walk]="$(grep '^WALKER ' "$WORK/walker.out") $(meter_end)"
[[ ${R[walk]} == WALKER* ]] || { cat "$WORK/walker.out" >&2; die "no WALKER line"; }
log "  ${R[walk]}"

# --- 6. memory after the load -----------------------------------------------------------------
RSS=$(rss_kib "$APP_PID")
HWM=$(hwm_kib "$APP_PID")
HEAP=$(heap_used_kib "$APP_PID")
HEAP_GC=$(heap_after_gc_kib "$APP_PID")
RSS_GC=$(rss_kib "$APP_PID")

# --- 6b. restart on the data the run made ------------------------------------------------------
log "restarting the app on the same data"
stop_app
start_app "$APP_PORT_N"
RESTART="${STARTUP_MS} ms (Spring ${SPRING_STARTED:-?} s)"
log "  first 200 from GET / after ${STARTUP_MS} ms"

# --- 7. summary -------------------------------------------------------------------------------
f() { kv "${R[$1]}" "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'; }
per() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { if awk "BEGIN { exit !($1) }"; then echo ok; else echo MISSED; fi; }

echo
echo "Tech Leader Advisor benchmark — $DATE"
echo "$COMMIT"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1); jar built $JAR_DATE"
echo "launch: $BENCH_LAUNCH; app JAVA_OPTS: ${JAVA_OPTS:-<none>};${APP_ARGS:+ APP_ARGS: $APP_ARGS;} wrk -t$THREADS -c$CONNS, ${SECS}s per figure after ${WARM}s warm-up; loopback; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(other% = share of the machine's CPU taken by processes that are not part of this benchmark: high means noisy)"
echo
printf '%-8s | %9s %8s %8s %8s | %9s %8s %8s %8s | %7s %6s %6s\n' page "app r/s" "p50 ms" "p99 ms" "cpu ms/r" "nginx r/s" "p50 ms" "p99 ms" "cpu ms/r" app/ngx other% "KB"
for page in landing step share; do
  a=${R[$page.app]} n=${R[$page.nginx]}
  printf '%-8s | %9s %8s %8s %8s | %9s %8s %8s %8s | %7s %6s %6s\n' \
    "$page" "$(kv "$a" rps)" "$(kv "$a" p50_ms)" "$(kv "$a" p99_ms)" "$(per "$(kv "$a" app_cpu_ms)" "$(kv "$a" requests)")" \
    "$(kv "$n" rps)" "$(kv "$n" p50_ms)" "$(kv "$n" p99_ms)" "$(per "$(kv "$n" nginx_cpu_ms)" "$(kv "$n" requests)")" \
    "$(ratio "$(kv "$a" rps)" "$(kv "$n" rps)")" "$(kv "$a" other_pct)/$(kv "$n" other_pct)" "$(( R[$page.bytes] / 1024 ))"
  errs=$(( $(kv "$a" status_errors) + $(kv "$a" socket_errors) + $(kv "$a" timeouts) ))
  if (( errs > 0 )); then echo "  ! $page: $errs errors against the app (status/socket/timeout)"; fi
done
echo

SHARE_RATIO=$(ratio "$(f share.app rps)" "$(f share.nginx rps)")
SHARE_P99=$(f share.app p99_ms)
API_RATE=$(f api created_per_s)
RSS_MIB=$(mib "$RSS")
WALK_ERR=$(f walk errors)
API_ERR=$(( $(f api non201) + $(f api socket_errors) + $(f api timeouts) ))

row() { printf '%-46s %-38s %-11s %s\n' "$@"; }
row figure "this run" target verdict
row "start-up ($BENCH_LAUNCH launch), empty database:" "" "" ""
row "  process start to first 200 on /" "${FIRST_STARTUP_MS} ms (Spring ${FIRST_SPRING:-?} s)" "< 4000 ms" "$(verdict "$FIRST_STARTUP_MS < 4000")"
row "  CPU used by the app until then; other%" "${FIRST_CPU_MS} ms; other ${FIRST_OTHER}%" "" ""
if [[ -n $JAR_STARTUP ]]; then row "  the same with plain java -jar" "$JAR_STARTUP" "" ""; fi
row "  restart on the run's data, to first 200" "$RESTART" "< 4000 ms" "$(verdict "$STARTUP_MS < 4000")"
row "share page /r/{token}: app/nginx req/s" "$SHARE_RATIO ($(f share.app rps) / $(f share.nginx rps))" ">= 0.25" "$(verdict "$SHARE_RATIO >= 0.25")"
row "share page /r/{token}: p99 at $CONNS connections" "$SHARE_P99 ms" "< 50 ms" "$(verdict "$SHARE_P99 < 50")"
row "assessments/s, POST /api/v1/assessments" "$API_RATE (p50 $(f api p50_ms), p99 $(f api p99_ms) ms)" ">= 1000" "$(verdict "$API_RATE >= 1000")"
row "  non-201 / socket errors; app CPU per one" "$API_ERR; $(per "$(f api app_cpu_ms)" "$(f api created)") ms; other $(f api other_pct)%" "0" "$( [[ $API_ERR == 0 ]] && echo ok || echo ERRORS)"
row "assessments/s, HTML questionnaire walks" "$(f walk walks_per_s) (walk p50 $(f walk walk_p50_ms), p99 $(f walk walk_p99_ms) ms)" "-" ""
row "  errors; app CPU per walk (11 requests)" "$WALK_ERR; $(per "$(f walk app_cpu_ms)" "$(f walk walks)") ms; other $(f walk other_pct)%" "0" "$( [[ $WALK_ERR == 0 ]] && echo ok || echo ERRORS)"
row "resident memory (VmRSS) after the load" "$RSS_MIB MiB" "< 400 MiB" "$(verdict "$RSS_MIB < 400")"
row "  peak RSS (VmHWM); RSS after a full GC" "$(mib "$HWM") MiB; $(mib "$RSS_GC") MiB" "" ""
row "  heap used after the load; after a full GC" "$(mib "$HEAP") MiB; $(mib "$HEAP_GC") MiB" "" ""
echo
echo "run took $(( ($(now_ms) - RUN_START) / 1000 )) s"
