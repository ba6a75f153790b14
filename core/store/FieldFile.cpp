#include "FieldFile.h"

#include "CaseRepository.h"
#include "Database.h"
#include "HolidayRepository.h"
#include "OutputFile.h"
#include "PackageStore.h"
#include "SettingsRepository.h"
#include "UserRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <memory>

namespace {

// The settings that belong to the store itself and are not carried into a field file: the head
// of its own change log, the mark of a field file taken from a field file, the stamp of its
// content for its backups.
bool ownSetting(const QString &key)
{
    return key == QLatin1String("log_head") || key == FieldFile::markerKey() ||
           key == Database::writeStampKey();
}

bool copySettings(Database &from, Database &to, QString *error)
{
    // The office's settings as its user sees them, as the field file's own.
    QSqlQuery w(to.sql());
    w.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT (office, key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] : SettingsRepository(from).effectiveSettings()) {
        if (ownSetting(key))
            continue;
        w.addBindValue(key);
        w.addBindValue(value);
        if (!w.exec()) {
            *error = Database::describe(w.lastError());
            return false;
        }
    }
    return true;
}

bool setMarker(Database &to, const QJsonObject &marker, QString *error)
{
    QSqlQuery w(to.sql());
    w.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT (office, key) DO UPDATE SET value = excluded.value"));
    w.addBindValue(FieldFile::markerKey());
    w.addBindValue(QString::fromUtf8(QJsonDocument(marker).toJson(QJsonDocument::Compact)));
    if (w.exec())
        return true;
    *error = Database::describe(w.lastError());
    return false;
}

// The office's calendar in place of the one shipped.
bool copyHolidays(Database &from, Database &to, QString *error)
{
    const QList<Holiday> office = HolidayRepository(from).holidays();
    QSet<QDate> kept;
    for (const Holiday &h : office)
        kept.insert(h.date);
    HolidayRepository target(to);
    for (const Holiday &h : target.holidays()) {
        if (!kept.contains(h.date) && !target.removeHoliday(h.date, error))
            return false;
    }
    if (!target.seedHolidays(office)) {
        *error = to.lastError();
        return false;
    }
    return true;
}

// The clerks assigned to each case taken out (case uuid -> logins).
QHash<QString, QStringList> clerksOf(Database &office, const QStringList &caseUuids)
{
    QHash<QString, QStringList> clerks;
    CaseRepository cases(office);
    UserRepository users(office);
    QSqlQuery q(office.sql());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE uuid = ?"));
    for (const QString &uuid : caseUuids) {
        q.addBindValue(uuid);
        if (!q.exec() || !q.next())
            continue;
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        for (const User &u : users.assignedClerks(id))
            clerks[uuid] << u.login;
    }
    return clerks;
}

