// init, users and keys: a new office's file and its first administrator, the users of a file,
// and the keys to the confidential identities.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "domain/Scope.h"
#include "store/InputFile.h"
#include "store/KeyStore.h"
#include "store/ServerDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject userJson(const User &u)
{
    return {{QStringLiteral("login"), u.login},
            {QStringLiteral("name"), u.fullName},
            {QStringLiteral("role"), Access::roleKey(u.role)},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("scope"), u.scope.isEmpty() ? QJsonValue() : QJsonValue(u.scope)},
            {QStringLiteral("last_login"),
             u.lastLogin.isValid() ? QJsonValue(u.lastLogin.toString(Qt::ISODate)) : QJsonValue()}};
}

// A new password from NETRA_NEW_PASSWORD, else typed twice at the terminal.
bool readNewPassword(Context &ctx, QString *password)
{
    return ctx.readNewPassword("NETRA_NEW_PASSWORD", Cli::tr("New password: "),
                               Cli::tr("The new password again: "), password);
}

// Prints a recovery key once, on standard error, for the office safe.
void printRecoveryKey(Context &ctx, const QString &path, const QString &key)
{
    ctx.printErr(Cli::tr("Recovery key of %1 (shown once; write it down or print it and keep it "
                         "in the office safe; it opens the identities when no coordinator can):"
                         "\n%2")
                     .arg(path, key));
}

} // namespace

// netra-cli init: an empty data file with its first administrator, as the window's first start
// makes it; or Netra's store in an empty database of an office server, the database created
// when the server has none of that name. The password from NETRA_PASSWORD, else typed twice at
// the terminal.
InitCommand::InitCommand()
{
    name = QStringLiteral("init");
    summary = Cli::tr("create an empty data file with its administrator");
    description = Cli::tr("Creates an empty data file with its first administrator, or sets up "
                          "Netra's store with its first administrator in a database of an office "
                          "server (postgresql://user@host/database): an empty one, or one "
                          "created when the server has none of that name (the account needs "
                          "CREATEDB for that). A store or any other table there is refused and "
                          "left as it was. The password is read from NETRA_PASSWORD or asked "
                          "for.");
    options = {
        {QStringLiteral("admin"), Cli::tr("The login of the first administrator."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("name"), Cli::tr("The administrator's full name."), QStringLiteral("NAME")},
        Options::json(),
    };
    arguments = QStringLiteral("FILE|URI ") +
                Cli::tr("the data file to create (must not exist), or a server database (empty "
                        "or missing)");
}

namespace {

// The administrator's password, typed twice or from NETRA_PASSWORD, that the rules allow.
bool readAdminPassword(Context &ctx, const User &admin, QString *password)
{
    if (!ctx.readNewPassword("NETRA_PASSWORD", Cli::tr("Password for %1: ").arg(admin.login),
                             Cli::tr("The password again: "), password))
        return false;
    if (const QString problem = UserRepository::passwordProblem(admin.login, *password);
        !problem.isEmpty()) {
        ctx.printErr(problem);
        return false;
    }
    return true;
}

// init on a server: everything is checked before anything is written (a missing database is
// created only once the password is accepted), and the schema and the administrator are
// written in one transaction; a database created for them is removed again when that fails.
int initServer(Context &ctx, const QString &uri, User &admin)
{
    QString error;
    const ServerDatabase::State state = ServerDatabase::probe(uri, &error);
    if (state == ServerDatabase::State::Refused) {
        ctx.printErr(error);
        return Failed;
    }
    const bool missing = state == ServerDatabase::State::Missing;
    // An existing database is set up in a transaction left open: one that holds a Netra store or
    // other tables is refused here, before the password is asked for.
    if (!missing && !ctx.open(uri, Database::Mode::CreateUncommitted, Context::SignIn::Never))
        return Failed;
    QString password;
    if (!readAdminPassword(ctx, admin, &password))
        return Failed; // the context closes the store, which undoes the transaction
    if (missing) {
        if (!ServerDatabase::create(uri, &error)) {
            ctx.printErr(error);
            return Failed;
        }
        if (!ctx.open(uri, Database::Mode::CreateUncommitted, Context::SignIn::Never, &error)) {
            QString dropError;
            ServerDatabase::drop(uri, &dropError);
            ctx.printErr(error);
            return Failed;
        }
    }
    Database *db = ctx.database();
    const QString shown = db->path();
    const int version = db->schemaVersion();
    if (!UserRepository(*db).create(admin, password, &error) || !db->commit()) {
        if (error.isEmpty())
            error = db->lastError();
        ctx.close();
        QString dropError;
        if (missing && !ServerDatabase::drop(uri, &dropError))
            error += QLatin1Char('\n') + dropError;
        ctx.printErr(error);
        return Failed;
    }
    ctx.close();
    ctx.printJson(QJsonObject{{QStringLiteral("file"), shown},
                              {QStringLiteral("database_created"), missing},
                              {QStringLiteral("schema_version"), version},
                              {QStringLiteral("administrator"), userJson(admin)}});
    return Ok;
}

} // namespace

int InitCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const QString path = p.positionalArguments().first();
    User admin;
    admin.login = p.value(QStringLiteral("admin")).trimmed();
    admin.fullName = p.value(QStringLiteral("name")).trimmed();
    admin.role = Role::Administrator;
    admin.active = true;
    if (admin.login.isEmpty() || admin.fullName.isEmpty()) {
        ctx.printErr(Cli::tr("init needs --admin LOGIN and --name NAME."));
        return Usage;
    }
    if (Database::isServerLocation(path))
        return initServer(ctx, path, admin);
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        ctx.printErr(
            Cli::tr("%1 exists already; init never writes into an existing file.").arg(path));
        return Failed;
    }
    QString password;
    if (!readAdminPassword(ctx, admin, &password))
        return Failed;
    QString error;
    bool made = false;
    {
        Database *db = ctx.open(path, Database::Mode::CreateIfMissing, Context::SignIn::Never);
        made = db && UserRepository(*db).create(admin, password, &error);
        ctx.close();
    }
    if (!made) {
        if (!error.isEmpty())
            ctx.printErr(error);
        // Nothing half-made is left behind.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return Failed;
    }
    ctx.printJson(QJsonObject{{QStringLiteral("file"), path},
                              {QStringLiteral("administrator"), userJson(admin)}});
    return Ok;
}

