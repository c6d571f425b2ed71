#!/usr/bin/env bash
# Benchmark of the Tech Leader Advisor on loopback, in one run of about three minutes:
# start-up time, pages/s and p50/p99 of three pages beside nginx serving the same HTML,
# assessments/s through the JSON API and through the HTML questionnaire, resident memory.
#
#   bench/run.sh [--no-build | --build] [--plain | --both]
#
#   --no-build   use target/advisor-0.1.0-SNAPSHOT.jar as it is (fail if missing)
#   --build      always rebuild it first
#   (default)    build it only if it is missing or older than src/main or pom.xml
#   --plain      BENCH_LAUNCH=plain: plain java -jar with no JVM option at all (the JVM's defaults)
#   --both       BENCH_LAUNCH=both: first a plain run, then a run of the production launch, and
#                a summary of each
#
# By default the app runs the way docs/deployment.md recommends for production (BENCH_LAUNCH=fast:
# laid out by bin/prepare-start.sh, JAVA_OPTS, -Dspring.aot.enabled=true); BENCH_LAUNCH=jar runs
# java $JAVA_OPTS -jar; BENCH_LAUNCH=plain runs plain java -jar, ignoring JAVA_OPTS.
#
# Environment: JAVA_OPTS (app JVM options; default in bench/lib.sh, JAVA_OPTS= for none),
#   BENCH_JAR (benchmark this jar instead of target/…; implies --no-build),
#   APP_ARGS (extra app arguments, e.g. --some.property=value, to try a setting without a rebuild),
#   BENCH_RATE_LIMITS (false: the app runs with --advisor.rate-limits.enabled=false; true keeps them on),
#   BENCH_SECONDS (15, each measurement), BENCH_WARMUP (10 for the plain launch, 5 otherwise),
#   BENCH_NGINX_SECONDS (BENCH_SECONDS), BENCH_WALK (1; 0 skips the questionnaire walkers),
#   BENCH_START_TIMEOUT (240 s to the first 200), BENCH_CONNECTIONS (32), BENCH_THREADS (2), KEEP_WORK=1 to keep the temp dir (app log, HTML).
# Needs: java 17 (with jcmd/jstat), wrk, nginx, curl. See docs/performance.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BUILD=auto
for arg in "$@"; do
  case $arg in
    --no-build) BUILD=0 ;;
    --build) BUILD=force ;;
    --plain) BENCH_LAUNCH=plain ;;
    --both) BENCH_LAUNCH=both ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) die "unknown argument: $arg" ;;
  esac
done

SECS=${BENCH_SECONDS:-15}
NGX_SECS=${BENCH_NGINX_SECONDS:-$SECS}
WALK=${BENCH_WALK:-1}
case $BENCH_LAUNCH in
  fast|jar|plain) LAUNCHES=("$BENCH_LAUNCH") ;;
  both) LAUNCHES=(plain fast) ;;
  *) die "BENCH_LAUNCH must be fast, jar, plain or both, not $BENCH_LAUNCH" ;;
esac
# warm-up of each measurement: the issue's 10 s for the plain launch (C2 needs it), 5 s otherwise
warm_of() { if [[ -n ${BENCH_WARMUP:-} ]]; then echo "$BENCH_WARMUP"; elif [[ $1 == plain ]]; then echo 10; else echo 5; fi; }
opts_of() { if [[ $1 == plain ]]; then echo "<none: the JVM's defaults>"; else echo "${JAVA_OPTS:-<none>}"; fi; }
CONNS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}

need java openjdk-17-jdk-headless; need wrk; need nginx; need curl; need ss iproute2

install_traps
make_workdir
RUN_START=$(now_ms)
prepare_jar "$BUILD"
COMMIT="jar from commit $JAR_COMMIT (git rev-parse --short HEAD: $(git_info))"
DATE=$(date '+%Y-%m-%d %H:%M %Z')

free_port APP_PORT_N
free_port NGINX_PORT_N
mkdir -p "$WORK/html/q" "$WORK/html/r"
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

declare -A R

