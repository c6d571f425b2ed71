#!/usr/bin/env bash
# Back up the embedded H2 database while the app is STOPPED, into one zip file.
#   bin/h2-backup.sh [backup.zip]      (default: <data>/backups/advisor-<UTC time>.zip)
# While the app runs it backs itself up into <data>/backups (advisor.h2.backup.schedule and .keep),
# and an admin can take a backup at once on /admin/backups: copy the newest zip from there. The
# database opens no port, so nothing outside the app reaches it while it runs.
# ADVISOR_DATA_DIR (default ./data) is the app's advisor.data-dir; ADVISOR_JAR the app's jar
# (default: the one in target/), which carries the H2 tools used here. The zip holds the database
# and its password (db-password), readable by you alone.
set -euo pipefail
umask 077
cd "$(dirname "$0")/.."
data_dir=$(realpath -m "${ADVISOR_DATA_DIR:-./data}")
target=$(realpath -m "${1:-$data_dir/backups/advisor-$(date -u +%Y%m%d-%H%M%S).zip}")
jar=${ADVISOR_JAR:-$(ls target/advisor-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
[ -f "$data_dir/advisor.mv.db" ] || { echo "No database at $data_dir/advisor.mv.db" >&2; exit 1; }
[ -n "$jar" ] && [ -f "$jar" ] || { echo "No app jar: run ./mvnw package, or set ADVISOR_JAR" >&2; exit 1; }
[ ! -e "$target" ] || { echo "$target exists already" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
h2=$(unzip -Z1 "$jar" | grep -E '^BOOT-INF/lib/h2-[0-9.]+\.jar$' | head -n 1)
unzip -q -j "$jar" "$h2" -d "$work"
mkdir -p "$(dirname "$target")"
# H2's offline backup copies the file, and refuses while the app holds it
if ! java -cp "$work"/h2-*.jar org.h2.tools.Backup -file "$target" -dir "$data_dir" -db advisor \
    >"$work/backup.log" 2>&1; then
  if grep -q -e 'already open' -e 'locked' "$work/backup.log"; then
    echo "The app is running: it keeps its own backups in $data_dir/backups (or press \"Back up now\"" \
         "on /admin/backups). Copy the newest from there, or stop the app and run this again." >&2
  else
    cat "$work/backup.log" >&2
  fi
  exit 1
fi
# a backup opens only with the password of its day: keep it in the zip (bin/h2-restore.sh puts it back)
if [ -f "$data_dir/db-password" ]; then
  if command -v zip >/dev/null 2>&1; then
    (cd "$data_dir" && zip -q "$target" db-password)
  elif command -v jar >/dev/null 2>&1; then
    jar --update --no-manifest --file "$target" -C "$data_dir" db-password
  else
    echo "Backed up to $target, but neither zip nor jar is here to add db-password to it:" \
         "keep a copy of $data_dir/db-password with the zip." >&2
    exit 1
  fi
fi
chmod 600 "$target"
echo "Backed up to $target"
