#pragma once

#include "store/LetterBook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The outgoing letter book written out as XLSX (libxlsxwriter, as the recap): one sheet "Agenda
// Surat Keluar" with a title, then a row per letter: number, date (a real date cell), addressee,
// subject, case, signatory and who issued it. Headers are Indonesian.
class LetterBookExport
{
    Q_DECLARE_TR_FUNCTIONS(LetterBookExport)

public:
    static QStringList headers();
    static bool toXlsx(const QList<Letter> &letters, const QString &title, const QString &path,
                       QString *error);
};
