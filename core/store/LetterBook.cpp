#include "LetterBook.h"

#include "GuardedWrite.h"
#include "RecordWriter.h"
#include "SettingsRepository.h"
#include "SqlValues.h"
#include "UserRepository.h"
#include "domain/CaseNumber.h"

#include <QSqlError>
#include <QSqlQuery>

const QString LetterBook::DefaultPattern =
    QStringLiteral("{seq:3}/PP.01.02/K.{office}/{month}/{year}");

namespace {

const char *const letterColumns =
    "id, uuid, year, seq, number, issued_on, kind, document, case_id, case_number, addressee,"
    " subject, signatory, issued_by";

// The SQLSTATE of a row a server's row-level security refuses (insufficient privilege).
const char *const RowPolicyRefusal = "42501";

Letter letterOf(const QSqlQuery &q)
{
    Letter l;
    l.id = q.value(0).toLongLong();
    l.uuid = q.value(1).toString();
    l.year = q.value(2).toInt();
    l.sequence = q.value(3).toInt();
    l.number = q.value(4).toString();
    l.issuedOn = SqlValues::toDate(q.value(5));
    l.kind = q.value(6).toString();
    l.document = q.value(7).toString();
    l.caseId = q.value(8).toLongLong();
    l.caseNumber = q.value(9).toString();
    l.addressee = q.value(10).toString();
    l.subject = q.value(11).toString();
    l.signatory = q.value(12).toString();
    l.issuedBy = q.value(13).toString();
    return l;
}

} // namespace

QString LetterBook::format(const QString &pattern, int sequence, const QString &regionCode,
                           const QDate &date) const
{
    CaseNumber::Context ctx = SettingsRepository(m_db).numberingContext(regionCode, date);
    ctx.sequence = sequence;
    return CaseNumber::format(pattern, ctx);
}

QString LetterBook::preview(const QString &pattern, const QString &regionCode,
                            const QDate &date) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT last FROM sequences WHERE office = ? AND year = ? AND kind = 'letter'"));
    q.addBindValue(SettingsRepository(m_db).office());
    q.addBindValue(date.year());
    const int next = q.exec() && q.next() ? q.value(0).toInt() + 1 : 1;
    return format(pattern, next, regionCode, date);
}

std::optional<Letter> LetterBook::find(const QString &document) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT %1 FROM letters WHERE document = ?")
                                     .arg(QLatin1String(letterColumns)));
    q.addBindValue(document);
    std::optional<Letter> found;
    if (q.exec() && q.next())
        found = letterOf(q);
    q.finish();
    return found;
}

QList<Letter> LetterBook::ofCase(qint64 caseId) const
{
    QList<Letter> list;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM letters WHERE case_id = ? ORDER BY id")
                  .arg(QLatin1String(letterColumns)));
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            list << letterOf(q);
    }
    return list;
}

QList<Letter> LetterBook::list(int year) const
{
    QList<Letter> list;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM letters %2 ORDER BY year, issued_on,"
                             " coalesce(seq, 0), id")
                  .arg(QLatin1String(letterColumns),
                       year > 0 ? QStringLiteral("WHERE year = ?") : QString()));
    if (year > 0)
        q.addBindValue(year);
    if (q.exec()) {
        while (q.next())
            list << letterOf(q);
    }
    return list;
}

QList<int> LetterBook::years() const
{
    QList<int> list;
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT DISTINCT year FROM letters ORDER BY year DESC"))) {
        while (q.next())
            list << q.value(0).toInt();
    }
    return list;
}