# run_launch L : everything measured for launch L (fast, jar or plain), results in R[L.*]
run_launch() {
  local L=$1 WARM page path file
  WARM=$(warm_of "$L")
  R[$L.warm]=$WARM
  # --- 1. start-up ----------------------------------------------------------------------------
  if [[ $L == fast && $BENCH_LAUNCH == fast ]]; then
    log "start-up with java \$JAVA_OPTS -jar, for comparison (its own empty database)"
    start_app "$APP_PORT_N" jar "$WORK/data-jar"
    R[$L.jar_startup]="${STARTUP_MS} ms (Spring ${SPRING_STARTED:-?} s)"
    log "  first 200 from GET / after ${STARTUP_MS} ms"
    stop_app
  fi
  log "starting the app ($L launch) on 127.0.0.1:$APP_PORT_N (JVM options: $(opts_of "$L"))"
  start_app "$APP_PORT_N" "$L" "$WORK/data-$L"
  log "first 200 from GET / after ${STARTUP_MS} ms (Spring: started in ${SPRING_STARTED:-?} s)"
  R[$L.startup_ms]=$STARTUP_MS R[$L.spring]=$SPRING_STARTED R[$L.startup_cpu]=$STARTUP_CPU_MS R[$L.startup_other]=$STARTUP_OTHER_PCT

  # --- 2. tokens ------------------------------------------------------------------------------
  rm -f "$WORK/cookies"
  local share draft
  for _ in 1 2 3; do share=$(create_assessment); done
  draft=$(start_draft)
  [[ -n $share && -n $draft ]] || die "could not get a share token and a draft token"
  log "share token $share, draft token $draft"
  # the exact HTML the app serves (no cookies, no Accept-Encoding: what wrk gets), for nginx;
  # nginx reads the files at each request, so a later launch just writes its own
  mkdir -p "$WORK/html/q/$draft"
  curl -sf --max-time 10 -o "$WORK/html/index.html" "$APP/"
  curl -sf --max-time 10 -o "$WORK/html/q/$draft/1" "$APP/q/$draft/1"
  curl -sf --max-time 10 -o "$WORK/html/r/$share" "$APP/r/$share"
  if [[ -z $NGINX_CONF ]]; then
    start_nginx "$NGINX_PORT_N"
    log "nginx serves the same HTML on $NGINX"
  fi

  # --- 3. pages: app beside nginx -------------------------------------------------------------
  for page in landing step share; do
    case $page in
      landing) path="/" file="$WORK/html/index.html" ;;
      step) path="/q/$draft/1" file="$WORK/html/q/$draft/1" ;;
      share) path="/r/$share" file="$WORK/html/r/$share" ;;
    esac
    log "[$L] page $page ($path): warm-up ${WARM}s, then ${SECS}s against the app and ${NGX_SECS}s against nginx"
    wrk_run "$WARM" get.lua "$APP$path" >/dev/null
    measure "$L.$page.app" "$SECS" get.lua "$APP$path"
    wrk_run 2 get.lua "$NGINX$path" >/dev/null
    measure "$L.$page.nginx" "$NGX_SECS" get.lua "$NGINX$path"
    R[$L.$page.bytes]=$(wc -c <"$file")
    log "  app:   ${R[$L.$page.app]}"
    log "  nginx: ${R[$L.$page.nginx]}"
  done

  # --- 4. assessments through the API ---------------------------------------------------------
  log "[$L] API: warm-up ${WARM}s, then ${SECS}s of POST /api/v1/assessments"
  wrk_run "$WARM" post-assessment.lua "$APP/api/v1/assessments" >/dev/null
  measure "$L.api" "$SECS" post-assessment.lua "$APP/api/v1/assessments"
  log "  ${R[$L.api]}"

  # --- 5. assessments through the HTML questionnaire ------------------------------------------
  if [[ $WALK != 0 ]]; then
    log "[$L] questionnaire: $CONNS walkers, warm-up ${WARM}s, then ${SECS}s of full walks"
    java -XX:+UseSerialGC -Xmx256m "$BENCH_DIR/Walker.java" "$APP" "$CONNS" "$SECS" "$WARM" >"$WORK/walker.out" 2>&1 &
    WALKER_PID=$!
    BG_PIDS+=("$WALKER_PID")
    local deadline=$(( $(now_ms) + (WARM + 60) * 1000 ))
    until grep -q '^COUNTING' "$WORK/walker.out" 2>/dev/null; do
      kill -0 "$WALKER_PID" 2>/dev/null || { cat "$WORK/walker.out" >&2; die "the walker stopped before counting"; }
      (( $(now_ms) < deadline )) || die "the walker did not start"
      sleep 0.1
    done
    meter_start "$WALKER_PID"
    wait_bounded "$WALKER_PID" $(( SECS + 60 )) || die "the walker did not finish"
    R[$L.walk]="$(grep '^WALKER ' "$WORK/walker.out") $(meter_end)"
    [[ ${R[$L.walk]} == WALKER* ]] || { cat "$WORK/walker.out" >&2; die "no WALKER line"; }
    log "  ${R[$L.walk]}"
  fi

  # --- 6. memory after the load ---------------------------------------------------------------
  R[$L.rss]=$(rss_kib "$APP_PID")
  R[$L.hwm]=$(hwm_kib "$APP_PID")
  R[$L.heap]=$(heap_used_kib "$APP_PID")
  R[$L.heap_gc]=$(heap_after_gc_kib "$APP_PID")
  R[$L.rss_gc]=$(rss_kib "$APP_PID")

  # --- 6b. restart on the data the run made ----------------------------------------------------
  log "[$L] restarting the app on the same data"
  stop_app
  start_app "$APP_PORT_N" "$L" "$WORK/data-$L"
  R[$L.restart_ms]=$STARTUP_MS
  R[$L.restart]="${STARTUP_MS} ms (Spring ${SPRING_STARTED:-?} s)"
  log "  first 200 from GET / after ${STARTUP_MS} ms"
  stop_app
}

