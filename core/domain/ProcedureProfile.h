#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// A deadline of the procedure: `days` calendar or working days after the date named by `from`,
// met by the date named by `metBy`. Dates are named as in Case::date().
struct DeadlineRule
{
    QString id; // "filing", "finding", "review", "decision"
    int days = 0;
    bool workingDays = false;
    QString from;
    QString metBy;
    QStringList sources;   // the case sources it applies to; empty: all
    int extensionDays = 0; // allowed extension ("3+2")
    bool extensionWorkingDays = false;
};

// Who receives a forwarded case, from a date on (KASN until 2024, then BKN).
struct Authority
{
    QString name;
    QDate from;
};

// One legal regime's procedure as data: resources/profiles/*.json.
struct ProcedureProfile
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureProfile)

public:
    QString id;
    QString name;
    QString election; // "pilkada" or "pemilu"
    QString regulation;
    QDate validFrom;
    QDate validTo;
    QList<DeadlineRule> deadlines;
    QHash<QString, QString> forms; // document name -> form number
    QList<Authority> authorities;

    const DeadlineRule *deadline(const QString &id) const;
    QString form(const QString &document) const { return forms.value(document); }
    // The authority for the civil service on a date.
    QString authorityOn(const QDate &date) const;

    static QString deadlineLabel(const QString &deadlineId);
};

class ProfileRegistry
{
public:
    // Loads every profile shipped in resources.
    static const ProfileRegistry &shipped();
    // Parses one profile; an empty id and an error on failure.
    static ProcedureProfile parse(const QByteArray &json, QString *error);

    const ProcedureProfile *find(const QString &id) const;
    // The profile for an election on a date: the one whose validity holds the date, else the
    // nearest one before it, else the first of that election.
    const ProcedureProfile *forCase(const QString &election, const QDate &date) const;
    const QList<ProcedureProfile> &all() const { return m_profiles; }

private:
    QList<ProcedureProfile> m_profiles;
};
