#!/usr/bin/env bash
# What `make bench` needs on this machine, started (or installed) the way .ci/run does:
# PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379, and wrk as the load generator
# (without it the bench falls back to a Python load generator and says so).
set -euo pipefail

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

postgres_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
redis_up() { (exec 3<>/dev/tcp/127.0.0.1/6379 && printf 'PING\r\n' >&3 && head -c 5 <&3 | grep -q PONG) 2>/dev/null; }

if ! postgres_up; then
  echo "Starting PostgreSQL"
  command -v pg_ctlcluster >/dev/null || apt_install postgresql
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do postgres_up && break; sleep 1; done
  postgres_up || { echo "PostgreSQL is not answering on 127.0.0.1:5432." >&2; exit 1; }
fi

if ! redis_up; then
  echo "Starting Redis"
  command -v redis-server >/dev/null || apt_install redis-server
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/bench.log
  for _ in $(seq 1 30); do redis_up && break; sleep 1; done
  redis_up || { echo "Redis is not answering on 127.0.0.1:6379." >&2; exit 1; }
fi

command -v wrk >/dev/null || apt_install wrk || echo "wrk could not be installed; using the Python load generator." >&2
