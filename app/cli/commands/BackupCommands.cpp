// backup, backups and restore: copies of a data file (or of a server store), and one put back;
// copy: a whole store into an empty one, between a file and a server.
#include "cli/commands/Commands.h"

#include "store/Backup.h"
#include "store/CaseRepository.h"
#include "store/StoreCopy.h"

#include <QElapsedTimer>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject backupJson(const Backup::Entry &e)
{
    return QJsonObject{{QStringLiteral("path"), e.path},
                       {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("size"), e.size},
                       {QStringLiteral("cases"), e.cases < 0 ? QJsonValue() : QJsonValue(e.cases)}};
}

} // namespace

BackupCommand::BackupCommand()
{
    name = QStringLiteral("backup");
    summary = Cli::tr("make a backup of a data file");
    description = Cli::tr("Makes a backup of a data file (a consistent copy, also while it is in "
                          "use) and deletes the oldest backups beyond the number kept. A server "
                          "store (postgresql://…) is backed up as a data file made from one "
                          "consistent snapshot, by default into DATABASE-backups in the current "
                          "folder.");
    options = {
        {QStringLiteral("to"),
         Cli::tr("The backup folder (default: FILE's name with -backups, beside it)."),
         QStringLiteral("DIR")},
        {QStringLiteral("keep"),
         Cli::tr("How many backups to keep, %1 to %2 (default: the file's setting backup_keep).")
             .arg(Backup::MinKeep)
             .arg(Backup::MaxKeep),
         QStringLiteral("N")},
    };
}

int BackupCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    int keep = 0;
    if (p.isSet(QStringLiteral("keep")) &&
        !Backup::parseKeep(p.value(QStringLiteral("keep")), &keep)) {
        ctx.printErr(Cli::tr("--keep takes a number from %1 to %2.")
                         .arg(Backup::MinKeep)
                         .arg(Backup::MaxKeep));
        return Usage;
    }
    const QString file = p.positionalArguments().first();
    QString error;
    // The file is checked (a Netra file, not damaged) before it is copied, and the user's role:
    // nothing is written, nothing deleted on a refusal.
    Database *db = ctx.open(file, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    if (!db->permits(Action::MakeBackup, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    const QString shown = db->path(); // a server without its password
    ctx.close();
    Backup::Result result;
    if (!Backup::make(file, p.value(QStringLiteral("to")), keep, &result, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    ctx.printJson(
        QJsonObject{{QStringLiteral("file"), shown},
                    {QStringLiteral("backup"), result.path},
                    {QStringLiteral("size"), QFileInfo(result.path).size()},
                    {QStringLiteral("keep"), result.keep},
                    {QStringLiteral("removed"), QJsonArray::fromStringList(result.removed)}});
    return Ok;
}

BackupsCommand::BackupsCommand()
{
    name = QStringLiteral("backups");
    summary = Cli::tr("list a data file's backups");
    description = Cli::tr("Lists the backups of a data file, newest first.");
    options = {
        {QStringLiteral("in"),
         Cli::tr("The backup folder (default: FILE's name with -backups, beside it)."),
         QStringLiteral("DIR")},
    };
}

int BackupsCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const QString file = p.positionalArguments().first();
    // Signed in to a file that opens; the backups of one that does not are what is needed.
    QString error;
    if (Database *db = ctx.open(file, Database::Mode::ReadOnly, Context::SignIn::Later, &error);
        db && !ctx.signIn(*db))
        return Failed;
    ctx.close();
    QJsonArray list;
    for (const Backup::Entry &e : Backup::list(file, p.value(QStringLiteral("in"))))
        list.append(backupJson(e));
    ctx.printJson(list);
    return Ok;
}

RestoreCommand::RestoreCommand()
{
    name = QStringLiteral("restore");
    summary = Cli::tr("put a backup in the place of a data file");
    description =
        Cli::tr("Puts a backup in the place of a data file, after checking it; the current "
                "file is kept beside it as NAME.before-restore-TIME.netra. On an office server "
                "(postgresql://…) the backup goes into an empty database only.");
    arguments = dataFile() + QStringLiteral(" BACKUP");
    argumentCount = 2;
}

int RestoreCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const QString file = p.positionalArguments().at(0);
    const QString from = p.positionalArguments().at(1);
    // A bad backup is refused before the data file is even opened.
    const QString problem = Backup::inspect(from);
    if (!problem.isEmpty()) {
        ctx.printErr(Cli::tr("The backup %1 cannot be restored: %2").arg(from, problem));
        return Failed;
    }
    // Only an administrator restores; a file that cannot be opened any more has nobody to ask,
    // nor has the empty server database that is the only one a backup goes into.
    QString error;
    if (QFileInfo::exists(file) && !Database::isServerLocation(file)) {
        Database *db = ctx.open(file, Database::Mode::OpenExisting, Context::SignIn::Later, &error);
        if (db && !ctx.signIn(*db))
            return Failed;
        if (db && !db->allows(Action::RestoreBackup)) {
            ctx.printErr(db->refusal(Action::RestoreBackup));
            return Failed;
        }
        ctx.close();
        error.clear();
    }
    QString keptAs;
    if (!Backup::restore(file, from, &keptAs, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    // The restored file has its own users: its cases are counted without signing in again.
    Database *db = ctx.open(file, Database::Mode::ReadOnly, Context::SignIn::Never);
    ctx.printJson(QJsonObject{
        {QStringLiteral("file"), db ? db->path() : file},
        {QStringLiteral("restored_from"), from},
        {QStringLiteral("previous_file"), keptAs.isEmpty() ? QJsonValue() : QJsonValue(keptAs)},
        {QStringLiteral("cases"),
         db ? QJsonValue(CaseRepository(*db).count(CaseFilter())) : QJsonValue()}});
    return db ? Ok : Failed;
}

CopyCommand::CopyCommand()
{
    name = QStringLiteral("copy");
    summary =
        Cli::tr("copy a whole store into an empty one (a file to a server, a server to a file)");
    description = Cli::tr(
        "Copies a whole Netra store, every record with its keys, attachments, users, settings "
        "and the change log, into an empty target: a data file into an empty database of an "
        "office server (postgresql://user@host/database; Netra's schema is set up there), a "
        "server store into a new data file, or a data file into a new one. The source is read in "
        "one consistent snapshot; the target is written whole or not at all, and a target that "
        "is not empty is refused and left as it was. Signed in to the source as an "
        "administrator or coordinator.");
    arguments = QStringLiteral("SOURCE ") +
                Cli::tr("the data file or server store to copy; TARGET, the new data file or "
                        "the empty server database");
    argumentCount = 2;
}

int CopyCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const QString source = p.positionalArguments().at(0);
    const QString target = p.positionalArguments().at(1);
    // A target that cannot take the copy is refused before anyone signs in.
    QString error = StoreCopy::refusal(target);
    if (!error.isEmpty()) {
        ctx.printErr(error);
        return Failed;
    }
    // The copy holds everything, as a backup does; signing in to it writes nothing.
    Database *db = ctx.open(source, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    if (!db->permits(Action::MakeBackup, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    QElapsedTimer timer;
    timer.start();
    StoreCopy::Result result;
    if (!StoreCopy::copy(*db, target, &result, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    QJsonObject rows;
    for (const auto &table : std::as_const(result.rows))
        rows.insert(table.first, table.second);
    ctx.printJson(QJsonObject{{QStringLiteral("source"), result.source},
                              {QStringLiteral("target"), result.target},
                              {QStringLiteral("schema_version"), result.schemaVersion},
                              {QStringLiteral("rows"), rows},
                              {QStringLiteral("attachment_bytes"), result.attachmentBytes},
                              {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
    return Ok;
}
