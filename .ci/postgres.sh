#!/usr/bin/env bash
# Starts a PostgreSQL 15 server (Debian packages) on 127.0.0.1 for the webui PostgreSQL tests, and creates their
# user and database (lungang / lungang). Idempotent. Run as root. Prints the variable that enables the tests:
#   eval "$(.ci/postgres.sh | tail -n 1)"   # then: mvn -B verify -pl webui -am
set -euo pipefail

VERSION=15
PORT="${LUNGANG_PG_PORT:-5432}"

if [ ! -x "/usr/lib/postgresql/$VERSION/bin/postgres" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$VERSION" postgresql-common >/dev/null
fi

# The package usually creates the cluster; a minimal image may have skipped it.
# Command output is read whole into a variable: a pipe into grep -q may break the writer under pipefail.
CLUSTERS=$(pg_lsclusters -h || true)
if ! awk '{print $1" "$2}' <<<"$CLUSTERS" | grep -x "$VERSION main" >/dev/null; then
  pg_createcluster "$VERSION" main --port="$PORT" >/dev/null
fi
# Settings in conf.d override postgresql.conf: loopback only, on the chosen port.
cat > "/etc/postgresql/$VERSION/main/conf.d/lungang.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
CONF

CLUSTERS=$(pg_lsclusters -h || true)
if [ "$(awk -v v="$VERSION" '$1 == v && $2 == "main" {print $4}' <<<"$CLUSTERS")" = online ]; then
  pg_ctlcluster "$VERSION" main restart
else
  pg_ctlcluster "$VERSION" main start
fi

psql_admin() {
  su postgres -c "psql -X -q -p $PORT -v ON_ERROR_STOP=1 $*"
}
psql_admin "-c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lungang') THEN
  CREATE ROLE lungang LOGIN PASSWORD 'lungang'; END IF; END \\\$\\\$;\""
HAS_DB=$(su postgres -c "psql -X -tA -p $PORT -c \"SELECT 1 FROM pg_database WHERE datname = 'lungang'\"")
if [ "$HAS_DB" != 1 ]; then
  su postgres -c "createdb -p $PORT -O lungang lungang"
fi

echo "export LUNGANG_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$PORT/lungang"
