#!/usr/bin/env bash
# Soak test of the Tech Leader Advisor on loopback: mixed traffic at 32 connections in total for a
# given time, then errors, heap after a full GC and resident memory at the start and at the end.
#
#   bench/soak.sh [SECONDS] [--no-build | --build]      (SECONDS defaults to 300)
#
# The mix, at once: questionnaire walks through the HTML forms (bench/Walker.java), POST
# /api/v1/assessments (wrk + bench/post-assessment.lua) and share-page reads /r/{token} (wrk).
# Environment: SOAK_WALKERS (8), SOAK_API_CONNECTIONS (8), SOAK_SHARE_CONNECTIONS (16),
#   SOAK_WARMUP (10 s of the same mix before the start figures), SOAK_SAMPLE (seconds between
#   progress samples; default a tenth of the run, at least 5), JAVA_OPTS, APP_ARGS, BENCH_JAR and
#   BENCH_RATE_LIMITS (as bench/run.sh: the rate limits are off unless it is true),
#   KEEP_WORK=1 to keep the temp dir. Stops by itself; Ctrl-C stops everything it started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DURATION=300
BUILD=auto
for arg in "$@"; do
  case $arg in
    --no-build) BUILD=0 ;;
    --build) BUILD=force ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    ''|*[!0-9]*) die "unknown argument: $arg (want a number of seconds, --no-build or --build)" ;;
    *) DURATION=$arg ;;
  esac
done
(( DURATION >= 5 )) || die "give at least 5 seconds"
WALKERS=${SOAK_WALKERS:-8}
API_CONNS=${SOAK_API_CONNECTIONS:-8}
SHARE_CONNS=${SOAK_SHARE_CONNECTIONS:-16}
WARMUP=${SOAK_WARMUP:-10}
SAMPLE=${SOAK_SAMPLE:-$(( DURATION / 10 < 5 ? 5 : DURATION / 10 ))}

need java openjdk-17-jdk-headless; need wrk; need curl; need jcmd openjdk-17-jdk-headless; need jstat openjdk-17-jdk-headless

install_traps
make_workdir
RUN_START=$(now_ms)
prepare_jar "$BUILD"
COMMIT="jar from commit $JAR_COMMIT (git rev-parse --short HEAD: $(git_info))"
DATE=$(date '+%Y-%m-%d %H:%M %Z')

free_port APP_PORT_N
log "starting the app on 127.0.0.1:$APP_PORT_N (JAVA_OPTS=${JAVA_OPTS:-<none>})"
start_app "$APP_PORT_N"
log "up after ${STARTUP_MS} ms; RSS $(mib "$(rss_kib "$APP_PID")") MiB"
for _ in 1 2 3; do SHARE=$(create_assessment); done
[[ -n $SHARE ]] || die "no share token"

# mix SECONDS TAG : runs the three streams at once for SECONDS; results in $WORK/TAG.*
mix() {
  local secs=$1 tag=$2 walker wrk_api wrk_share end
  java -XX:+UseSerialGC -Xmx256m "$BENCH_DIR/Walker.java" "$APP" "$WALKERS" "$secs" 0 >"$WORK/$tag.walker" 2>&1 &
  walker=$!; BG_PIDS+=("$walker")
  end=$(( $(now_ms) + 60000 ))
  until grep -q '^COUNTING' "$WORK/$tag.walker" 2>/dev/null; do
    kill -0 "$walker" 2>/dev/null || { cat "$WORK/$tag.walker" >&2; die "the walker stopped"; }
    (( $(now_ms) < end )) || die "the walker did not start"
    sleep 0.1
  done
  timeout $(( secs + 30 )) wrk -t1 -c"$API_CONNS" -d"$secs"s --timeout 10s -s "$BENCH_DIR/post-assessment.lua" \
    "$APP/api/v1/assessments" >"$WORK/$tag.api" 2>&1 &
  wrk_api=$!; BG_PIDS+=("$wrk_api")
  timeout $(( secs + 30 )) wrk -t1 -c"$SHARE_CONNS" -d"$secs"s --timeout 10s -s "$BENCH_DIR/get.lua" \
    "$APP/r/$SHARE" >"$WORK/$tag.share" 2>&1 &
  wrk_share=$!; BG_PIDS+=("$wrk_share")
  MIX_PIDS=("$walker" "$wrk_api" "$wrk_share")
}

mix_running() { local p; for p in "${MIX_PIDS[@]}"; do kill -0 "$p" 2>/dev/null && return 0; done; return 1; }

# --- warm-up, then the start figures ----------------------------------------------------------
log "warm-up: ${WARMUP}s of the mix ($WALKERS walkers, $API_CONNS API connections, $SHARE_CONNS share-page connections)"
mix "$WARMUP" warmup
for p in "${MIX_PIDS[@]}"; do wait_bounded "$p" $(( WARMUP + 60 )) || die "warm-up did not finish"; done

HEAP0=$(heap_after_gc_kib "$APP_PID")
RSS0=$(rss_kib "$APP_PID")
DB0=$(du -sk "$WORK/data" | cut -f1)
THREADS0=$(awk '/^Threads:/ {print $2}' "/proc/$APP_PID/status")
log "start: heap after full GC $(mib "$HEAP0") MiB, RSS $(mib "$RSS0") MiB, database $(mib "$DB0") MiB, $THREADS0 threads"

