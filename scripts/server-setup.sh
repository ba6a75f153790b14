#!/usr/bin/env bash
# Sets up an office server on Debian 12, as root: PostgreSQL installed when missing
# (scripts/setup.sh --server) and running, a login role and an empty database for the office, then
# Netra's store with its first administrator (netra-cli init), and the address officers connect
# to. Run again, it says what exists and leaves it as it is.
#
#   bash scripts/server-setup.sh NAME --admin LOGIN --name "FULL NAME" [--allow CIDR] [--scopes]
#
# --scopes: a server that holds many offices (a province's, the nation's), whose users each sign in
# as a database role of their own kept to their scope (README "Many offices on one server"): the
# store's account may then make roles (CREATEROLE), which netra-cli users --add … --scope does
# through the store's own functions. That account is the server administrator's alone.
# NAME (netra_kantor) names the office's database and the role that owns it. The role's password
# is NETRA_DB_PASSWORD or asked for; the administrator's is NETRA_PASSWORD or asked for by
# netra-cli (NETRA_CLI, else netra-cli on the PATH, else this tree's build). Connections from the
# office's network are left to the server's administrator (the lines to change are printed)
# unless --allow CIDR (192.168.1.0/24) asks for them. PGCLUSTER=VERSION/NAME picks a cluster
# other than Debian's first one.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
    echo "usage: bash scripts/server-setup.sh NAME --admin LOGIN --name \"FULL NAME\" [--allow CIDR] [--scopes]" >&2
    exit 2
}
name="" admin="" full="" allow="" scopes=""
while [ $# -gt 0 ]; do
    case "$1" in
    --admin) admin=${2:-}; shift 2 || usage ;;
    --name) full=${2:-}; shift 2 || usage ;;
    --allow) allow=${2:-}; shift 2 || usage ;;
    --scopes) scopes=CREATEROLE; shift ;;
    -*) usage ;;
    *) [ -z "$name" ] || usage; name=$1; shift ;;
    esac
