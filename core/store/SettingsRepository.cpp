#include "SettingsRepository.h"

#include "Backup.h"
#include "FieldFile.h"
#include "domain/Regions.h"
#include "domain/Scope.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// An office's name, address, logo, code and signatories are its own: an office of a shared
// server that has not set them yet has none, rather than another's. Everything else (number
// patterns, who signs which letter, the idle lock, the store's keys) is the store's until the
// office sets its own.
bool officeOwn(const QString &key)
{
    return key.startsWith(QLatin1String("office_")) || key.startsWith(QLatin1String("signatory_"));
}

} // namespace

QString SettingsRepository::office() const
{
    // Never null: bound as the empty text that keys the store's own rows.
    const QString scope = m_db.user() ? m_db.user()->scope : QString();
    return scope.isEmpty() || scope == Scope::national() ? QStringLiteral("") : scope;
}

CaseNumber::Context SettingsRepository::numberingContext(const QString &regencyCode,
                                                         const QDate &date) const
{
    CaseNumber::Context ctx;
    ctx.level = setting(QStringLiteral("office_level"));
    ctx.office = setting(QStringLiteral("office_code"));
    // An office of a shared server that has not set them: its own region's.
    const QString region = office();
    if (ctx.office.isEmpty()) {
        const QString code = region.isEmpty() ? regencyCode : region;
        ctx.office = code.size() >= 4 ? code.left(2) + QLatin1Char('.') + code.mid(2) : code;
    }
    if (ctx.level.isEmpty() && !region.isEmpty()) {
        ctx.level = region.size() == 2 ? QStringLiteral("Prov")
                    : Regions::nameOf(region).startsWith(QLatin1String("Kota"))
                        ? QStringLiteral("Kota")
                        : QStringLiteral("Kab");
    }
    ctx.date = date;
    return ctx;
}

std::optional<int> SettingsRepository::nextSequence(int year, const QString &kind, QString *error)
{
    // The sequences and the letter book stay in the office: a number drawn in a field file
    // could be drawn there again.
    if (const QString office = FieldFile::takenFrom(m_db); !office.isEmpty()) {
        *error = tr("This is a field file, taken from %1: case and letter numbers are given only "
                    "in the office's store. Receive, register or issue it there once the cases "
                    "are brought back.")
                     .arg(office);
        return std::nullopt;
    }
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO sequences (office, year, kind, last) VALUES (?, ?, ?, 1)"
                       " ON CONFLICT (office, year, kind) DO UPDATE SET last = sequences.last + 1"
                       " RETURNING last"));
    q.addBindValue(office());
    q.addBindValue(year);
    q.addBindValue(kind);
    if (!q.exec() || !q.next()) {
        *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    const int value = q.value(0).toInt();
    q.finish();
    return value;
}

QString SettingsRepository::setting(const QString &key) const
{
    // The office's own value first, then the store's.
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ? AND"
                                                " office IN (?, ?) ORDER BY office DESC LIMIT 1"));
    const QString own = office();
    q.addBindValue(key);
    q.addBindValue(own);
    q.addBindValue(officeOwn(key) ? own : QStringLiteral(""));
    const QString value = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

int SettingsRepository::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = setting(QStringLiteral("idle_lock_minutes")).toInt(&ok);
    return ok ? minutes : DefaultIdleLockMinutes;
}

QList<std::pair<QString, QString>> SettingsRepository::effectiveSettings() const
{
    QList<std::pair<QString, QString>> list;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, value, office FROM settings WHERE office IN ('', ?)"
                             " ORDER BY key, office"));
    const QString own = office();
    q.addBindValue(own);
    if (!q.exec())
        return list;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const bool ofOffice = q.value(2).toString() == own;
        if (!own.isEmpty() && !ofOffice && officeOwn(key))
            continue;
        if (!list.isEmpty() && list.last().first == key)
            list.last().second = q.value(1).toString(); // the office's own, after the store's
        else
            list.append({key, q.value(1).toString()});
    }
    return list;
}

OfficeTime SettingsRepository::officeTime(const QString &regencyCode) const
{
    QString region = setting(QStringLiteral("office_code"));
    region.remove(QLatin1Char('.'));
    bool numeric = false;
    region.left(2).toInt(&numeric);
    return OfficeTime::of(setting(QStringLiteral("office_timezone")),
                          numeric ? region : regencyCode);
}

