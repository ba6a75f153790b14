#pragma once

// A worksheet of an XLSX workbook read back the way the test suites check what an officer sees:
// every cell by its reference ("B2"), a text cell as its text, a number or date cell as
// "number:<value>"; the sheet's XML and its hidden columns.

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

struct XlsxSheet
{
    QString xml;                   // xl/worksheets/sheet<N>.xml
    QHash<QString, QString> cells; // "A1" -> text, or "number:45569"
    QStringList strings;           // the shared strings

    static QString member(const QString &workbook, const QString &name)
    {
        QProcess p;
        p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), workbook, name});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static XlsxSheet read(const QString &workbook, int sheet = 1)
    {
        XlsxSheet s;
        s.xml = member(workbook, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
        const QRegularExpression si(QStringLiteral("<si><t[^>]*>(.*?)</t></si>"),
                                    QRegularExpression::DotMatchesEverythingOption);
        for (const auto &m :
             si.globalMatch(member(workbook, QStringLiteral("xl/sharedStrings.xml")))) {
            QString text = m.captured(1);
            text.replace(QLatin1String("&quot;"), QLatin1String("\""))
                .replace(QLatin1String("&lt;"), QLatin1String("<"))
                .replace(QLatin1String("&gt;"), QLatin1String(">"))
                .replace(QLatin1String("&amp;"), QLatin1String("&"));
            s.strings << text;
        }
        const QRegularExpression cell(
            QStringLiteral("<c r=\"([A-Z]+\\d+)\"([^>]*)><v>([^<]*)</v></c>"));
        for (const auto &m : cell.globalMatch(s.xml))
            s.cells.insert(m.captured(1), !m.captured(2).contains(QLatin1String("t=\"s\""))
                                              ? QStringLiteral("number:") + m.captured(3)
                                              : s.strings.value(m.captured(3).toInt()));
        return s;
    }

    // The column letters of a 1-based column number.
    static QString column(int n)
    {
        QString letters;
        for (; n > 0; n = (n - 1) / 26)
            letters.prepend(QChar(u'A' + (n - 1) % 26));
        return letters;
    }

    // The 1-based column whose header (row 1) is `name`, 0 when none.
    int columnOf(const QString &name) const
    {
        for (int c = 1; c < 200; ++c) {
            if (cells.value(column(c) + QLatin1Char('1')) == name)
                return c;
        }
        return 0;
    }

    // The values of a column below its header, up to the last row holding anything.
    QStringList values(const QString &header) const
    {
        const int c = columnOf(header);
        QStringList out;
        if (c == 0)
            return out;
        int last = 1;
        const QRegularExpression ref(QStringLiteral("^[A-Z]+(\\d+)$"));
        for (auto it = cells.begin(); it != cells.end(); ++it)
            last = std::max(last, ref.match(it.key()).captured(1).toInt());
        for (int r = 2; r <= last; ++r)
            out << cells.value(column(c) + QString::number(r));
        return out;
    }

    // Whether the 1-based column is hidden.
    bool hidden(int c) const
    {
        const QRegularExpression col(
            QStringLiteral("<col min=\"(\\d+)\" max=\"(\\d+)\"[^>]*hidden=\"1\""));
        for (const auto &m : col.globalMatch(xml)) {
            if (m.captured(1).toInt() <= c && c <= m.captured(2).toInt())
                return true;
        }
        return false;
    }
};
