#pragma once

#include <QHash>
#include <QList>
#include <QString>

// The Kemendagri region list shipped in resources/wilayah (2022: 34 provinces, 514 regencies
// and cities, 7,215 districts).
class Regions
{
public:
    struct Region
    {
        QString code; // 2 digits for a province, 4 for a regency, 7 for a district
        QString parent;
        QString name;  // as in the list: "KABUPATEN SUKOHARJO"
        QString title; // as officers write it (displayName): "Kabupaten Sukoharjo"
    };

    static const Regions &shipped();

    const Region *regency(const QString &code) const;
    const Region *province(const QString &code) const;
    QList<Region> provinces() const { return m_provinces; }
    QList<Region> regencies() const { return m_regencies; }
    QList<Region> districts(const QString &regencyCode) const;
    // "Kabupaten Sukoharjo", as officers write it.
    static QString displayName(const QString &upperName);
    // The title of the province (2 digits) or regency (4 digits, or "33.11") of `code`; the code
    // itself when the list has no such region.
    static QString nameOf(const QString &code);
    // "33.11" or "3311" to "3311"; empty when it is not a regency code.
    static QString normaliseRegencyCode(const QString &text);

private:
    QList<Region> m_provinces;
    QList<Region> m_regencies;
    QHash<QString, int> m_regencyIndex;
    QHash<QString, int> m_provinceIndex;
};
