#include "Regions.h"

#include <QFile>
#include <QStringTokenizer>

namespace {

QList<Regions::Region> readCsv(const QString &path, bool withParent)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QList<Regions::Region> list;
    list.reserve(text.count(QLatin1Char('\n')) + 1);
    for (const QStringView line : QStringTokenizer(text, u'\n', Qt::SkipEmptyParts)) {
        const qsizetype first = line.indexOf(u',');
        const qsizetype second = withParent ? line.indexOf(u',', first + 1) : first;
        if (first < 0 || second < 0)
            continue;
        const QString name = line.sliced(second + 1).trimmed().toString();
        list << Regions::Region{line.first(first).toString(),
                                withParent ? line.sliced(first + 1, second - first - 1).toString()
                                           : QString(),
                                name, Regions::displayName(name)};
    }
    return list;
}

} // namespace

const Regions &Regions::shipped()
{
    static const Regions regions = [] {
        Regions r;
        r.m_provinces = readCsv(QStringLiteral(":/netra/wilayah/provinces.csv"), false);
        r.m_regencies = readCsv(QStringLiteral(":/netra/wilayah/regencies.csv"), true);
        r.m_regencyIndex.reserve(r.m_regencies.size());
        r.m_provinceIndex.reserve(r.m_provinces.size());
        for (int i = 0; i < r.m_regencies.size(); ++i)
            r.m_regencyIndex.insert(r.m_regencies.at(i).code, i);
        for (int i = 0; i < r.m_provinces.size(); ++i)
            r.m_provinceIndex.insert(r.m_provinces.at(i).code, i);
        return r;
    }();
    return regions;
}

const Regions::Region *Regions::regency(const QString &code) const
{
    const auto it = m_regencyIndex.constFind(normaliseRegencyCode(code));
    return it == m_regencyIndex.constEnd() ? nullptr : &m_regencies.at(*it);
}

const Regions::Region *Regions::province(const QString &code) const
{
    const auto it = m_provinceIndex.constFind(code);
    return it == m_provinceIndex.constEnd() ? nullptr : &m_provinces.at(*it);
}

QList<Regions::Region> Regions::districts(const QString &regencyCode) const
{
    // Read when first asked for (a case's district list), not with the regencies at every
    // start: 7,215 lines, most of the list's reading.
    static const QHash<QString, QList<Region>> byRegency = [] {
        QHash<QString, QList<Region>> h;
        for (const Region &d : readCsv(QStringLiteral(":/netra/wilayah/districts.csv"), true))
            h[d.parent] << d;
        return h;
    }();
    return byRegency.value(normaliseRegencyCode(regencyCode));
}

QString Regions::displayName(const QString &upperName)
{
    // Each word capitalised; the special regions' abbreviations stay as written: DKI Jakarta,
    // DI Yogyakarta.
    QString title = upperName.simplified();
    for (qsizetype start = 0; start < title.size();) {
        qsizetype end = title.indexOf(QLatin1Char(' '), start);
        if (end < 0)
            end = title.size();
        const QStringView word = QStringView(title).sliced(start, end - start);
        if (word.compare(u"dki", Qt::CaseInsensitive) != 0 &&
            word.compare(u"di", Qt::CaseInsensitive) != 0) {
            title[start] = title.at(start).toUpper();
            for (qsizetype i = start + 1; i < end; ++i)
                title[i] = title.at(i).toLower();
        } else {
            for (qsizetype i = start; i < end; ++i)
                title[i] = title.at(i).toUpper();
        }
        start = end + 1;
    }
    return title;
}

QString Regions::nameOf(const QString &code)
{
    const Region *r = code.size() == 2 ? shipped().province(code) : shipped().regency(code);
    return r ? r->title : code;
}

QString Regions::normaliseRegencyCode(const QString &text)
{
    QString code = text.trimmed();
    code.remove(QLatin1Char('.'));
    if (code.size() != 4)
        return {};
    for (QChar c : code) {
        if (!c.isDigit())
            return {};
    }
    return code;
}
