#include "CaseNumber.h"

#include "Codes.h"

#include <QRegularExpression>

const QString CaseNumber::DefaultReceiptPattern =
    QStringLiteral("{seq:3}/{kind}/{election}/{level}/{office}/{month}/{year}");
const QString CaseNumber::DefaultRegistrationPattern =
    QStringLiteral("{seq:3}/Reg/{kind}/{election}/{level}/{office}/{month}/{year}");

namespace {
const QRegularExpression &tokenPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z]+)(?::(\\d+))?\\}"));
    return re;
}
} // namespace

QString CaseNumber::roman(int month)
{
    static const char *const numerals[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                           "VII", "VIII", "IX",  "X",  "XI", "XII"};
    return month >= 1 && month <= 12 ? QString::fromLatin1(numerals[month - 1]) : QString();
}

QString CaseNumber::kindCode(const QString &source)
{
    if (source == Codes::Source::Finding)
        return QStringLiteral("TM");
    if (source == Codes::Source::InitialInformation)
        return QStringLiteral("IA");
    return QStringLiteral("LP");
}

QString CaseNumber::electionCode(const QString &election)
{
    return election == Codes::Election::Pemilu ? QStringLiteral("PL") : QStringLiteral("PB");
}

QString CaseNumber::format(const QString &pattern, const Context &context)
{
    QString out;
    qsizetype last = 0;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        out += pattern.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (name == QLatin1String("seq"))
            out += QStringLiteral("%1").arg(context.sequence, m.captured(2).toInt(), 10,
                                            QLatin1Char('0'));
        else if (name == QLatin1String("kind"))
            out += kindCode(context.source);
        else if (name == QLatin1String("election"))
            out += electionCode(context.election);
        else if (name == QLatin1String("level"))
            out += context.level;
        else if (name == QLatin1String("office"))
            out += context.office;
        else if (name == QLatin1String("month"))
            out += roman(context.date.month());
        else if (name == QLatin1String("mm"))
            out += QStringLiteral("%1").arg(context.date.month(), 2, 10, QLatin1Char('0'));
        else if (name == QLatin1String("year"))
            out += QString::number(context.date.year());
        else
            out += m.captured(0);
    }
    out += pattern.mid(last);
    return out;
}

QString CaseNumber::validate(const QString &pattern)
{
    static const QStringList known = {QStringLiteral("seq"),      QStringLiteral("kind"),
                                      QStringLiteral("election"), QStringLiteral("level"),
                                      QStringLiteral("office"),   QStringLiteral("month"),
                                      QStringLiteral("mm"),       QStringLiteral("year")};
    bool hasSeq = false;
    bool hasYear = false;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!known.contains(name))
            return tr("Unknown token {%1} in the number pattern.").arg(name);
        hasSeq |= name == QLatin1String("seq");
        hasYear |= name == QLatin1String("year");
    }
    if (!hasSeq)
        return tr("A number pattern needs the sequence {seq}.");
    if (!hasYear)
        return tr("A number pattern needs the year {year}, since sequences restart each year.");
    return {};
}
