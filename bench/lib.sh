# Shared helpers for bench/run.sh and bench/soak.sh. Sourced, not run.
# Everything stays on 127.0.0.1; every process started here is tracked by pid and stopped on exit.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
# BENCH_JAR=/path/to/advisor.jar benchmarks that jar instead (no build)
JAR_SRC="${BENCH_JAR:-$ROOT/target/advisor-0.1.0-SNAPSHOT.jar}"

# Default JVM options for the app (override with JAVA_OPTS=... ; JAVA_OPTS= for the JVM's defaults).
# See docs/performance.md for why: a fixed, small heap keeps the resident size predictable on a
# machine with lots of RAM, where the JVM would otherwise size the heap to a quarter of it.
DEFAULT_JAVA_OPTS="-Xms48m -Xmx160m -Xmn32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:ReservedCodeCacheSize=64m"
JAVA_OPTS=${JAVA_OPTS-$DEFAULT_JAVA_OPTS}
# APP_ARGS: extra arguments for the app, e.g. APP_ARGS=--spring.web.resources.chain.enabled=false
# to try a setting without rebuilding.
# BENCH_RATE_LIMITS: the app is started with --advisor.rate-limits.enabled=false, because a benchmark
# from one address is exactly what the per-address rate limits stop; BENCH_RATE_LIMITS=true keeps them
# on (to measure their cost; the runs then meet them within seconds).
BENCH_RATE_LIMITS=${BENCH_RATE_LIMITS:-false}
# BENCH_LAUNCH: "fast" (default) starts the app the way docs/deployment.md recommends for production:
# the jar laid out by bin/prepare-start.sh (extracted, with a class-data-sharing archive), JAVA_OPTS
# and the bean definitions made at build time (-Dspring.aot.enabled=true). "jar" starts it with
# java $JAVA_OPTS -jar. "plain" starts it with plain java -jar and no JVM option at all (the JVM's
# own defaults, whatever JAVA_OPTS says). "both" (run.sh only): a plain run, then a fast run.
BENCH_LAUNCH=${BENCH_LAUNCH:-fast}

ANSWERS_JSON='{"answers": {"focus":"PROCESS","audience":"EMPLOYEES","challenge":"LEGACY_SYSTEMS","success_measure":"BUSINESS_OUTCOME","company_size":"MEDIUM","tech_team":"ESTABLISHED","regulation":"MODERATE","budget":"FULL_TIME","need_pattern":"ONGOING","involvement":"LEAD_TEAM"}}'

WORK=""
APP_PID=""
NGINX_CONF=""
BG_PIDS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# free_port VAR : a free TCP port on 127.0.0.1 (random in 20000-59999, nobody listening on it,
# not handed out before in this run) stored in VAR.
free_port() {
  local p i
  for i in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! ss -Htln "sport = :$p" 2>/dev/null | grep -q . && ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      # skip ports we already handed out in this run
      case " ${USED_PORTS:-} " in *" $p "*) continue ;; esac
      USED_PORTS="${USED_PORTS:-} $p"
      printf -v "$1" '%s' "$p"; return 0
    fi
  done
  die "no free port found"
}

# value of key=... in a "TAG key=value key=value" line
kv() { sed -n "s/.*[[:space:]]$2=\([^[:space:]]*\).*/\1/p" <<<" $1" | head -1; }

make_workdir() {
  WORK=$(mktemp -d "/tmp/advisor-bench.XXXXXX")
  chmod 755 "$WORK"   # nginx workers (user nobody) must read the html files under it
  mkdir -p "$WORK/data" "$WORK/html" "$WORK/nginx"
}

