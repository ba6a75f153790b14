#pragma once

#include "Database.h"
#include "domain/CaseFilter.h"
#include "domain/PreventionActivity.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <optional>

// The office's prevention activities (table activities, migration 10). Every change goes to the
// change log under the activity's own uuid, as a case's does; writing needs
// Action::EditActivities (coordinators and officers), reading is for every role. An appeal
// letter's number is the letter book's ("appeal:<uuid>"), its files AttachmentRepository's
// (AttachmentOwner::Activity).
class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit ActivityRepository(Database &db) : m_db(db) {}

    // Which activities: a period (held on), a regency and a kind; empty members do not filter.
    struct Filter
    {
        QDate from;
        QDate to;
        QString regencyCode;
        QString provinceCode; // its regencies' activities (CaseFilter::provinceCode)
        QString kind;
        // The period and regency of a case filter (its received dates), for the statistics.
        static Filter of(const CaseFilter &cases);
    };

    // By date, newest first.
    QList<PreventionActivity> list(const Filter &filter = {}) const;
    std::optional<PreventionActivity> load(qint64 id) const;
    std::optional<PreventionActivity> find(const QString &uuid) const;
    // Adds (id 0) or updates the activity after ActivityValidator; `activity` receives its id,
    // uuid and update time. False with the reason in the user's language.
    bool save(PreventionActivity &activity, QString *error);
    // Removes the activity with its attachments (each logged).
    bool remove(qint64 id, QString *error);

    // The figures of the statistics: activities, participants and per kind and regency.
    struct Counts
    {
        qint64 activities = 0;
        qint64 participants = 0;
        QList<QPair<QString, qint64>> byKind;    // in the order of the codes, kinds held only
        QList<QPair<QString, qint64>> byRegency; // by regency code
    };
    Counts counts(const Filter &filter) const;
    // The same per regency (code; byRegency left empty), in one statement whatever the number
    // of regencies; regencies with no activity are absent.
    QHash<QString, Counts> countsByRegency(const Filter &filter) const;

    // The columns of the table as the activity holds them (also for the package import).
    static QVariantMap columns(const PreventionActivity &activity);

private:
    QList<PreventionActivity> select(const QString &where, const QVariantList &values) const;
    Database &m_db;
};