void removeWithJournal(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

QString FieldFile::takenFrom(Database &db)
{
    const QString marker = SettingsRepository(db).setting(markerKey());
    if (marker.isEmpty())
        return {};
    return QJsonDocument::fromJson(marker.toUtf8())
        .object()
        .value(QStringLiteral("taken_from"))
        .toString();
}

bool FieldFile::take(Database &office, const CaseFilter &filter, bool withAttachments,
                     bool withIdentities, const QString &target, Result *result, QString *error)
{
    *result = Result();
    if (!office.user()) {
        *error = tr("Sign in to take cases into the field.");
        return false;
    }
    const User taker = *office.user();
    if (!office.permits(Action::ExportData, error) ||
        (withIdentities && !office.permits(Action::SeeConfidential, error)))
        return false;
    if (office.isReadOnly()) {
        *error = tr("%1 is open read-only: the office must remember which cases were taken "
                    "out, so that they can be brought back.")
                     .arg(office.path());
        return false;
    }
    if (!FieldFile::takenFrom(office).isEmpty()) {
        *error = tr("%1 is a field file itself: take cases into the field from the office's "
                    "store.")
                     .arg(office.path());
        return false;
    }
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        *error = tr("%1 exists already: a field file is written only as a new file. Nothing was "
                    "changed.")
                     .arg(QDir::toNativeSeparators(target));
        return false;
    }
    if (const QString why = OutputFile::refusal(target); !why.isEmpty()) {
        *error = why;
        return false;
    }

    // The cases as a package: the one door for what leaves the office.
    Package::Content content;
    PackageStore officeStore(office);
    if (!officeStore.collect(filter, withAttachments, withIdentities, &content, error))
        return false;
    const QList<Package::Record> cases = content.records.value(QStringLiteral("cases"));
    if (cases.isEmpty()) {
        *error = tr("No case was chosen to take into the field: nothing was written.");
        return false;
    }
    QStringList caseUuids;
    for (const Package::Record &c : cases) {
        caseUuids << c.uuid;
        const QString number = c.value(QStringLiteral("registration_number")).toString();
        result->caseNumbers << (number.isEmpty()
                                    ? c.value(QStringLiteral("receipt_number")).toString()
                                    : number);
    }
    const QHash<QString, QStringList> clerks = clerksOf(office, caseUuids);
    QStringList logins{taker.login};
    for (const QStringList &l : clerks) {
        for (const QString &login : l) {
            if (!logins.contains(login, Qt::CaseInsensitive))
                logins << login;
        }
    }

    OutputFile file(target);
    if (!file.begin(error))
        return false;
    const QString path = file.temporaryPath();
    auto fail = [&](const QString &why) {
        *error = tr("The field file %1 could not be made: %2 Nothing was written.")
                     .arg(QDir::toNativeSeparators(target), why);
        file.cancel();
        removeWithJournal(path);
        return false;
    };
    QString why;
    {
        auto field = Database::open(path, Database::Mode::CreateUncommitted, &why);
        if (!field)
            return fail(why);
        field->setActor(taker.login);
        field->setClock([&office] { return office.now(); });
        if (!copySettings(office, *field, &why) || !copyHolidays(office, *field, &why))
            return fail(why);
        UserRepository users(*field);
        for (const QString &login : std::as_const(logins)) {
            if (!users.adopt(office, login, &why))
                return fail(why);
        }
        ImportPlan plan;
        if (!PackageStore(*field).apply(content, Settlement::TakeTheirs, {}, &plan, &why))
            return fail(why);
        // The clerks keep the hearings of their cases in the field too.
        QSqlQuery q(field->sql());
        q.prepare(QStringLiteral("SELECT id FROM cases WHERE uuid = ?"));
        for (auto it = clerks.begin(); it != clerks.end(); ++it) {
            q.addBindValue(it.key());
            if (!q.exec() || !q.next())
                return fail(Database::describe(q.lastError()));
            const qint64 caseId = q.value(0).toLongLong();
            q.finish();
            QList<qint64> ids;
            for (const QString &login : it.value())
                ids << users.find(login)->id;
            if (!users.setAssignedClerks(caseId, ids, &why))
                return fail(why);
        }
        const QJsonObject marker{
            {QStringLiteral("taken_from"), office.path()},
            {QStringLiteral("office_name"), content.officeName},
            {QStringLiteral("taken_by"), taker.login},
            {QStringLiteral("taken_at"), content.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("cases"), int(cases.size())}};
        if (!setMarker(*field, marker, &why))
            return fail(why);
        if (!field->commit())
            return fail(field->lastError());
        // One file on its own, as a backup is: no write-ahead log beside it.
        QSqlQuery j(field->sql());
        if (!j.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            return fail(Database::describe(j.lastError()));
    }
    // Nothing put there meanwhile is replaced.
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return fail(tr("%1 exists already.").arg(QDir::toNativeSeparators(target)));
    // The office remembers what went out before the file is put in place: a file there is one
    // the office can take back.
    if (!officeStore.markTaken(content, &why))
        return fail(why);
    if (!file.commit(&why)) {
        removeWithJournal(path);
        *error = why;
        return false;
    }
    result->file = QFileInfo(target).absoluteFilePath();
    result->cases = int(cases.size());
    result->users = logins;
    result->withIdentities = withIdentities;
    result->withAttachments = withAttachments;
    return true;
}
