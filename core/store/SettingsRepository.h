#pragma once

#include "Database.h"
#include "domain/CaseNumber.h"
#include "domain/OfficeTime.h"

#include <QCoreApplication>
#include <optional>

// The office's settings (`settings`: name, letterhead, signatories, number patterns, time zone)
// and the yearly sequences numbers are drawn from.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    explicit SettingsRepository(Database &db) : m_db(db) {}
    Database &database() const { return m_db; }

    // The office whose settings and sequences this session uses: on a server of many offices,
    // the regency or province the signed-in user is kept to; "" (the store's own) for anyone
    // else. An office's own setting comes before the store's.
    QString office() const;
    QString setting(const QString &key) const;
    // Every setting as the office sees it (setting()), by key.
    QList<std::pair<QString, QString>> effectiveSettings() const;
    bool setSetting(const QString &key, const QString &value, QString *error);
    static void appendDefaultSettings(QStringList &statements);
    // The settings an office may change.
    static QStringList settingKeys();

    // The minutes without use after which the desk locks ("idle_lock_minutes"): 0 for never, at
    // most MaxIdleLockMinutes, DefaultIdleLockMinutes where none is set.
    static constexpr int DefaultIdleLockMinutes = 10;
    static constexpr int MaxIdleLockMinutes = 240;
    int idleLockMinutes() const;

    // The office's time zone, for every time shown or printed: the zone the office set
    // ("office_timezone"), else its province's (from "office_code"), else that of the case's
    // regency (a file without an office code).
    OfficeTime officeTime(const QString &regencyCode) const;
    // The office's part of a number (CaseNumber): its level and code, the code made from
    // `regencyCode` when the office has none; for `date`.
    CaseNumber::Context numberingContext(const QString &regencyCode, const QDate &date) const;
    // The next value of a yearly sequence (`kind`: a kind of case number, "letter"), drawn
    // inside the caller's transaction: a rolled-back write gives it back, and a second writer
    // waits for the first to commit. nullopt with the database's `error` when it fails.
    std::optional<int> nextSequence(int year, const QString &kind, QString *error);

private:
    Database &m_db;
};
