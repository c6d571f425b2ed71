#!/usr/bin/env bash
# Restore the embedded H2 database from a backup zip: one the app made in <data>/backups, or one
# made by bin/h2-backup.sh. Stop the app first.
#   bin/h2-restore.sh backup.zip
# The current database and password are kept beside them as *.before-restore-<time>. The zip's
# db-password (the password of the backup's day) becomes the database's password file; a zip
# without one (made before the database had a password of its own) gets a new password at the
# next start.
set -euo pipefail
umask 077
cd "$(dirname "$0")/.."
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: bin/h2-restore.sh backup.zip" >&2; exit 2; }
data_dir=$(realpath -m "${ADVISOR_DATA_DIR:-./data}")
if command -v fuser >/dev/null 2>&1 && [ -f "$data_dir/advisor.mv.db" ] && fuser -s "$data_dir/advisor.mv.db" 2>/dev/null; then
  echo "The database is in use: stop the app before restoring." >&2
  exit 1
fi
entries=$(unzip -Z1 "$1")
grep -qx 'advisor.mv.db' <<<"$entries" || { echo "$1 holds no advisor.mv.db" >&2; exit 1; }
mkdir -p "$data_dir"
chmod 700 "$data_dir"
stamp=$(date -u +%Y%m%d-%H%M%S)
for file in advisor.mv.db db-password; do
  if [ -f "$data_dir/$file" ]; then
    mv "$data_dir/$file" "$data_dir/$file.before-restore-$stamp"
  fi
done
rm -f "$data_dir/advisor.lock.db"
unzip -q -o -j "$1" advisor.mv.db -d "$data_dir"
if grep -qx 'db-password' <<<"$entries"; then
  unzip -q -o -j "$1" db-password -d "$data_dir"
  chmod 600 "$data_dir/db-password"
else
  echo "The zip holds no db-password: the app gives the database a new password at its next start" \
       "(as for a folder of the release before; this works only if the backup had an empty one)." >&2
fi
chmod 600 "$data_dir/advisor.mv.db"
echo "Restored $data_dir/advisor.mv.db from $1; start the app again."
