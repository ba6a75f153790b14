#include "common/RegencyCombo.h"

#include "domain/Regions.h"
#include "domain/Scope.h"
#include "store/SettingsRepository.h"
#include "store/StatsRepository.h"

#include <QComboBox>
#include <QCoreApplication>

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
            combo->addItem(r->title, code);
    }
    if (combo->count() == 0) {
        for (const Regions::Region &r : Regions::shipped().regencies())
            combo->addItem(r.title, r.code);
    }
}

void fillScopes(QComboBox *combo, const QString &within, const QString &current)
{
    if (within.isEmpty())
        combo->addItem(QCoreApplication::translate("Scope", "This office's store (no scope)"),
                       QString());
    // The nation and the provinces in bold in the list, each province's regencies under it.
    const auto add = [&](const QString &scope, bool region) {
        if (!Scope::covers(within, scope))
            return;
        QString name = Scope::displayName(scope);
        name[0] = name.at(0).toUpper();
        combo->addItem(name, scope);
        if (region) {
            QFont bold = combo->font();
            bold.setBold(true);
            combo->setItemData(combo->count() - 1, bold, Qt::FontRole);
        }
    };
    add(Scope::national(), true);
    const Regions &regions = Regions::shipped();
    const QList<Regions::Region> regencies = regions.regencies();
    for (const Regions::Region &province : regions.provinces()) {
        add(province.code, true);
        for (const Regions::Region &regency : regencies) {
            if (regency.parent == province.code)
                add(regency.code, false);
        }
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}