QStringList SettingsRepository::settingKeys()
{
    return {QStringLiteral("office_name"),
            QStringLiteral("office_address"),
            QStringLiteral("office_city"),
            QStringLiteral("office_logo"),
            QStringLiteral("office_phone"),
            QStringLiteral("office_email"),
            QStringLiteral("office_website"),
            QStringLiteral("office_timezone"),
            QStringLiteral("office_code"),
            QStringLiteral("office_level"),
            QStringLiteral("receipt_pattern"),
            QStringLiteral("registration_pattern"),
            QStringLiteral("letter_pattern"),
            QStringLiteral("signatory_chair"),
            QStringLiteral("signatory_chair_nip"),
            QStringLiteral("signatory_coordinator"),
            QStringLiteral("signatory_coordinator_nip"),
            QStringLiteral("signatory_members"),
            QStringLiteral("signer_invitation"),
            QStringLiteral("signer_invitation2"),
            QStringLiteral("signer_status_notice"),
            QStringLiteral("signer_forwarding"),
            QStringLiteral("signer_followup"),
            QStringLiteral("signer_appeal"),
            QStringLiteral("signer_track_record"),
            QStringLiteral("idle_lock_minutes"),
            QStringLiteral("backup_keep")};
}

bool SettingsRepository::setSetting(const QString &key, const QString &value, QString *error)
{
    if (!m_db.permits(Action::EditSettings, error))
        return false;
    if (key.endsWith(QLatin1String("_pattern"))) {
        *error = CaseNumber::validate(value);
        if (!error->isEmpty())
            return false;
    }
    if (key == QLatin1String("office_timezone") && !value.trimmed().isEmpty() &&
        !OfficeTime::isZone(value.trimmed().toUpper())) {
        *error = tr("The office's time zone is WIB, WITA or WIT (empty: from its province); "
                    "%1 is not one.")
                     .arg(value);
        return false;
    }
    if (key.startsWith(QLatin1String("signer_")) && !value.trimmed().isEmpty() &&
        !QStringList{QStringLiteral("ketua"), QStringLiteral("koordinator"),
                     QStringLiteral("an_ketua")}
             .contains(value.trimmed())) {
        *error = tr("A letter is signed by ketua, koordinator or an_ketua (the coordinator on "
                    "behalf of the chair); %1 is not one.")
                     .arg(value);
        return false;
    }
    if (int keep = 0; key == QLatin1String("backup_keep") && !Backup::parseKeep(value, &keep)) {
        *error = tr("Between %1 and %2 backups are kept; %3 is not a number of them.")
                     .arg(Backup::MinKeep)
                     .arg(Backup::MaxKeep)
                     .arg(value);
        return false;
    }
    if (key == QLatin1String("idle_lock_minutes")) {
        bool ok = false;
        const int minutes = value.trimmed().toInt(&ok);
        if (!ok || minutes < 0 || minutes > MaxIdleLockMinutes) {
            *error = tr("The idle lock takes a number of minutes from 0 (never) to %1; %2 is "
                        "not one.")
                         .arg(MaxIdleLockMinutes)
                         .arg(value);
            return false;
        }
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO settings (office, key, value) VALUES (?, ?, ?)"
                             " ON CONFLICT (office, key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(office());
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!q.exec()) {
        *error = tr("The setting could not be stored: %1").arg(Database::describe(q.lastError()));
        return false;
    }
    return true;
}

void SettingsRepository::appendDefaultSettings(QStringList &statements)
{
    const QList<QPair<QString, QString>> defaults = {
        {QStringLiteral("receipt_pattern"), CaseNumber::DefaultReceiptPattern},
        {QStringLiteral("registration_pattern"), CaseNumber::DefaultRegistrationPattern},
        {QStringLiteral("office_level"), QStringLiteral("Kab")},
        {QStringLiteral("office_code"), QString()},
        {QStringLiteral("office_name"), QString()},
    };
    for (const auto &d : defaults)
        statements << QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', '%2')")
                          .arg(d.first, d.second);
}