UsersCommand::UsersCommand()
{
    name = QStringLiteral("users");
    summary = Cli::tr("list and manage the users of a data file");
    description = Cli::tr("Lists and manages the users of a data file (an administrator's task).");
    options = {
        {QStringLiteral("add"),
         Cli::tr("Add the user LOGIN (with --name and --role); the password is read from "
                 "NETRA_NEW_PASSWORD or asked for. The first user of a file is its "
                 "administrator and needs no sign-in."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("change"), Cli::tr("Change the user LOGIN: --name, --role, --active."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("password"),
         Cli::tr("Set a new password for LOGIN (from NETRA_NEW_PASSWORD or asked for)."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("name"), Cli::tr("The user's full name."), QStringLiteral("NAME")},
        {QStringLiteral("role"), Cli::tr("administrator, coordinator, officer, clerk or viewer."),
         QStringLiteral("ROLE")},
        {QStringLiteral("active"), Cli::tr("yes: may sign in; no: may not."),
         QStringLiteral("yes|no")},
        {QStringLiteral("scope"),
         Cli::tr("On a server that holds many offices: the offices the user works on, a "
                 "regency (3311), a province (33) or national. The user is also made a database "
                 "account of the server with the same password, kept to that scope by the "
                 "server."),
         QStringLiteral("SCOPE")},
        Options::json(),
    };
}

int UsersCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const QString add = p.value(QStringLiteral("add"));
    const QString change = p.value(QStringLiteral("change"));
    const QString password = p.value(QStringLiteral("password"));
    if (int(!add.isEmpty()) + int(!change.isEmpty()) + int(!password.isEmpty()) > 1) {
        ctx.printErr(Cli::tr("Give one of --add, --change and --password."));
        return Usage;
    }
    Role role = Role::Viewer;
    if (p.isSet(QStringLiteral("role")) &&
        !Access::roleFromKey(p.value(QStringLiteral("role")), &role)) {
        return Options::unknownValue(ctx, QStringLiteral("role"), p.value(QStringLiteral("role")));
    }
    const QString active = p.value(QStringLiteral("active")).toLower();
    if (p.isSet(QStringLiteral("active")) && active != QLatin1String("yes") &&
        active != QLatin1String("no"))
        return Options::unknownValue(ctx, QStringLiteral("active"), active);
    QString scope;
    QString scopeError;
    if (p.isSet(QStringLiteral("scope")) &&
        !Scope::parse(p.value(QStringLiteral("scope")), &scope, &scopeError)) {
        ctx.printErr(scopeError);
        return Usage;
    }
    if (!add.isEmpty() && (!p.isSet(QStringLiteral("name")) || !p.isSet(QStringLiteral("role")))) {
        ctx.printErr(Cli::tr("--add needs --name and --role."));
        return Usage;
    }

    const QString path = p.positionalArguments().first();
    const bool writing = !add.isEmpty() || !change.isEmpty() || !password.isEmpty();
    const Database::Mode mode = writing ? Database::Mode::OpenExisting : Database::Mode::ReadOnly;
    Database *db = ctx.open(path, mode, Context::SignIn::Later);
    if (!db)
        return Failed;
    // The first user, the administrator, is made without signing in; every other use needs it.
    const bool first = !UserRepository(*db).hasUsers();
    if (first && add.isEmpty()) {
        ctx.printErr(Context::noUsersMessage(path));
        return Failed;
    }
    if (!first && !ctx.signIn(*db))
        return Failed;
    UserRepository repo(*db);
    const bool self = !password.isEmpty() && db->user() &&
                      db->user()->login.compare(password, Qt::CaseInsensitive) == 0;
    if (!first && !self && !Access::may(db->user()->role, Action::ManageUsers)) {
        ctx.printErr(Access::refusal(db->user()->role, Action::ManageUsers));
        return Failed;
    }
    if (!add.isEmpty()) {
        User u;
        u.login = add;
        u.fullName = p.value(QStringLiteral("name"));
        u.role = role;
        u.active = active != QLatin1String("no");
        u.scope = scope;
        QString secret;
        if (!readNewPassword(ctx, &secret))
            return Failed;
        QString error;
        if (!repo.create(u, secret, &error)) {
            ctx.printErr(error);
            return Failed;
        }
    } else if (!change.isEmpty() || !password.isEmpty()) {
        const std::optional<User> found = repo.find(change.isEmpty() ? password : change);
        if (!found) {
            ctx.printErr(
                Cli::tr("No user %1 in this file.").arg(change.isEmpty() ? password : change));
            return Failed;
        }
        User u = *found;
        if (p.isSet(QStringLiteral("name")))
            u.fullName = p.value(QStringLiteral("name"));
        if (p.isSet(QStringLiteral("role")))
            u.role = role;
        if (p.isSet(QStringLiteral("active")))
            u.active = active == QLatin1String("yes");
        if (p.isSet(QStringLiteral("scope")))
            u.scope = scope;
        QString secret;
        QString error;
        const bool ok = change.isEmpty() ? readNewPassword(ctx, &secret) &&
                                               repo.setPassword(u.id, secret, &error)
                                         : repo.update(u, &error);
        if (!ok) {
            if (!error.isEmpty())
                ctx.printErr(error);
            return Failed;
        }
    }
    QJsonArray list;
    for (const User &u : repo.users())
        list.append(userJson(u));
    ctx.printJson(list);
    return Ok;
}

// `keys FILE`: the keys to the confidential identities (README "How identities are
// protected"). One family of options: the status (default), encrypting a file of an earlier
// version, giving a coordinator the key with the recovery key, a new recovery key.
KeysCommand::KeysCommand()
{
    name = QStringLiteral("keys");
    summary = Cli::tr("the keys to the confidential identities");
    description = Cli::tr("The keys to the confidential identities of a data file.");
    options = {
        {QStringLiteral("status"), Cli::tr("Who holds the key and who waits for it (default).")},
        {QStringLiteral("convert"),
         Cli::tr("Encrypt the confidential identities of a file made by an earlier version "
                 "(an administrator or a coordinator); prints the recovery key once.")},
        {QStringLiteral("grant"),
         Cli::tr("Give the coordinator LOGIN the key, with the recovery key (when no coordinator "
                 "who holds it is left)."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("recovery-key-file"),
         Cli::tr("The file holding the recovery key, for --grant."), QStringLiteral("FILE")},
        {QStringLiteral("new-recovery-key"),
         Cli::tr("Make a new recovery key (a coordinator who holds the key); the old one stops "
                 "working.")},
    };
}

int KeysCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const bool convert = p.isSet(QStringLiteral("convert"));
    const bool grant = p.isSet(QStringLiteral("grant"));
    const bool renew = p.isSet(QStringLiteral("new-recovery-key"));
    if (int(convert) + int(grant) + int(renew) > 1) {
        ctx.printErr(Cli::tr("Give one of --convert, --grant and --new-recovery-key."));
        return Usage;
    }
    QString recoveryText;
    if (grant) {
        const QString file = p.value(QStringLiteral("recovery-key-file"));
        if (file.isEmpty()) {
            ctx.printErr(Cli::tr("--grant needs --recovery-key-file FILE."));
            return Usage;
        }
        QByteArray data;
        QString error;
        if (InputFile::read(file, 4096, &data, &error) != InputFile::Result::Read) {
            ctx.printErr(error.isEmpty() ? Cli::tr("%1 is not a recovery key.").arg(file) : error);
            return Failed;
        }
        recoveryText = QString::fromUtf8(data).trimmed();
    }
    const bool writes = convert || grant || renew;
    const QString path = p.positionalArguments().first();
    Database *db = ctx.open(path, writes ? Database::Mode::OpenExisting : Database::Mode::ReadOnly,
                            Context::SignIn::Later);
    if (!db)
        return Failed;
    if (!ctx.signIn(*db,
                    writes ? UserRepository::Record::Now : UserRepository::Record::WithFirstChange))
        return Failed;
    KeyStore store(*db);
    const Role role = db->user()->role;
    if (writes && role != Role::Administrator && role != Role::Coordinator) {
        ctx.printErr(Cli::tr("Only an administrator or a coordinator manages the keys to the "
                             "identities."));
        return Failed;
    }
    QString recoveryKey;
    QString error;
    bool ok = true;
    if (convert)
        ok = store.convert(&recoveryKey, &error);
    else if (grant)
        ok = store.grantWithRecoveryKey(p.value(QStringLiteral("grant")), recoveryText, &error);
    else if (renew)
        ok = store.newRecoveryKey(&recoveryKey, &error);
    if (!ok) {
        ctx.printErr(error);
        return Failed;
    }
    if (!recoveryKey.isEmpty())
        printRecoveryKey(ctx, path, recoveryKey);
    const KeyStore::Status st = store.status();
    if (!st.encrypted)
        ctx.printErr(Context::notEncryptedNote(path));
    ctx.printJson(st.toJson());
    return Ok;
}
