#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A prevention activity (pencegahan) of the office: outreach (sosialisasi), a declaration of
// neutrality (deklarasi/ikrar netralitas), a coordination meeting (rapat koordinasi) or an
// appeal letter (surat imbauan) to PPKs, agencies or village heads. Its kind is a code of
// Codes::Kind::ActivityKind; an appeal letter's addressee kind one of Codes::Kind::AppealAddressee.
struct PreventionActivity
{
    qint64 id = 0;
    QString uuid;
    QDateTime updatedAt;
    QString kind;
    QDate date;          // held on (for a letter: the day it is dated)
    QString regencyCode; // the regency it reached
    QString title;       // the theme, or the letter's subject
    QString place;       // where it was held (empty for a letter)
    bool online = false;
    QString platform;  // for an online activity ("Zoom")
    QString agencies;  // the agencies reached, one a line
    QString positions; // the positions reached, one a line ("Sekretaris Daerah")
    int participants = 0;
    QString notes;
    QString addresseeKind; // appeal letters: ppk, instansi, kepala_desa
    QString addressee;     // appeal letters: "Bupati Sukoharjo"

    bool isAppeal() const;
    // The agencies and positions as lists (blank lines left out).
    QStringList agencyList() const;
    QStringList positionList() const;
};

// The rules of a prevention activity: what must be filled in, in the user's language.
class ActivityValidator
{
    Q_DECLARE_TR_FUNCTIONS(ActivityValidator)

public:
    // Most participants an activity records (a typo guard, not a law).
    static constexpr int MaxParticipants = 1000000;
    // Every problem, empty when it may be saved; `today` bounds the date (an activity is recorded
    // once it took place or, for a letter, once it is dated; up to a year ahead for one planned).
    static QStringList problems(const PreventionActivity &a, const QDate &today);
};
