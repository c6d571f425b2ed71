#!/usr/bin/env bash
# Lay the app out for a fast start: the jar extracted (classes load from plain files, not from a
# jar inside a jar), plus a class-data-sharing archive of every class a start loads, made by one
# training start. Start it with the command this prints; the -D flag also uses the bean
# definitions worked out at build time (Spring AOT). Both together start about twice as fast.
#   bin/prepare-start.sh [DIR]            (default: target/fast-start)
# ADVISOR_JAR: the app's jar (default: the one in target/). Run this again after every new jar
# and after every Java update: the archive only fits the jar and the JVM it was made with, and it
# records the jar by its full path, so start the app from DIR as it is (moving DIR needs a new run).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${ADVISOR_JAR:-$(ls target/advisor-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
[ -n "$jar" ] && [ -f "$jar" ] || { echo "No app jar: run ./mvnw package, or set ADVISOR_JAR" >&2; exit 1; }
dir=$(realpath -m "${1:-target/fast-start}")
name=$(basename "$jar")

# DIR is replaced as a whole: refuse anything but an empty folder or an earlier layout of this script
if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ] && ! { [ -f "$dir/app.jsa" ] && [ -d "$dir/lib" ]; }; then
  echo "$dir is not empty and is not an earlier fast-start layout: choose another folder" >&2
  exit 1
fi
rm -rf "$dir"
java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
# The training start stops as soon as the application context is ready. It runs with an empty
# environment and only the packaged configuration, on a throw-away H2 file: no database, profile
# or configuration set for production (SPRING_DATASOURCE_URL, SPRING_FLYWAY_URL, ...) reaches it.
if ! (cd "$dir" && env -i PATH="$PATH" HOME="$training" java -XX:ArchiveClassesAtExit="$dir/app.jsa" \
    -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar "$dir/$name" \
    --spring.config.location=classpath:/ --spring.profiles.active= --server.port=0 --management.server.port=0 \
    --advisor.data-dir="$training" --spring.datasource.url="jdbc:h2:file:$training/advisor" \
    --spring.datasource.username=sa >"$training/training.log" 2>&1); then
  tail -40 "$training/training.log" >&2
  echo "The training start failed" >&2
  exit 1
fi
[ -f "$dir/app.jsa" ] || { echo "No archive was written to $dir/app.jsa" >&2; exit 1; }
echo "Prepared $dir. Start the app with:"
echo "  java -XX:SharedArchiveFile=$dir/app.jsa -Dspring.aot.enabled=true -jar $dir/$name [--advisor.data-dir=...]"
