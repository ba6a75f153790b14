// check: a data file's integrity, its change log and its rules.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "exchange/Package.h"
#include "store/FileCheck.h"
#include "store/InputFile.h"
#include "store/KeyStore.h"
#include "store/TrailCheck.h"

#include <QFile>
#include <QJsonObject>

CheckCommand::CheckCommand()
{
    name = QStringLiteral("check");
    summary = Cli::tr("check a data file's integrity and rules");
    description = Cli::tr("Checks a data file: schema version, SQLite integrity, the change log, "
                          "every record and schema object against the change log and Netra's "
                          "schema, and the rules every case must hold. Exit 0 only when all hold.");
    options = {
        Options::json(),
        {QStringLiteral("against"),
         Cli::tr("Also say whether the change log was rewritten since this package or "
                 "backup was made."),
         QStringLiteral("PACKAGE|BACKUP")},
    };
}

int CheckCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const QString against = p.value(QStringLiteral("against"));
    // The other side is read before the data file is opened: a package whole and checked, a
    // backup as a data file, read-only.
    std::optional<ChangeLogChain::Head> otherHead;
    std::unique_ptr<Database> backup;
    QString otherLabel;
    if (!against.isEmpty()) {
        // A regular file only: a pipe or a device is refused, never waited on.
        const QString notRegular = InputFile::notRegular(against);
        QFile probe(against);
        if (!notRegular.isEmpty() || !probe.open(QIODevice::ReadOnly)) {
            ctx.printErr(notRegular.isEmpty()
                             ? Cli::tr("%1 cannot be read: %2").arg(against, probe.errorString())
                             : notRegular);
            return Failed;
        }
        const bool isPackage = probe.read(8) == "NETRAPKG";
        probe.close();
        if (isPackage) {
            otherLabel = Cli::tr("package");
            Package::Content content;
            if (!ctx.readPackage(against, &content))
                return Failed;
            if (content.logCount >= 0)
                otherHead = ChangeLogChain::Head{content.logCount, 0, content.logLastHash};
        } else {
            otherLabel = Cli::tr("backup");
            QString error;
            backup = Database::open(against, Database::Mode::ReadOnly, &error);
            if (!backup) {
                ctx.printErr(error);
                return Failed;
            }
            otherHead = TrailCheck::head(*backup);
            if (!otherHead && backup->schemaVersion() >= 7)
                otherHead = ChangeLogChain::Head{};
        }
    }
    Database *db = ctx.open(p.positionalArguments().first(), Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    FileCheck::Result r = FileCheck::run(*db);
    QJsonObject out = r.toJson();
    bool ok = r.ok();
    if (!against.isEmpty()) {
        const TrailCheck::Lineage l = TrailCheck::compare(*db, otherHead, backup.get(), otherLabel);
        out.insert(QStringLiteral("against"), l.toJson());
        if (!l.ok) {
            ok = false;
            out.insert(QStringLiteral("ok"), false);
        }
        ctx.printErr(l.message());
    }
    for (const QString &problem : std::as_const(r.problems))
        ctx.printErr(problem);
    for (const QString &note : r.notes + r.trail.notes())
        ctx.printErr(note);
    const bool encrypted = KeyStore(*db).hasFileKeys();
    out.insert(QStringLiteral("identities_encrypted"), encrypted);
    if (!encrypted)
        ctx.printErr(Context::notEncryptedNote(db->path()));
    ctx.printJson(out);
    return ok ? Ok : Failed;
}