bool LetterBook::issue(Letter &letter, const QString &regionCode, QString *error, bool keepNumber)
{
    // A letter of no case (a track record's certificate, a letter to a PPK's superior) changes
    // no case: a coordinator of a province or the nation issues it in the name of their office
    // too.
    const bool ofNoCase =
        letter.caseId <= 0 && !letter.document.startsWith(QLatin1String("appeal:"));
    if (!m_db.allows(Action::EditCases) && !m_db.allows(Action::EditFollowUps) &&
        !m_db.allows(Action::EditHearings, letter.caseId) &&
        !(ofNoCase && m_db.allows(Action::LookUpRecord))) {
        *error = m_db.refusal(Action::EditCases);
        return false;
    }
    if (letter.document.isEmpty()) {
        *error = tr("The letter cannot be issued: it is not a letter of the book.");
        return false;
    }
    // The number is drawn inside this transaction (BEGIN IMMEDIATE): a second writer waits for
    // the first to commit, and a failed issue gives its number back.
    GuardedWrite t(m_db, error);
    if (!t.isOpen())
        return false;
    if (const std::optional<Letter> existing = find(letter.document)) {
        letter = *existing;
        return true;
    }
    SettingsRepository repo(m_db);
    const QDate today = m_db.today();
    int sequence = 0;
    QString number = letter.number.trimmed();
    if (!keepNumber || number.isEmpty()) {
        QString pattern = repo.setting(QStringLiteral("letter_pattern")).trimmed();
        if (pattern.isEmpty())
            pattern = DefaultPattern;
        const QString problem = CaseNumber::validate(pattern);
        if (!problem.isEmpty()) {
            *error = tr("The letter number pattern of the office settings cannot number "
                        "letters: %1")
                         .arg(problem);
            return false;
        }
        QString why;
        const std::optional<int> next =
            repo.nextSequence(today.year(), QStringLiteral("letter"), &why);
        if (!next) {
            *error = tr("No letter number could be assigned: %1").arg(why);
            return false;
        }
        sequence = *next;
        number = format(pattern, sequence, regionCode, today);
    }
    {
        QSqlQuery taken(m_db.sql());
        taken.prepare(QStringLiteral("SELECT 1 FROM letters WHERE number = ?"));
        taken.addBindValue(number);
        if (taken.exec() && taken.next()) {
            *error = tr("The letter number %1 is already in the letter book; change the letter "
                        "number pattern in the office settings.")
                         .arg(number);
            return false;
        }
    }
    // The signed-in user, else the user whose login is the actor (netra-cli demo).
    QString issuedBy = m_db.actor();
    if (const std::optional<User> user =
            m_db.user() ? m_db.user() : UserRepository(m_db).find(issuedBy))
        issuedBy = user->fullName.trimmed().isEmpty() ? user->login : user->fullName;
    QString caseUuid;
    if (letter.caseId > 0) {
        QSqlQuery c(m_db.sql());
        c.prepare(QStringLiteral("SELECT uuid FROM cases WHERE id = ?"));
        c.addBindValue(letter.caseId);
        if (c.exec() && c.next())
            caseUuid = c.value(0).toString();
    }
    const QVariantMap columns = SqlValues::withEmptyText({
        {QStringLiteral("year"), today.year()},
        {QStringLiteral("seq"), sequence > 0 ? QVariant(sequence) : QVariant()},
        {QStringLiteral("number"), number},
        {QStringLiteral("issued_on"), SqlValues::date(today)},
        {QStringLiteral("kind"), letter.kind},
        {QStringLiteral("document"), letter.document},
        {QStringLiteral("case_id"), letter.caseId > 0 ? QVariant(letter.caseId) : QVariant()},
        {QStringLiteral("case_number"), letter.caseNumber},
        {QStringLiteral("addressee"), letter.addressee},
        {QStringLiteral("subject"), letter.subject},
        {QStringLiteral("signatory"), letter.signatory},
        {QStringLiteral("issued_by"), issuedBy},
        {QStringLiteral("office"), repo.office()},
    });
    RecordWriter writer(m_db);
    QString uuid;
    const qint64 id = writer.insert(QStringLiteral("letters"), uuid, columns, QString(), error);
    if (id == 0) {
        // A server of many offices keeps a letter with no case to the office that issues it
        // (data version 14): an account kept to no office has none to issue it for.
        if (ofNoCase && writer.failure().nativeErrorCode() == QLatin1String(RowPolicyRefusal))
            *error = tr("The letter was not issued: on this server a letter that belongs to no "
                        "case is kept to the office that issues it, and your account belongs to "
                        "no office (no regency or province is its scope). An administrator of "
                        "the server gives your account its office.");
        return false;
    }
    // Logged under the case when there is one, like the case's other records.
    if (!writer.log(QStringLiteral("letters"), uuid, caseUuid, QStringLiteral("create"), {},
                    columns, error))
        return false;
    if (!t.commit()) {
        *error = tr("The letter could not be issued: %1").arg(m_db.lastError());
        return false;
    }
    letter.id = id;
    letter.uuid = uuid;
    letter.year = today.year();
    letter.sequence = sequence;
    letter.number = number;
    letter.issuedOn = today;
    letter.issuedBy = issuedBy;
    return true;
}
