#!/usr/bin/env bash
# Back up the embedded H2 database, while the app runs or not, into one zip file.
#   bin/h2-backup.sh [backup.zip]
# ADVISOR_DATA_DIR (default ./data) is the app's advisor.data-dir; ADVISOR_JAR the app's jar
# (default: the one in target/), which carries the H2 driver used here.
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=$(realpath -m "${ADVISOR_DATA_DIR:-./data}")
target=$(realpath -m "${1:-backups/advisor-$(date -u +%Y%m%d-%H%M%S).zip}")
jar=${ADVISOR_JAR:-$(ls target/advisor-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
[ -f "$data_dir/advisor.mv.db" ] || { echo "No database at $data_dir/advisor.mv.db" >&2; exit 1; }
[ -n "$jar" ] && [ -f "$jar" ] || { echo "No app jar: run ./mvnw package, or set ADVISOR_JAR" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
h2=$(unzip -Z1 "$jar" | grep -E '^BOOT-INF/lib/h2-[0-9.]+\.jar$' | head -n 1)
unzip -q -j "$jar" "$h2" -d "$work"
mkdir -p "$(dirname "$target")"
# AUTO_SERVER: when the app holds the file, this connects to it and the app writes the backup
java -cp "$work"/h2-*.jar org.h2.tools.Shell \
  -url "jdbc:h2:file:$data_dir/advisor;AUTO_SERVER=TRUE" -user sa -password "" \
  -sql "BACKUP TO '$target'"
echo "Backed up to $target"
