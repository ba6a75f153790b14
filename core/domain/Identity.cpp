#include "Identity.h"

#include <QJsonArray>
#include <algorithm>

namespace Identity {

namespace {

const QLatin1String Cases("cases");
const QLatin1String Attendees("hearing_attendees");

} // namespace

QString hidden()
{
    return QStringLiteral("[dirahasiakan]");
}

QString reporterRole()
{
    return Codes::Role::Reporter;
}

QStringList fields(const QString &table)
{
    if (table == Cases)
        return {QStringLiteral("reporter_name"), QStringLiteral("reporter_address"),
                QStringLiteral("reporter_contact")};
    if (table == Attendees)
        return {QStringLiteral("name"),        QStringLiteral("counsel"),
                QStringLiteral("birth_place"), QStringLiteral("birth_date"),
                QStringLiteral("occupation"),  QStringLiteral("religion"),
                QStringLiteral("nationality"), QStringLiteral("address"),
                QStringLiteral("signed_by")};
    return {};
}

bool isDateField(const QString &table, const QString &field)
{
    return table == Attendees && field == QLatin1String("birth_date");
}

bool holds(const QString &table, const QVariantMap &columns, bool caseConfidential)
{
    if (!caseConfidential)
        return false;
    if (table == Cases)
        return true;
    if (table == Attendees)
        return columns.value(QStringLiteral("role")).toString() == reporterRole();
    return false;
}

void redact(const QString &table, QVariantMap &columns)
{
    for (const QString &f : fields(table)) {
        const auto it = columns.find(f);
        if (it == columns.end())
            continue;
        if (isDateField(table, f))
            *it = QVariant();
        else if (!it->toString().isEmpty())
            *it = hidden();
    }
}

void redact(const QString &table, QJsonObject &changes)
{
    for (const QString &f : fields(table)) {
        const auto it = changes.find(f);
        if (it == changes.end())
            continue;
        QJsonArray pair = it->toArray();
        for (int i = 0; i < pair.size(); ++i) {
            if (isDateField(table, f))
                pair[i] = QJsonValue();
            else if (!pair.at(i).toVariant().toString().isEmpty())
                pair[i] = hidden();
        }
        *it = pair;
    }
}

bool isWithheld(const QString &table, const QString &field, const QVariant &value)
{
    if (!fields(table).contains(field))
        return false;
    return isDateField(table, field) ? value.isNull() || value.toString().isEmpty()
                                     : value.toString() == hidden();
}

QList<QString *> textFields(Case &c)
{
    return {&c.reporterName, &c.reporterAddress, &c.reporterContact};
}

QList<const QString *> textFields(const Case &c)
{
    return {&c.reporterName, &c.reporterAddress, &c.reporterContact};
}

QList<QString *> textFields(Attendee &a)
{
    return {&a.name,     &a.counsel,     &a.birthPlace, &a.occupation,
            &a.religion, &a.nationality, &a.address,    &a.signedBy};
}

QList<const QString *> textFields(const Attendee &a)
{
    return {&a.name,     &a.counsel,     &a.birthPlace, &a.occupation,
            &a.religion, &a.nationality, &a.address,    &a.signedBy};
}

void withhold(Case &c)
{
    if (!c.reporterConfidential)
        return;
    for (QString *s : textFields(c))
        s->clear();
    c.reporterHidden = true;
}

bool isReporter(const Attendee &a)
{
    return a.role == reporterRole();
}

void withhold(Attendee &a)
{
    for (QString *s : textFields(a)) {
        if (!s->isEmpty())
            *s = hidden();
    }
    a.birthDate = QDate();
    a.birthDateSealed.clear();
    a.identityHidden = true;
}

void withhold(QList<Hearing> &hearings, bool caseConfidential)
{
    if (!caseConfidential)
        return;
    for (Hearing &h : hearings) {
        for (Attendee &a : h.attendees) {
            if (isReporter(a))
                withhold(a);
        }
    }
}

void withhold(QList<Hearing> &hearings, const Case &c)
{
    withhold(hearings, c.reporterConfidential);
}

void restore(Attendee &a, const Attendee &stored)
{
    if (!a.identityHidden)
        return;
    // What the file holds stays; a field it holds empty may have been filled in, since that
    // shows nothing.
    const QList<QString *> typed = textFields(a);
    const QList<const QString *> kept = textFields(stored);
    for (qsizetype i = 0; i < typed.size(); ++i) {
        if (!kept.at(i)->isEmpty() || *typed.at(i) == hidden())
            *typed.at(i) = *kept.at(i);
    }
    a.birthDate = stored.birthDate;
    a.birthDateSealed = stored.birthDateSealed;
    a.identityHidden = false;
}

// --- Secrets --------------------------------------------------------------------------------

void Secrets::add(const QString &value)
{
    const QString v = value.simplified();
    if (v.size() < 3 || v == hidden() || m_values.contains(v, Qt::CaseInsensitive))
        return;
    m_values << v;
    m_stale = true;
}

void Secrets::add(const Case &c)
{
    if (!c.reporterConfidential)
        return;
    add(c.reporterName);
    add(c.reporterAddress);
    add(c.reporterContact);
}

void Secrets::add(const Attendee &a)
{
    add(a.name);
    add(a.address);
}

void Secrets::add(const Secrets &other)
{
    for (const QString &v : other.m_values)
        add(v);
}

void Secrets::rebuild() const
{
    if (!m_stale)
        return;
    QStringList sorted = m_values;
    // Longest first, so that a name inside an address does not cut the address apart.
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_patterns.clear();
    for (const QString &s : std::as_const(sorted)) {
        QString pattern = QRegularExpression::escape(s);
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        m_patterns << QRegularExpression(QStringLiteral("(?<!\\w)") + pattern +
                                             QStringLiteral("(?!\\w)"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    }
    m_stale = false;
}

QString Secrets::scrub(const QString &text) const
{
    if (m_values.isEmpty() || text.isEmpty())
        return text;
    rebuild();
    QString out = text;
    for (const QRegularExpression &re : std::as_const(m_patterns))
        out.replace(re, hidden());
    return out;
}

bool Secrets::appearsIn(const QString &text) const
{
    if (m_values.isEmpty() || text.isEmpty())
        return false;
    rebuild();
    for (const QRegularExpression &re : std::as_const(m_patterns)) {
        if (re.match(text).hasMatch())
            return true;
    }
    return false;
}

} // namespace Identity
