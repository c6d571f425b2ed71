#!/usr/bin/env bash
# Restore the embedded H2 database from a zip made by bin/h2-backup.sh. Stop the app first.
#   bin/h2-restore.sh backup.zip
# The current database is kept beside it as advisor.mv.db.before-restore-<time>.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: bin/h2-restore.sh backup.zip" >&2; exit 2; }
data_dir=$(realpath -m "${ADVISOR_DATA_DIR:-./data}")
if command -v fuser >/dev/null 2>&1 && [ -f "$data_dir/advisor.mv.db" ] && fuser -s "$data_dir/advisor.mv.db" 2>/dev/null; then
  echo "The database is in use: stop the app before restoring." >&2
  exit 1
fi
unzip -l "$1" | grep -q 'advisor.mv.db' || { echo "$1 holds no advisor.mv.db" >&2; exit 1; }
mkdir -p "$data_dir"
if [ -f "$data_dir/advisor.mv.db" ]; then
  mv "$data_dir/advisor.mv.db" "$data_dir/advisor.mv.db.before-restore-$(date -u +%Y%m%d-%H%M%S)"
fi
rm -f "$data_dir/advisor.lock.db"
unzip -q -o -j "$1" advisor.mv.db -d "$data_dir"
echo "Restored $data_dir/advisor.mv.db from $1; start the app again."
