#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translator {

bool install(const QString &language)
{
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *t : {own, qt}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    own = new QTranslator(QCoreApplication::instance());
    qt = new QTranslator(QCoreApplication::instance());
    const bool ok = own->load(QStringLiteral(":/netra/i18n/netra_%1.qm").arg(language));
    if (ok)
        QCoreApplication::installTranslator(own);
    // Qt's own texts (standard buttons, wizards, file and print dialogs, context menus): Netra
    // brings its own catalogue where the system has none (Debian ships no qtbase_id).
    if (qt->load(QStringLiteral(":/netra/i18n/qtbase_%1.qm").arg(language)) ||
        qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(language == QLatin1String("en")
                            ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                            : QLocale(QLocale::Indonesian, QLocale::Indonesia));
    return ok;
}

QString pick(const QString &option)
{
    if (!option.isEmpty())
        return option.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("id");
    return QStringLiteral("id");
}

} // namespace Translator