for L in "${LAUNCHES[@]}"; do run_launch "$L"; done

# --- 7. summary -------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'; }
per() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { if awk "BEGIN { exit !($1) }"; then echo ok; else echo MISSED; fi; }
row() { printf '%-46s %-40s %-11s %s\n' "$@"; }

# page targets: ratio to nginx of the same bytes, and p99 at $CONNS connections
declare -A MIN_RATIO=([landing]=0.04 [step]=0.02 [share]=0.25)

summary() {
  local L=$1 a n page errs rt p99 api_rate api_err walk_err rss_mib
  f() { kv "${R[$L.$1]}" "$2"; }
  echo
  echo "== launch: $L — $(launch_cmd "$L" | sed "s#$WORK#<work>#g") (JVM options: $(opts_of "$L"))"
  echo "   wrk -t$THREADS -c$CONNS, ${SECS}s per app figure (nginx ${NGX_SECS}s) after ${R[$L.warm]}s warm-up"
  echo
  printf '%-8s | %9s %7s %7s %8s | %9s %7s %7s %8s | %7s %6s | %-8s %6s %5s\n' page "app r/s" "p50 ms" "p99 ms" "cpu ms/r" "nginx r/s" "p50 ms" "p99 ms" "cpu ms/r" app/ngx target "p99<50" other% KB
  for page in landing step share; do
    a=${R[$L.$page.app]} n=${R[$L.$page.nginx]}
    rt=$(ratio "$(kv "$a" rps)" "$(kv "$n" rps)"); p99=$(kv "$a" p99_ms)
    printf '%-8s | %9s %7s %7s %8s | %9s %7s %7s %8s | %7s %6s | %-8s %6s %5s\n' \
      "$page" "$(kv "$a" rps)" "$(kv "$a" p50_ms)" "$p99" "$(per "$(kv "$a" app_cpu_ms)" "$(kv "$a" requests)")" \
      "$(kv "$n" rps)" "$(kv "$n" p50_ms)" "$(kv "$n" p99_ms)" "$(per "$(kv "$n" nginx_cpu_ms)" "$(kv "$n" requests)")" \
      "$rt" "$(verdict "$rt >= ${MIN_RATIO[$page]}")" "$(verdict "$p99 < 50")" "$(kv "$a" other_pct)/$(kv "$n" other_pct)" "$(( R[$L.$page.bytes] / 1024 ))"
    errs=$(( $(kv "$a" status_errors) + $(kv "$a" socket_errors) + $(kv "$a" timeouts) ))
    if (( errs > 0 )); then echo "  ! $page: $errs errors against the app (status/socket/timeout)"; fi
  done
  echo "(targets: app/nginx >= ${MIN_RATIO[landing]} landing, >= ${MIN_RATIO[step]} step, >= ${MIN_RATIO[share]} share; p99 < 50 ms every page)"
  echo
  api_rate=$(f api created_per_s)
  api_err=$(( $(f api non201) + $(f api socket_errors) + $(f api timeouts) ))
  rss_mib=$(mib "${R[$L.rss]}")
  row figure "this run" target verdict
  row "start-up, empty database, to first 200 on /" "${R[$L.startup_ms]} ms (Spring ${R[$L.spring]:-?} s)" "< 4000 ms" "$( [[ $L == fast ]] && verdict "${R[$L.startup_ms]} < 4000" || echo -)"
  row "  CPU used by the app until then; other%" "${R[$L.startup_cpu]} ms; other ${R[$L.startup_other]}%" "" ""
  if [[ -n ${R[$L.jar_startup]:-} ]]; then row "  the same with java \$JAVA_OPTS -jar" "${R[$L.jar_startup]}" "" ""; fi
  row "  restart on the run's data, to first 200" "${R[$L.restart]}" "< 4000 ms" "$( [[ $L == fast ]] && verdict "${R[$L.restart_ms]} < 4000" || echo -)"
  row "assessments/s, POST /api/v1/assessments" "$api_rate (p50 $(f api p50_ms), p99 $(f api p99_ms) ms)" ">= 1000" "$(verdict "$api_rate >= 1000")"
  row "  non-201 / socket errors; app CPU per one" "$api_err; $(per "$(f api app_cpu_ms)" "$(f api created)") ms; other $(f api other_pct)%" "0" "$( [[ $api_err == 0 ]] && echo ok || echo ERRORS)"
  if [[ -n ${R[$L.walk]:-} ]]; then
    walk_err=$(f walk errors)
    row "assessments/s, HTML questionnaire walks" "$(f walk walks_per_s) (walk p50 $(f walk walk_p50_ms), p99 $(f walk walk_p99_ms) ms)" "-" ""
    row "  errors; app CPU per walk (11 requests)" "$walk_err; $(per "$(f walk app_cpu_ms)" "$(f walk walks)") ms; other $(f walk other_pct)%" "0" "$( [[ $walk_err == 0 ]] && echo ok || echo ERRORS)"
  fi
  row "resident memory (VmRSS) after the load" "$rss_mib MiB" "< 400 MiB" "$( [[ $L == fast ]] && verdict "$rss_mib < 400" || echo -)"
  row "  peak RSS (VmHWM); RSS after a full GC" "$(mib "${R[$L.hwm]}") MiB; $(mib "${R[$L.rss_gc]}") MiB" "" ""
  row "  heap used after the load; after a full GC" "$(mib "${R[$L.heap]}") MiB; $(mib "${R[$L.heap_gc]}") MiB" "" ""
}

echo
echo "Tech Leader Advisor benchmark — $DATE"
echo "$COMMIT"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1); jar built $JAR_DATE"
echo "launches: ${LAUNCHES[*]};${APP_ARGS:+ APP_ARGS: $APP_ARGS;} rate limits enabled: $BENCH_RATE_LIMITS; loopback; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(other% = share of the machine's CPU taken by processes that are not part of this benchmark: high means noisy;"
echo " start-up and memory targets apply to the production (fast) launch)"
for L in "${LAUNCHES[@]}"; do summary "$L"; done
echo
echo "run took $(( ($(now_ms) - RUN_START) / 1000 )) s"
