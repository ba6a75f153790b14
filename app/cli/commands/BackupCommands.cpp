// backup, backups and restore: copies of a data file, and one put back.
#include "cli/commands/Commands.h"

#include "store/Backup.h"
#include "store/CaseRepository.h"

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
                          "use) and deletes the oldest backups beyond the number kept.");
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
    ctx.close();
    Backup::Result result;
    if (!Backup::make(file, p.value(QStringLiteral("to")), keep, &result, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    ctx.printJson(
        QJsonObject{{QStringLiteral("file"), file},
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
                "file is kept beside it as NAME.before-restore-TIME.netra.");
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
    // Only an administrator restores; a file that cannot be opened any more has nobody to ask.
    QString error;
    if (QFileInfo::exists(file)) {
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
        {QStringLiteral("file"), file},
        {QStringLiteral("restored_from"), from},
        {QStringLiteral("previous_file"), keptAs.isEmpty() ? QJsonValue() : QJsonValue(keptAs)},
        {QStringLiteral("cases"),
         db ? QJsonValue(CaseRepository(*db).count(CaseFilter())) : QJsonValue()}});
    return db ? Ok : Failed;
}
