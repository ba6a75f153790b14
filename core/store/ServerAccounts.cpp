#include "ServerAccounts.h"

#include "ServerLocation.h"

#include <QSqlQuery>

namespace {

// Whether the row's case is one the session may see: the cases' own policy applies inside.
QString caseKept(const QString &column)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM cases c WHERE c.id = %1)").arg(column);
}

// The tables whose rows belong to a case, a hearing, a person heard, a person reported, an
// activity or a user, with what keeps a row: its parent row is kept (that table's policy).
const QList<std::pair<QString, QString>> &rowsBelow()
{
    static const QList<std::pair<QString, QString>> tables = {
        {QStringLiteral("parties"), caseKept(QStringLiteral("case_id"))},
        {QStringLiteral("attachments"), caseKept(QStringLiteral("case_id"))},
        {QStringLiteral("hearings"), caseKept(QStringLiteral("case_id"))},
        {QStringLiteral("case_assignments"), caseKept(QStringLiteral("case_id"))},
        {QStringLiteral("case_search"), caseKept(QStringLiteral("rowid"))},
        {QStringLiteral("hearing_attendees"),
         QStringLiteral("EXISTS (SELECT 1 FROM hearings h WHERE h.id = hearing_id)")},
        {QStringLiteral("minutes_entries"),
         QStringLiteral("EXISTS (SELECT 1 FROM hearing_attendees a WHERE a.id = attendee_id)")},
        {QStringLiteral("minutes_addenda"),
         QStringLiteral("EXISTS (SELECT 1 FROM hearing_attendees a WHERE a.id = attendee_id)")},
        {QStringLiteral("followups"),
         QStringLiteral("EXISTS (SELECT 1 FROM parties p WHERE p.id = party_id)")},
        {QStringLiteral("activity_attachments"),
         QStringLiteral("EXISTS (SELECT 1 FROM activities a WHERE a.id = activity_id)")},
        {QStringLiteral("user_keys"),
         QStringLiteral("EXISTS (SELECT 1 FROM users u WHERE u.id = user_id)")},
        {QStringLiteral("key_grants"),
         QStringLiteral("EXISTS (SELECT 1 FROM users u WHERE u.id = user_id)")},
    };
    return tables;
}

// The tables packages carry, whose import state (sync_state) is kept with their rows.
const QStringList &packagedTables()
{
    static const QStringList tables = {
        QStringLiteral("cases"),
        QStringLiteral("parties"),
        QStringLiteral("attachments"),
        QStringLiteral("hearings"),
        QStringLiteral("hearing_attendees"),
        QStringLiteral("minutes_entries"),
        QStringLiteral("minutes_addenda"),
        QStringLiteral("followups"),
        QStringLiteral("activities"),
        QStringLiteral("activity_attachments"),
    };
    return tables;
}

QString policy(const QString &table, const QString &keeps)
{
    return QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY; CREATE POLICY netra_scope"
                          " ON %1 USING (%2)")
        .arg(table, keeps);
}

const QString nationalSession = QStringLiteral("(SELECT netra_scope()) = 'national'");
const QString inScope = QStringLiteral("LIKE (SELECT netra_scope_like())");

// The records whose uuid groups change log entries (the log's case_uuid: a case, and an
// activity's or a lead's own, its files' included), as of data version 11.
const QStringList logGroups = {QStringLiteral("cases"), QStringLiteral("activities")};

// The change log is read whole by the nation; elsewhere an entry with its group (in `groups`)
// when that is kept, and an entry of no group (a user's) with the user.
QString changeLogRead(const QStringList &groups)
{
    QStringList kept;
    for (const QString &table : groups)
        kept << QStringLiteral("EXISTS (SELECT 1 FROM %1 x WHERE x.uuid = case_uuid)").arg(table);
    return QStringLiteral("CREATE POLICY netra_read ON change_log FOR SELECT USING (CASE WHEN %1"
                          " THEN true WHEN case_uuid <> '' THEN %2 ELSE EXISTS (SELECT 1 FROM"
                          " users u WHERE u.uuid = record_uuid) END)")
        .arg(nationalSession, kept.join(QLatin1String(" OR ")));
}

// The import state of a record in one of `tables` is kept with the record.
QString importStateKept(const QStringList &tables)
{
    QStringList cases;
    for (const QString &table : tables)
        cases << QStringLiteral("WHEN '%1' THEN EXISTS (SELECT 1 FROM %1 x WHERE x.uuid ="
                                " record_uuid)")
                     .arg(table);
    return QStringLiteral("CASE record_table %1 ELSE %2 END")
        .arg(cases.join(QLatin1Char(' ')), nationalSession);
}

} // namespace