# Build target/advisor-0.1.0-SNAPSHOT.jar if missing or older than the sources (unless BUILD=0),
# then copy it into the work dir so a rebuild by someone else during the run cannot disturb it.
prepare_jar() {
  local build=$1
  [[ -n ${BENCH_JAR:-} ]] && build=0
  if [[ $build == force ]] || [[ ! -f $JAR_SRC ]] || { [[ $build != 0 ]] && [[ -n $(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR_SRC" -print -quit 2>/dev/null) ]]; }; then
    [[ $build == 0 && ! -f $JAR_SRC ]] && die "$JAR_SRC is missing and --no-build was given"
    log "building the jar (./mvnw -B -q package -DskipTests)"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests) >&2 || die "build failed"
  fi
  cp "$JAR_SRC" "$WORK/app.jar"
  if [[ $BENCH_LAUNCH == fast || $BENCH_LAUNCH == both ]]; then
    log "laying the jar out for a fast start (bin/prepare-start.sh)"
    ADVISOR_JAR="$WORK/app.jar" "$ROOT/bin/prepare-start.sh" "$WORK/fast" >/dev/null || die "bin/prepare-start.sh failed"
  fi
  JAR_DATE=$(date -r "$JAR_SRC" '+%Y-%m-%d %H:%M')
  # the commit the jar was built from, if the build wrote git.properties into it
  JAR_COMMIT=$(unzip -p "$WORK/app.jar" BOOT-INF/classes/git.properties 2>/dev/null | sed -n 's/^git.commit.id.abbrev=//p' | head -1)
  JAR_COMMIT=${JAR_COMMIT:-unknown}
}

git_info() {
  local c dirty
  c=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
  dirty=$(git -C "$ROOT" status --porcelain --untracked-files=no -- src pom.xml 2>/dev/null | head -1)
  if [[ -n $dirty ]]; then c="$c, with uncommitted changes in src/"; fi
  echo "$c"
}

# launch_cmd MODE : the java command line (without app arguments) for "fast", "jar" or "plain"
launch_cmd() {
  if [[ $1 == fast ]]; then
    echo "java $JAVA_OPTS -XX:SharedArchiveFile=$WORK/fast/app.jsa -Xshare:on -Dspring.aot.enabled=true -jar $WORK/fast/app.jar"
  elif [[ $1 == plain ]]; then
    echo "java -jar $WORK/app.jar"
  else
    echo "java $JAVA_OPTS -jar $WORK/app.jar"
  fi
}

# start_app PORT [MODE] [DATA] : starts the app (MODE: BENCH_LAUNCH unless given) on DATA (default:
# the run's data dir), sets APP_PID and STARTUP_MS (process start
# to the first 200 from GET /), SPRING_STARTED (Spring's own "Started ... in X seconds").
start_app() {
  local port=$1 mode=${2:-$BENCH_LAUNCH} data=${3:-$WORK/data} t0 code deadline
  APP_PORT=$port
  APP="http://127.0.0.1:$port"
  local b0 tot0 s0 b1 tot1
  read -r b0 tot0 < <(machine_ticks); s0=$(self_ticks)
  t0=$(now_ms)
  # shellcheck disable=SC2086
  $(launch_cmd "$mode") --server.port="$port" --server.address=127.0.0.1 --management.server.port=0 \
    --advisor.data-dir="$data" --advisor.rate-limits.enabled="$BENCH_RATE_LIMITS" ${APP_ARGS:-} >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
  deadline=$(( t0 + ${BENCH_START_TIMEOUT:-240} * 1000 ))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$APP/" 2>/dev/null || true)
    [[ $code == 200 ]] && break
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      tail -30 "$WORK/app.log" >&2; APP_PID=""; die "the app exited during start-up"
    fi
    (( $(now_ms) > deadline )) && { tail -30 "$WORK/app.log" >&2; die "the app did not answer 200 within ${BENCH_START_TIMEOUT:-240} s"; }
    sleep 0.05
  done
  STARTUP_MS=$(( $(now_ms) - t0 ))
  STARTUP_CPU_MS=$(( $(proc_ticks "$APP_PID") * 1000 / CLK_TCK ))
  read -r b1 tot1 < <(machine_ticks)
  STARTUP_OTHER_PCT=$(awk -v b=$((b1 - b0)) -v t=$((tot1 - tot0)) -v a="$(proc_ticks "$APP_PID")" -v s=$(( $(self_ticks) - s0 )) \
    'BEGIN { o = b - a - s; if (o < 0) o = 0; printf "%.0f", (t > 0 ? 100*o/t : 0) }')
  SPRING_STARTED=$(sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds.*/\1/p' "$WORK/app.log" | tail -1)
}

# stop_app : a normal stop (SIGTERM, graceful shutdown), waiting up to 30 s
stop_app() {
  kill "$APP_PID" 2>/dev/null || true
  wait_bounded "$APP_PID" 30 || die "the app did not stop within 30 s"
  APP_PID=""
}

# create_assessment : POST /api/v1/assessments, prints the share token
create_assessment() {
  local out
  out=$(curl -s --max-time 10 -w '\n%{http_code}' -H 'Content-Type: application/json' -d "$ANSWERS_JSON" "$APP/api/v1/assessments")
  [[ $(tail -1 <<<"$out") == 201 ]] || die "POST /api/v1/assessments did not answer 201: $(tail -c 300 <<<"$out")"
  head -1 <<<"$out" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}

# start_draft : GET / for the CSRF cookie and hidden _csrf, POST /start, prints the draft token
start_draft() {
  local jar="$WORK/cookies" csrf loc
  csrf=$(curl -s --max-time 10 -c "$jar" -b "$jar" "$APP/" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  [[ -n $csrf ]] || die "no _csrf hidden input on GET /"
  loc=$(curl -s --max-time 10 -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" "$APP/start")
  [[ $loc == 302* ]] || die "POST /start did not answer 302: $loc"
  sed -n 's#.*/q/\([A-Za-z0-9_-]*\)/1$#\1#p' <<<"$loc"
}

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null; }
hwm_kib() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status" 2>/dev/null; }

# heap_used_kib PID : used heap (survivors + eden + old) from jstat -gc, in KiB
heap_used_kib() {
  jstat -gc "$1" 2>/dev/null | awk 'NR==1 {for (i=1;i<=NF;i++) col[$i]=i; next}
    NR==2 {printf "%d\n", $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]}'
}

# heap_after_gc_kib PID : full GC (jcmd GC.run), then used heap in KiB
heap_after_gc_kib() {
  jcmd "$1" GC.run >/dev/null 2>&1 || true
  sleep 0.5
  heap_used_kib "$1"
}

mib() { awk -v k="${1:-0}" 'BEGIN {printf "%.0f", k/1024}'; }

# start_nginx PORT : serves $WORK/html on 127.0.0.1:PORT with a generated config
start_nginx() {
  local port=$1 d="$WORK/nginx"
  NGINX="http://127.0.0.1:$port"
  mkdir -p "$d/tmp"
  chmod -R a+rX "$WORK/html"
  NGINX_CONF="$d/nginx.conf"
  cat >"$NGINX_CONF" <<EOF
worker_processes auto;
pid $d/nginx.pid;
error_log $d/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000;
  client_body_temp_path $d/tmp/body;
  proxy_temp_path $d/tmp/proxy;
  fastcgi_temp_path $d/tmp/fastcgi;
  uwsgi_temp_path $d/tmp/uwsgi;
  scgi_temp_path $d/tmp/scgi;
  types { }
  default_type "text/html;charset=UTF-8";
  server {
    listen 127.0.0.1:$port;
    root $WORK/html;
    # the same security headers the app sends, so both answer with about the same bytes
    add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    add_header X-Frame-Options DENY;
    add_header X-Content-Type-Options nosniff;
    add_header Referrer-Policy no-referrer;
    add_header Cache-Control "no-cache, no-store, max-age=0, must-revalidate";
    location = / { try_files /index.html =404; }
    location / { try_files \$uri =404; }
  }
}
EOF
  nginx -p "$d" -e "$d/error.log" -c "$NGINX_CONF" || die "nginx did not start"
  local i
  for i in $(seq 1 50); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$NGINX/" 2>/dev/null) == 200 ]] && return 0
    sleep 0.1
  done
  die "nginx does not answer on $NGINX"
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  local p
  for p in "${BG_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  if [[ -n $NGINX_CONF && -f $WORK/nginx/nginx.pid ]]; then
    kill -QUIT "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  fi
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [[ -n $NGINX_CONF && -f $WORK/nginx/nginx.pid ]]; then
    for _ in $(seq 1 30); do [[ -f $WORK/nginx/nginx.pid ]] || break; sleep 0.1; done
  fi
  [[ -n $WORK && -d $WORK && -z ${KEEP_WORK:-} ]] && rm -rf "$WORK"
  [[ -n ${KEEP_WORK:-} ]] && log "kept $WORK"
  exit "$rc"
}

install_traps() {
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is not installed (apt-get install -y ${2:-$1})"; }

# --- CPU accounting, to tell a noisy machine from a slow app -------------------------------------
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)

# utime+stime of a process (all its threads), in clock ticks
proc_ticks() { [[ -r /proc/$1/stat ]] && sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}' || echo 0; }
# the same plus the reaped children (wrk, curl, the walker JVM run from this shell)
self_ticks() { sed 's/.*) //' "/proc/$$/stat" | awk '{print $12 + $13 + $14 + $15}'; }
nginx_ticks() {
  local t=0 p
  [[ -f $WORK/nginx/nginx.pid ]] || { echo 0; return; }
  for p in $(cat "$WORK/nginx/nginx.pid") $(pgrep -P "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null); do
    t=$(( t + $(proc_ticks "$p") ))
  done
  echo "$t"
}
# "busy total" jiffies of the whole machine from /proc/stat
machine_ticks() { awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat; }

# meter_start / meter_end: snapshot, then "app_cpu_ms=.. nginx_cpu_ms=.. other_pct=.." for the interval.
# other_pct is the share of the machine's CPU used by processes that are not ours (app, nginx, load tools).
meter_start() {
  read -r M_BUSY0 M_TOTAL0 < <(machine_ticks)
  M_APP0=$(proc_ticks "$APP_PID"); M_NGX0=$(nginx_ticks); M_SELF0=$(self_ticks)
  # a load tool still running in the background (the walker): what it used so far is not this interval's
  M_BG0=0
  if [[ -n ${1:-} ]]; then M_BG0=$(proc_ticks "$1"); fi
}
meter_end() {
  local busy total app ngx self
  read -r busy total < <(machine_ticks)
  app=$(( $(proc_ticks "$APP_PID") - M_APP0 )); ngx=$(( $(nginx_ticks) - M_NGX0 )); self=$(( $(self_ticks) - M_SELF0 - M_BG0 ))
  awk -v b=$((busy - M_BUSY0)) -v t=$((total - M_TOTAL0)) -v a="$app" -v n="$ngx" -v s="$self" -v hz="$CLK_TCK" \
    'BEGIN { o = b - a - n - s; if (o < 0) o = 0;
             printf "app_cpu_ms=%d nginx_cpu_ms=%d tools_cpu_ms=%d other_pct=%.0f\n", a*1000/hz, n*1000/hz, s*1000/hz, (t > 0 ? 100*o/t : 0) }'
}

# wait_bounded PID SECONDS : wait for a background child, kill it after SECONDS; fails if killed
wait_bounded() {
  local end=$(( $(now_ms) + $2 * 1000 ))
  while kill -0 "$1" 2>/dev/null; do
    if (( $(now_ms) > end )); then kill "$1" 2>/dev/null; wait "$1" 2>/dev/null; return 1; fi
    sleep 0.2
  done
  wait "$1" 2>/dev/null || true
}
