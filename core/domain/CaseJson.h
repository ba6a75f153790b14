#pragma once

#include "Case.h"

#include <QJsonObject>

// A case and its parties as JSON, with the codes and ISO dates of the data file: for drafts of
// unsaved edits and for exchange.
namespace CaseJson {
QJsonObject toJson(const Case &c);
Case fromJson(const QJsonObject &o);
} // namespace CaseJson