QStringList ServerAccounts::sharedTables()
{
    return {QStringLiteral("netra_schema"), QStringLiteral("holidays")};
}

QStringList ServerAccounts::rowSecurity()
{
    QStringList s;
    // The session's scope: the scope of the active user whose login is the role signed in; ""
    // (nothing) for any other role. As the owner, so that it reads past the policy of users.
    s << QStringLiteral(
        "CREATE FUNCTION netra_scope() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER"
        " SET search_path = public, pg_temp AS $$ SELECT coalesce((SELECT scope FROM users"
        " WHERE login = CAST(session_user AS citext) AND active <> 0), '') $$");
    // As a LIKE pattern over regency codes: '%', '33%', '3311', or '-' that matches none.
    s << QStringLiteral(
        "CREATE FUNCTION netra_scope_like() RETURNS text LANGUAGE sql STABLE"
        " SET search_path = public, pg_temp AS $$ SELECT CASE WHEN s = 'national' THEN '%'"
        " WHEN length(s) = 2 THEN s || '%' WHEN length(s) = 4 THEN s ELSE '-' END"
        " FROM (SELECT netra_scope() AS s) x $$");
    s << QStringLiteral(
        "CREATE FUNCTION netra_is_admin() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER"
        " SET search_path = public, pg_temp AS $$ SELECT EXISTS (SELECT 1 FROM users WHERE"
        " login = CAST(session_user AS citext) AND active <> 0 AND role = 'administrator') $$");
    // The store's own account: the tables' owner, or a member of it (a superuser is one).
    s << QStringLiteral(
        "CREATE FUNCTION netra_is_owner() RETURNS boolean LANGUAGE sql STABLE"
        " SET search_path = public, pg_temp AS $$ SELECT pg_has_role(session_user, (SELECT"
        " tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'cases'),"
        " 'MEMBER') $$");

    s << policy(QStringLiteral("cases"), QStringLiteral("regency_code ") + inScope);
    s << policy(QStringLiteral("activities"), QStringLiteral("regency_code ") + inScope);
    for (const auto &[table, keeps] : rowsBelow())
        s << policy(table, keeps);
    // A letter of a case with its case; an appeal letter with its activity; any other (a
    // case's letter whose case was removed) for the nation (from data version 14 also for its
    // office: lettersSecurity()).
    s << policy(QStringLiteral("letters"),
                QStringLiteral("CASE WHEN case_id IS NOT NULL THEN %1 WHEN document LIKE"
                               " 'appeal:%' THEN EXISTS (SELECT 1 FROM activities a WHERE"
                               " a.uuid = substr(document, 8)) ELSE %2 END")
                    .arg(caseKept(QStringLiteral("case_id")), nationalSession));
    // A draft of a case or of a person's minutes with it; a new case's with its author.
    s << QStringLiteral("ALTER TABLE drafts ALTER COLUMN author SET DEFAULT session_user");
    s << policy(QStringLiteral("drafts"),
                QStringLiteral("CASE WHEN key ~ '^case:[0-9]+$' THEN EXISTS (SELECT 1 FROM cases"
                               " c WHERE c.id = CAST(substr(key, 6) AS bigint)) WHEN key LIKE"
                               " 'minutes:%' THEN EXISTS (SELECT 1 FROM hearing_attendees a"
                               " WHERE a.uuid = substr(key, 9)) ELSE author ="
                               " CAST(session_user AS text) END"));
    s << policy(QStringLiteral("sync_state"), importStateKept(packagedTables()));
    // Users: those of the scope, and oneself; made or moved only into the scope.
    s << QStringLiteral("ALTER TABLE users ENABLE ROW LEVEL SECURITY; CREATE POLICY netra_scope"
                        " ON users USING (scope %1 OR login = CAST(session_user AS citext))"
                        " WITH CHECK (scope %1)")
             .arg(inScope);
    // Only an administrator (or the store's account) adds, removes or changes a user; anyone
    // else changes only their own row's password and sign-in times.
    s << QStringLiteral(
        "CREATE FUNCTION netra_users_guard() RETURNS trigger LANGUAGE plpgsql"
        " SET search_path = public, pg_temp AS $$ BEGIN"
        " IF TG_OP = 'DELETE' AND (netra_is_owner() OR netra_is_admin()) THEN RETURN OLD;"
        " END IF; IF netra_is_owner() OR netra_is_admin() THEN RETURN NEW; END IF;"
        " IF TG_OP <> 'UPDATE' OR NEW.login <> CAST(session_user AS citext)"
        "  OR NEW.login IS DISTINCT FROM OLD.login OR NEW.role IS DISTINCT FROM OLD.role"
        "  OR NEW.scope IS DISTINCT FROM OLD.scope OR NEW.active IS DISTINCT FROM OLD.active THEN"
        "  RAISE EXCEPTION 'only an administrator changes users' USING ERRCODE = '42501';"
        " END IF; RETURN NEW; END $$");
    s << QStringLiteral("CREATE TRIGGER users_guard BEFORE INSERT OR UPDATE OR DELETE ON users"
                        " FOR EACH ROW EXECUTE FUNCTION netra_users_guard()");
    // The change log: read with what it is about (changeLogRead); appended to by everyone,
    // changed by nobody (no privilege to).
    s << QStringLiteral("ALTER TABLE change_log ENABLE ROW LEVEL SECURITY; ") +
             changeLogRead(logGroups) +
             QStringLiteral("; CREATE POLICY netra_append ON change_log FOR INSERT WITH CHECK"
                            " (true)");

    // What the group role of the store's users may do with the tables; again whenever a role
    // is made, so that tables added by later versions are granted too.
    s << QStringLiteral(
        "CREATE FUNCTION netra_grant_users() RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
        " SET search_path = public, pg_temp AS $$ DECLARE g text := current_database() ||"
        " '_users'; BEGIN"
        " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN RETURN; END IF;"
        " EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', g);"
        " EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public"
        " TO %I', g);"
        " EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON netra_schema FROM %I', g);"
        " EXECUTE format('REVOKE UPDATE, DELETE ON change_log FROM %I', g);"
        " EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', g);"
        " END $$");
    s << QStringLiteral(
        "CREATE FUNCTION netra_has_login(p_login text) RETURNS boolean LANGUAGE sql STABLE"
        " SET search_path = public, pg_temp AS $$ SELECT EXISTS (SELECT 1 FROM pg_auth_members m"
        " JOIN pg_roles u ON u.oid = m.member JOIN pg_roles g ON g.oid = m.roleid"
        " WHERE u.rolname = lower(p_login) AND g.rolname = current_database() || '_users'"
        " AND NOT u.rolsuper) $$");
    s << QStringLiteral(
        "CREATE FUNCTION netra_create_login(p_login text, p_password text, p_scope text)"
        " RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$"
        " DECLARE g text := current_database() || '_users'; r text := lower(p_login); BEGIN"
        " IF NOT (netra_is_owner() OR (netra_is_admin() AND p_scope <> '' AND p_scope LIKE"
        "  netra_scope_like())) THEN RAISE EXCEPTION 'not allowed' USING ERRCODE = '42501';"
        " END IF;"
        " IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN"
        "  RAISE EXCEPTION 'the role exists' USING ERRCODE = '42710'; END IF;"
        " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN"
        "  EXECUTE format('CREATE ROLE %I NOLOGIN', g); END IF;"
        " PERFORM netra_grant_users();"
        " EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', r, p_password, g);"
        " END $$");
    // A new password (the user themself, an administrator of their scope, the store's
    // account) or signing in allowed or not (an administrator): only for this store's roles.
    s << QStringLiteral(
        "CREATE FUNCTION netra_set_login(p_login text, p_password text, p_active boolean)"
        " RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$"
        " DECLARE r text := lower(p_login); s text; BEGIN"
        " IF NOT netra_has_login(r) THEN"
        "  RAISE EXCEPTION 'no account of this store' USING ERRCODE = '42704'; END IF;"
        " SELECT scope INTO s FROM users WHERE login = CAST(r AS citext);"
        " IF NOT (netra_is_owner() OR (netra_is_admin() AND coalesce(s, '') <> '' AND s LIKE"
        "  netra_scope_like()) OR (r = CAST(session_user AS text) AND p_active IS NULL)) THEN"
        "  RAISE EXCEPTION 'not allowed' USING ERRCODE = '42501'; END IF;"
        " IF p_password IS NOT NULL THEN"
        "  EXECUTE format('ALTER ROLE %I PASSWORD %L', r, p_password); END IF;"
        " IF p_active IS NOT NULL THEN EXECUTE format('ALTER ROLE %I %s', r,"
        "  CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END); END IF;"
        " END $$");
    s << QStringLiteral("SELECT netra_grant_users()");
    return s;
}

