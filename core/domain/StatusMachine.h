#pragma once

#include "Case.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

struct ProcedureProfile;
class HolidayCalendar;

// A step of the procedure (docs/domain.md §3) and what it carries.
struct Step
{
    enum class Kind {
        Register,           // diterima -> diregistrasi (needs the registration number)
        NotRegister,        // diterima -> tidak_diregistrasi (needs a reason)
        Withdraw,           // diterima -> dicabut (only before registration)
        StartClarification, // diregistrasi -> klarifikasi
        StartAnalysis,      // diregistrasi or klarifikasi -> kajian
        Forward,            // kajian -> diteruskan (needs the forwarding letter)
        Stop,               // kajian -> dihentikan (needs a reason)
        Extend,             // the decision deadline extended, status unchanged (needs a reason)
    };

    Kind kind = Kind::Register;
    QDate date;
    QString number; // registration number, or the forwarding letter's number
    QString reason;
    QString authority; // for Forward: KASN or BKN
    int days = 0;      // for Extend
    // For NotRegister only: the date is not known (a register that records no date for a case
    // that was not registered). The decision date then stays unknown, never invented.
    bool dateUnknown = false;

    static QString code(Kind kind); // "register", "not_register", ...
    // Whether taking the step is a decision (a coordinator's), not a stage of the procedure.
    static bool isDecision(Kind kind)
    {
        return kind != Kind::StartClarification && kind != Kind::StartAnalysis;
    }
    static bool fromCode(const QString &code, Kind *kind);
};

// Which step may follow which, and what each step needs. Pure: no I/O.
class StatusMachine
{
    Q_DECLARE_TR_FUNCTIONS(StatusMachine)

public:
    // The status a step leads to (the same status for Extend).
    static QString target(const Case &c, Step::Kind kind);
    // Whether the step may be taken now, ignoring what it carries: empty when allowed, else the
    // reason in the user's language. For disabling an action with its reason shown.
    static QString whyNot(const Case &c, Step::Kind kind);
    // Whether the step with its data may be taken on `today`: empty when allowed, else why not.
    static QString refusal(const Case &c, const Step &step, const ProcedureProfile &profile,
                           const HolidayCalendar &calendar, const QDate &today);
    // Applies an allowed step to the case (status, dates, numbers, reasons).
    static void apply(Case &c, const Step &step);
    // Which statuses are open (the case is under way) and which closed (decided): every status
    // of Codes::Kind::Status is one or the other.
    static QStringList openStatuses();   // diterima, diregistrasi, klarifikasi, kajian
    static QStringList closedStatuses(); // tidak_diregistrasi, dicabut, diteruskan, dihentikan
    static bool isClosed(const QString &status);
    // The statuses of a registered case: diregistrasi and every status that follows it.
    static QStringList registeredStatuses();
    static bool isRegistered(const QString &status);

    // The invariants any stored case must hold, as messages; empty when all hold.
    static QStringList invariantErrors(const Case &c);
};