done
[ -n "$name" ] && [ -n "$admin" ] && [ -n "$full" ] || usage
if ! [[ "$name" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; then
    echo "server-setup: NAME is lower-case letters, digits and _ (netra_kantor)" >&2
    exit 2
fi
if [ -n "$allow" ] && ! [[ "$allow" =~ ^[0-9a-fA-F.:]+/[0-9]+$ ]]; then
    echo "server-setup: --allow takes a network as 192.168.1.0/24" >&2
    exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "server-setup: run it as root (sudo bash scripts/server-setup.sh …)" >&2
    exit 1
fi

bash scripts/setup.sh --server

# The cluster: PGCLUSTER, else Debian's first (15/main, made when PostgreSQL was installed).
cluster=${PGCLUSTER:-$(pg_lsclusters -h | awk 'NR == 1 { print $1 "/" $2 }')}
if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    echo "server-setup: creating the cluster $version/main"
    pg_createcluster "$version" main
    cluster=$version/main
fi
version=${cluster%/*} cname=${cluster#*/}
state() { pg_lsclusters -h | awk -v v="$version" -v c="$cname" '$1 == v && $2 == c { print $3, $4 }'; }
read -r port status <<<"$(state)"
if [ -z "$port" ]; then
    echo "server-setup: there is no cluster $cluster (pg_lsclusters lists them)" >&2
    exit 1
fi
if [ "$status" = online ]; then
    echo "server-setup: the cluster $cluster runs (port $port)"
else
    echo "server-setup: starting the cluster $cluster (port $port)"
    pg_ctlcluster "$version" "$cname" start
fi

# SQL as the cluster's superuser; SQL on standard input, so that no password shows in ps.
sql() {
    (cd / && runuser -u postgres -- psql --cluster "$cluster" -X -q -A -t -v ON_ERROR_STOP=1 \
        -d "${2:-postgres}" -c "$1")
}
sql_stdin() { (cd / && runuser -u postgres -- psql --cluster "$cluster" -X -q -v ON_ERROR_STOP=1 -d postgres); }

ask_password() {
    if [ -n "${NETRA_DB_PASSWORD:-}" ]; then
        password=$NETRA_DB_PASSWORD
        return
    fi
    read -r -s -p "Password of the database account $name: " password && echo
    if [ "$1" = new ]; then
        read -r -s -p "The password again: " again && echo
        if [ "$password" != "$again" ]; then
            echo "server-setup: the two passwords differ" >&2
            exit 1
        fi
        if [ ${#password} -lt 8 ]; then
            echo "server-setup: the password needs at least 8 characters" >&2
            exit 1
        fi
    fi
}

password=""
if [ "$(sql "SELECT count(*) FROM pg_roles WHERE rolname = '$name'")" = 1 ]; then
    echo "server-setup: the role $name exists; its password is left as it is"
    if [ -n "$scopes" ] && [ "$(sql "SELECT rolcreaterole FROM pg_roles WHERE rolname = '$name'")" != t ]; then
        sql "ALTER ROLE \"$name\" CREATEROLE"
        echo "server-setup: the role $name may now make the roles of scoped users"
    fi
else
    ask_password new
    echo "CREATE ROLE \"$name\" LOGIN $scopes PASSWORD '${password//\'/\'\'}'" | sql_stdin
    echo "server-setup: created the role $name${scopes:+ (it may make the roles of scoped users)}"
fi

if [ "$(sql "SELECT count(*) FROM pg_database WHERE datname = '$name'")" = 1 ]; then
    echo "server-setup: the database $name exists (owner $(sql "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '$name'"))"
else
    # As netra-cli init creates a missing one (core/store/ServerDatabase): UTF-8, text sorted by
    # code point as in a data file.
    sql "CREATE DATABASE \"$name\" OWNER \"$name\" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"
    echo "server-setup: created the database $name, owned by $name"
fi

uri="postgresql://$name@localhost:$port/$name"
[ "$port" = 5432 ] && uri="postgresql://$name@localhost/$name"
if [ "$(sql "SELECT to_regclass('public.netra_schema') IS NOT NULL" "$name")" = t ]; then
    echo "server-setup: the database $name holds Netra's store already (data version" \
        "$(sql "SELECT version FROM netra_schema" "$name")); it is left as it is"
elif [ "$(sql "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'" "$name")" != 0 ]; then
    echo "server-setup: the database $name holds tables that are not Netra's; it is left as it is" >&2
    exit 1
else
    cli=${NETRA_CLI:-$(command -v netra-cli || true)}
    [ -z "$cli" ] && [ -x build/app/netra-cli ] && cli=$PWD/build/app/netra-cli
    if [ -z "$cli" ]; then
        echo "server-setup: netra-cli is not installed here; from a computer with Netra run:"
        echo "  netra-cli init postgresql://$name@THIS-SERVER:$port/$name --admin $admin --name \"$full\""
        exit 0
    fi
    [ -n "$password" ] || ask_password existing
    echo "server-setup: setting up Netra's store and its administrator $admin"
    PGPASSWORD=$password "$cli" init "$uri" --admin "$admin" --name "$full"
fi

if [ -n "$allow" ]; then
    hba=$(sql "SHOW hba_file")
    # The store's account; with --scopes the scoped users' roles too (members of NAME_users).
    lines=("host $name $name $allow scram-sha-256")
    [ -n "$scopes" ] && lines+=("host $name +${name}_users $allow scram-sha-256")
    for line in "${lines[@]}"; do
        if grep -qxF "$line" "$hba"; then
            echo "server-setup: $hba has already: $line"
        else
            echo "$line" >>"$hba"
            echo "server-setup: added to $hba: $line"
        fi
    done
    if [ "$(sql "SHOW listen_addresses")" = "*" ]; then
        pg_ctlcluster "$version" "$cname" reload
    else
        sql "ALTER SYSTEM SET listen_addresses = '*'"
        echo "server-setup: the cluster listens on every address; restarting it"
        pg_ctlcluster "$version" "$cname" restart
    fi
elif [ "$(sql "SHOW listen_addresses")" != "*" ]; then
    cat <<EOF

Officers' computers cannot connect yet: the server listens on $(sql "SHOW listen_addresses") only.
To let the office's network in (192.168.1.0/24 here), run this again with --allow 192.168.1.0/24,
or change it yourself:
  $(sql "SHOW config_file"):  listen_addresses = '*'
  $(sql "SHOW hba_file"):  host $name $name 192.168.1.0/24 scram-sha-256
  then: pg_ctlcluster $version $cname restart
EOF
fi

address=$(hostname -I 2>/dev/null | awk '{ print $1 }')
cat <<EOF

The office's server: postgresql://$name@${address:-THIS-SERVER}:$port/$name
  officers:  netra postgresql://$name@${address:-THIS-SERVER}:$port/$name
             (or File → Connect to a server…: server ${address:-THIS-SERVER}, port $port, database $name, account $name)
  backups:   netra-cli backup postgresql://$name@localhost:$port/$name --to /var/backups/netra
EOF