QStringList ServerAccounts::leadsSecurity()
{
    const QString leadKept = QStringLiteral("EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_id)");
    return {
        policy(QStringLiteral("leads"), QStringLiteral("regency_code ") + inScope),
        policy(QStringLiteral("lead_notes"), leadKept),
        policy(QStringLiteral("lead_attachments"), leadKept),
        // Their change log entries and import state with them.
        QStringLiteral("DROP POLICY netra_read ON change_log; ") +
            changeLogRead(logGroups + QStringList{QStringLiteral("leads")}),
        QStringLiteral("DROP POLICY netra_scope ON sync_state; CREATE POLICY netra_scope ON"
                       " sync_state USING (%1)")
            .arg(importStateKept(QStringList(packagedTables()) << QStringLiteral("leads"))),
        QStringLiteral("SELECT netra_grant_users()"),
    };
}

QStringList ServerAccounts::lettersSecurity()
{
    // As data version 11 keeps them, but a letter with no case (a track record's certificate,
    // a letter to a PPK's superior) is its office's, kept to the office's scope, as well as the
    // nation's; the store's own rows ('') stay the nation's.
    return {
        QStringLiteral("DROP POLICY netra_scope ON letters; CREATE POLICY netra_scope ON"
                       " letters USING (CASE WHEN case_id IS NOT NULL THEN %1 WHEN document LIKE"
                       " 'appeal:%' THEN EXISTS (SELECT 1 FROM activities a WHERE"
                       " a.uuid = substr(document, 8)) ELSE %2 OR (office <> '' AND office %3)"
                       " END)")
            .arg(caseKept(QStringLiteral("case_id")), nationalSession, inScope),
    };
}

