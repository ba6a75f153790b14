#include "common/RegencyCombo.h"

#include "domain/Regions.h"
#include "store/SettingsRepository.h"
#include "store/StatsRepository.h"

#include <QComboBox>

void fillRegencies(QComboBox *combo, Database &db, const QString &recordRegency)
{
    QStringList codes = StatsRepository(db).regencies();
    const QString office = Regions::normaliseRegencyCode(
        SettingsRepository(db).setting(QStringLiteral("office_code")));
    if (!office.isEmpty() && !codes.contains(office))
        codes.prepend(office);
    if (!recordRegency.isEmpty() && !codes.contains(recordRegency))
        codes.prepend(recordRegency);
    for (const QString &code : std::as_const(codes)) {
        if (const Regions::Region *r = Regions::shipped().regency(code))
            combo->addItem(Regions::displayName(r->name), code);
    }
    if (combo->count() == 0) {
        for (const Regions::Region &r : Regions::shipped().regencies())
            combo->addItem(Regions::displayName(r.name), r.code);
    }
}
