#pragma once

#include <QString>

class Database;
class QComboBox;

// The regency field of a record's editor (a prevention activity, a supervision lead): the
// regencies the store holds cases of, the office's own first, and the record's own when it is
// none of them; every regency of the region list when the store has none yet.
void fillRegencies(QComboBox *combo, Database &db, const QString &recordRegency);

// The scope field of a user's account on a server of many offices: every scope `within` covers
// (Scope::covers): the nation, each province (in bold) followed by its regencies; the office's own
// store (no scope) first when `within` is empty. `current` selected.
void fillScopes(QComboBox *combo, const QString &within, const QString &current);