QStringList ServerAccounts::officeSecurity()
{
    // The store's own rows ('') for everyone; an office's or a province's within its scope.
    const QString kept = QStringLiteral("office = '' OR office ") + inScope;
    return {
        policy(QStringLiteral("settings"), kept),
        policy(QStringLiteral("sequences"), kept),
        QStringLiteral("CREATE FUNCTION netra_announce() RETURNS trigger LANGUAGE plpgsql"
                       " SET search_path = public, pg_temp AS $$ BEGIN"
                       " PERFORM pg_notify('%1', ''); RETURN NULL; END $$")
            .arg(changesChannel()),
        QStringLiteral("CREATE TRIGGER change_log_announce AFTER INSERT ON change_log"
                       " FOR EACH STATEMENT EXECUTE FUNCTION netra_announce()"),
        QStringLiteral("SELECT netra_grant_users()"),
    };
}

QStringList ServerAccounts::searchSecurity()
{
    // Under case_search's rule a scoped session could not search its index: `@@` is not
    // leakproof, so PostgreSQL tests it only on rows the rule has kept, and every document was
    // read and its case looked up (about a second for any word at 100,000 cases, against 40 ms
    // for the store's account). The function reads as the owner, through the index (OFFSET 0:
    // the documents found first, as SqlDialect::searchCondition explains), and keeps what the
    // cases' rule keeps: all cases for the store's account, else those of the scope.
    return {QStringLiteral(
                "CREATE FUNCTION netra_search(words text) RETURNS SETOF bigint LANGUAGE sql"
                " STABLE SECURITY DEFINER ROWS 500 SET search_path = public, pg_temp AS $$"
                " SELECT s.rowid FROM (SELECT rowid FROM case_search WHERE document @@"
                " to_tsquery('simple', netra_unaccent(words)) OFFSET 0) s"
                " JOIN cases c ON c.id = s.rowid WHERE netra_is_owner() OR c.regency_code %1 $$")
                .arg(inScope)};
}

bool ServerAccounts::call(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(m_db.sql());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    const QString state = q.lastError().nativeErrorCode();
    if (state == QLatin1String("42501"))
        *error = tr("The server refused: only an administrator whose scope covers the user's "
                    "manages their account.");
    else if (state == QLatin1String("42710"))
        *error = tr("The server already has an account named %1; choose another user name.")
                     .arg(roleName(values.value(0).toString()));
    else if (state == QLatin1String("42883")) // the functions of data version 11 are missing
        *error = tr("This server store does not keep accounts per user.");
    else
        *error = m_db.writeRefused(ServerLocation::describe(q.lastError()));
    return false;
}

bool ServerAccounts::create(const QString &login, const QString &password, const QString &scope,
                            QString *error)
{
    return call(QStringLiteral("SELECT netra_create_login(?, ?, ?)"),
                {roleName(login), password, scope}, error);
}

bool ServerAccounts::has(const QString &login) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT netra_has_login(?)"));
    q.addBindValue(roleName(login));
    return q.exec() && q.next() && q.value(0).toBool();
}

bool ServerAccounts::setPassword(const QString &login, const QString &password, QString *error)
{
    return call(QStringLiteral("SELECT netra_set_login(?, ?, NULL)"), {roleName(login), password},
                error);
}

bool ServerAccounts::setActive(const QString &login, bool active, QString *error)
{
    return call(QStringLiteral("SELECT netra_set_login(?, NULL, ?)"), {roleName(login), active},
                error);
}
