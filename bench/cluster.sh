# A throwaway PostgreSQL cluster for the server benchmarks, sourced by them: initdb in a folder
# of its own, a Unix socket there and no TCP, the `netra` superuser with trust, stopped and
# removed on exit. PostgreSQL does not run as root: as the postgres user then.
#   source bench/cluster.sh; start_cluster   (sets $work, $bin; then psql -h "$work" -U netra)
bin=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -V | tail -n 1)/bin
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_cluster() {
    as_pg "$bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
start_cluster() {
    work=$(mktemp -d "${TMPDIR:-/tmp}/netra-bench-server.XXXXXX")
    [ "$(id -u)" = 0 ] && chown postgres "$work"
    trap stop_cluster EXIT
    as_pg "$bin/initdb" -D "$work/pg" -U netra --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w start \
        -o "-k $work -c listen_addresses='' -c max_connections=40 -c shared_buffers=256MB" >/dev/null
}