# --- the soak ---------------------------------------------------------------------------------
log "soak: ${DURATION}s; a sample every ${SAMPLE}s (heap used without forcing a GC)"
SOAK_T0=$(now_ms)
meter_start
mix "$DURATION" soak
SAMPLES=()
next=$(( $(now_ms) + SAMPLE * 1000 ))
hard_end=$(( $(now_ms) + (DURATION + 90) * 1000 ))
while mix_running; do
  (( $(now_ms) < hard_end )) || die "the load did not stop in time"
  if (( $(now_ms) >= next )); then
    s="t=$(( ($(now_ms) - SOAK_T0) / 1000 ))s rss=$(mib "$(rss_kib "$APP_PID")")MiB heap=$(mib "$(heap_used_kib "$APP_PID")")MiB"
    SAMPLES+=("$s"); log "  $s"
    next=$(( next + SAMPLE * 1000 ))
  fi
  sleep 0.5
done
for p in "${MIX_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
METER=$(meter_end)
SOAK_SECS=$(( ($(now_ms) - SOAK_T0) / 1000 ))

HEAP1=$(heap_after_gc_kib "$APP_PID")
RSS1=$(rss_kib "$APP_PID")
HWM1=$(hwm_kib "$APP_PID")
DB1=$(du -sk "$WORK/data" | cut -f1)
THREADS1=$(awk '/^Threads:/ {print $2}' "/proc/$APP_PID/status")
HEAPINFO=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | sed 1d || true)
kill -0 "$APP_PID" 2>/dev/null || die "the app died during the soak"

WALK=$(grep '^WALKER ' "$WORK/soak.walker" || true)
API=$(grep '^WRK ' "$WORK/soak.api" || true)
READS=$(grep '^WRK ' "$WORK/soak.share" || true)
[[ -n $WALK && -n $API && -n $READS ]] || { tail -5 "$WORK"/soak.* >&2; die "a load stream gave no result"; }

num() { local v; v=$(kv "$1" "$2"); echo "${v:-0}"; }
WALK_ERR=$(num "$WALK" errors)
API_ERR=$(( $(num "$API" non201) + $(num "$API" socket_errors) + $(num "$API" timeouts) ))
READ_ERR=$(( $(num "$READS" status_errors) + $(num "$READS" socket_errors) + $(num "$READS" timeouts) ))
ERRORS=$(( WALK_ERR + API_ERR + READ_ERR ))

echo
echo "Tech Leader Advisor soak — $DATE"
echo "$COMMIT"
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); app JAVA_OPTS: ${JAVA_OPTS:-<none>}${APP_ARGS:+; APP_ARGS: $APP_ARGS}; rate limits enabled: $BENCH_RATE_LIMITS"
echo "${DURATION}s of: $WALKERS questionnaire walkers + $API_CONNS API connections + $SHARE_CONNS share-page connections = $(( WALKERS + API_CONNS + SHARE_CONNS )); $(kv "$METER" other_pct)% of the machine's CPU went to other processes"
echo
printf '%-34s %10s %10s %9s %9s %7s %s\n' stream done "per s" "p50 ms" "p99 ms" errors "error detail"
printf '%-34s %10s %10s %9s %9s %7s %s\n' "questionnaire walks (11 requests)" "$(num "$WALK" walks)" "$(num "$WALK" walks_per_s)" \
  "$(num "$WALK" walk_p50_ms)" "$(num "$WALK" walk_p99_ms)" "$WALK_ERR" "$(kv "$WALK" error_kinds)"
printf '%-34s %10s %10s %9s %9s %7s %s\n' "POST /api/v1/assessments (201s)" "$(num "$API" created)" "$(num "$API" created_per_s)" \
  "$(num "$API" p50_ms)" "$(num "$API" p99_ms)" "$API_ERR" "non-201 $(kv "$API" non201_kinds); socket $(num "$API" socket_errors); timeouts $(num "$API" timeouts)"
printf '%-34s %10s %10s %9s %9s %7s %s\n' "GET /r/{token}" "$(num "$READS" requests)" "$(num "$READS" rps)" \
  "$(num "$READS" p50_ms)" "$(num "$READS" p99_ms)" "$READ_ERR" "non-2xx/3xx $(num "$READS" status_errors); socket $(num "$READS" socket_errors); timeouts $(num "$READS" timeouts)"
echo
printf '%-40s %12s %12s %10s\n' "" start end change
printf '%-40s %12s %12s %10s\n' "heap used after a full GC (MiB)" "$(mib "$HEAP0")" "$(mib "$HEAP1")" "$(awk -v a="$HEAP0" -v b="$HEAP1" 'BEGIN {printf "%+.1f", (b-a)/1024}')"
printf '%-40s %12s %12s %10s\n' "resident memory, VmRSS (MiB)" "$(mib "$RSS0")" "$(mib "$RSS1")" "$(awk -v a="$RSS0" -v b="$RSS1" 'BEGIN {printf "%+.1f", (b-a)/1024}')"
printf '%-40s %12s %12s %10s\n' "peak resident memory, VmHWM (MiB)" "" "$(mib "$HWM1")" ""
printf '%-40s %12s %12s %10s\n' "database directory (MiB)" "$(mib "$DB0")" "$(mib "$DB1")" "$(awk -v a="$DB0" -v b="$DB1" 'BEGIN {printf "%+.1f", (b-a)/1024}')"
printf '%-40s %12s %12s %10s\n' "threads" "$THREADS0" "$THREADS1" "$(( THREADS1 - THREADS0 ))"
echo
echo "samples during the soak: ${SAMPLES[*]:-none}"
echo "GC.heap_info at the end:"; sed 's/^/  /' <<<"$HEAPINFO"
echo
echo "errors (non-2xx/3xx, socket errors, timeouts, broken walks): $ERRORS"
echo "app CPU during the soak: $(kv "$METER" app_cpu_ms) ms in ${SOAK_SECS}s; run took $(( ($(now_ms) - RUN_START) / 1000 )) s"
