#pragma once

#include <QString>

class Database;
class QComboBox;

// The regency field of a record's editor (a prevention activity, a supervision lead): the
// regencies the store holds cases of, the office's own first, and the record's own when it is
// none of them; every regency of the region list when the store has none yet.
void fillRegencies(QComboBox *combo, Database &db, const QString &recordRegency);
