#include "Regions.h"

#include <QFile>
#include <QTextStream>

namespace {

QList<Regions::Region> readCsv(const QString &path, bool withParent)
{
    QList<Regions::Region> list;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return list;
    QTextStream in(&f);
    while (!in.atEnd()) {
        const QStringList cols = in.readLine().split(QLatin1Char(','));
        if (cols.size() < (withParent ? 3 : 2))
            continue;
        const QString &name = cols.at(withParent ? 2 : 1);
        list << Regions::Region{cols.at(0), withParent ? cols.at(1) : QString(), name,
                                Regions::displayName(name)};
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
    QStringList words = upperName.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words) {
        // The special regions' abbreviations stay as written: DKI Jakarta, DI Yogyakarta.
        if (w == QLatin1String("dki") || w == QLatin1String("di"))
            w = w.toUpper();
        else if (!w.isEmpty())
            w[0] = w[0].toUpper();
    }
    return words.join(QLatin1Char(' '));
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
