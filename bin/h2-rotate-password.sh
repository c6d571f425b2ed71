#!/usr/bin/env bash
# Rotate the embedded H2 database's password: writes a new random one to <data>/db-password.next.
# At its next start the app opens the database with the current password (db-password), switches it
# to the new one (ALTER USER), and then keeps the new one in db-password. Restart the app after this.
#   bin/h2-rotate-password.sh
# ADVISOR_DATA_DIR (default ./data) is the app's advisor.data-dir. Run it as the app's user.
set -euo pipefail
umask 077
cd "$(dirname "$0")/.."
data_dir=$(realpath -m "${ADVISOR_DATA_DIR:-./data}")
[ -f "$data_dir/advisor.mv.db" ] || { echo "No database at $data_dir/advisor.mv.db" >&2; exit 1; }
[ -f "$data_dir/db-password" ] || { echo "No $data_dir/db-password: start the app once first" \
    "(or the password is set by spring.datasource.password, which you change yourself)" >&2; exit 1; }
[ ! -e "$data_dir/db-password.next" ] || { echo "$data_dir/db-password.next is waiting already:" \
    "restart the app to use it" >&2; exit 1; }
head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$data_dir/db-password.next.partial"
mv "$data_dir/db-password.next.partial" "$data_dir/db-password.next"
echo "A new password waits in $data_dir/db-password.next: restart the app to switch to it."
