// holidays and settings: the office's holiday calendar and its settings.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "documents/PrintedDocument.h"
#include "store/HolidayRepository.h"
#include "store/InputFile.h"
#include "store/SettingsRepository.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>

HolidaysCommand::HolidaysCommand()
{
    name = QStringLiteral("holidays");
    summary = Cli::tr("list or edit the holiday calendar");
    description = Cli::tr("Lists and edits the office's holiday calendar (national holidays, joint "
                          "leave, election days) used to count working days.");
    options = {
        {QStringLiteral("add"), Cli::tr("Add or change the day off on DATE (with --name)."),
         QStringLiteral("DATE")},
        {QStringLiteral("name"), Cli::tr("The name of the day off."), QStringLiteral("NAME")},
        {QStringLiteral("kind"), Cli::tr("libur_nasional, cuti_bersama or hari_pemilihan."),
         QStringLiteral("KIND"), QStringLiteral("libur_nasional")},
        {QStringLiteral("remove"), Cli::tr("Remove the day off on DATE."), QStringLiteral("DATE")},
        {QStringLiteral("year"), Cli::tr("List only this year."), QStringLiteral("YEAR")},
        Options::json(),
    };
}

int HolidaysCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const bool writes = p.isSet(QStringLiteral("add")) || p.isSet(QStringLiteral("remove"));
    Database *db = ctx.open(p.positionalArguments().first(),
                            writes ? Database::Mode::OpenExisting : Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    HolidayRepository repo(*db);
    QString error;
    QDate date;
    if (p.isSet(QStringLiteral("add"))) {
        const QString kind = p.value(QStringLiteral("kind"));
        if (!Options::parseDate(ctx, p.value(QStringLiteral("add")), &date))
            return Usage;
        if (!QStringList{QStringLiteral("libur_nasional"), QStringLiteral("cuti_bersama"),
                         QStringLiteral("hari_pemilihan")}
                 .contains(kind))
            return Options::unknownValue(ctx, QStringLiteral("kind"), kind);
        if (!repo.setHoliday({date, p.value(QStringLiteral("name")), kind}, &error)) {
            ctx.printErr(error);
            return Failed;
        }
    }
    if (p.isSet(QStringLiteral("remove"))) {
        if (!Options::parseDate(ctx, p.value(QStringLiteral("remove")), &date))
            return Usage;
        if (!repo.removeHoliday(date, &error)) {
            ctx.printErr(error);
            return Failed;
        }
    }
    QJsonArray list;
    const int year = p.value(QStringLiteral("year")).toInt();
    for (const Holiday &h : repo.holidays()) {
        if (year == 0 || h.date.year() == year)
            list.append(QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                    {QStringLiteral("name"), h.name},
                                    {QStringLiteral("kind"), h.kind}});
    }
    ctx.printJson(list);
    return Ok;
}

SettingsCommand::SettingsCommand()
{
    name = QStringLiteral("settings");
    summary = Cli::tr("show or change the office's settings");
    description = Cli::tr("Shows and changes the office's settings: its name and code, and the "
                          "patterns of receipt and registration numbers.");
    options = {
        {QStringLiteral("set"),
         Cli::tr("Change a setting: KEY=VALUE (may be repeated). Keys: %1. office_logo takes "
                 "an image file (PNG, JPEG, SVG), kept in the data file.")
             .arg(SettingsRepository::settingKeys().join(QLatin1String(", "))),
         QStringLiteral("KEY=VALUE")},
        Options::json(),
    };
}

namespace {

// The value stored for office_logo: the image read from the file named, as Letterhead keeps it
// (so that the letterhead travels with the data file); false after printing why.
bool readLogo(Context &ctx, const QString &path, QString *value)
{
    QByteArray bytes;
    QString why;
    const InputFile::Result read = InputFile::read(path, 10 * 1024 * 1024, &bytes, &why);
    if (read != InputFile::Result::Read) {
        ctx.printErr(read == InputFile::Result::TooLarge
                         ? Cli::tr("%1 is larger than 10 MiB: too large for a logo.").arg(path)
                         : why);
        return false;
    }
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        ctx.printErr(Cli::tr("%1 is not an image Netra can read (PNG, JPEG, SVG).").arg(path));
        return false;
    }
    *value = Letterhead::encodeLogo(image);
    return true;
}

} // namespace

int SettingsCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    static const QStringList keys = SettingsRepository::settingKeys();
    const QStringList changes = p.values(QStringLiteral("set"));
    for (const QString &change : changes) {
        if (!keys.contains(change.section(QLatin1Char('='), 0, 0)) ||
            !change.contains(QLatin1Char('='))) {
            ctx.printErr(Cli::tr("Unknown setting: %1").arg(change));
            return Usage;
        }
    }
    Database *db =
        ctx.open(p.positionalArguments().first(),
                 changes.isEmpty() ? Database::Mode::ReadOnly : Database::Mode::OpenExisting);
    if (!db)
        return Failed;
    SettingsRepository repo(*db);
    if (!changes.isEmpty()) {
        Transaction t(*db);
        for (const QString &change : changes) {
            QString error;
            const QString key = change.section(QLatin1Char('='), 0, 0);
            QString value = change.section(QLatin1Char('='), 1);
            if (key == QLatin1String("office_logo") && !value.isEmpty()) {
                if (!readLogo(ctx, value, &value))
                    return Failed;
            }
            if (!repo.setSetting(key, value, &error)) {
                ctx.printErr(error);
                return Failed;
            }
        }
        if (!t.commit()) {
            ctx.printErr(db->lastError());
            return Failed;
        }
    }
    QJsonObject out;
    for (const QString &key : keys) {
        const QString value = repo.setting(key);
        // The logo is shown by its size, not its bytes.
        if (key == QLatin1String("office_logo") && value.startsWith(QLatin1String("data:"))) {
            const QImage logo = Letterhead::decodeLogo(value);
            out.insert(key, QStringLiteral("PNG %1x%2").arg(logo.width()).arg(logo.height()));
        } else {
            out.insert(key, value);
        }
    }
    ctx.printJson(out);
    return Ok;
}
