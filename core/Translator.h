#pragma once

#include <QString>

// Loads the program's translations and Qt's own (translations/qtbase_id.ts, compiled into the
// program, or the system's qtbase catalogue for the language) for a language:
// "id" (the default) or "en". Also sets the default QLocale so that dates and numbers follow.
namespace Translator {
bool install(const QString &language);
// "id" or "en" from an option value or the environment; Indonesian unless English is asked.
QString pick(const QString &option);
} // namespace Translator
