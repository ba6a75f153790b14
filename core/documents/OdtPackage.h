#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The ZIP container of an OpenDocument file, read and written without Qt's private QZipWriter:
// entries are kept as they are compressed (a copy from another ZIP keeps its deflated bytes) or
// stored. The "mimetype" entry goes first and stored, as ODF requires.
namespace OdtPackage {

struct Entry
{
    QString name;
    quint16 method = 0; // 0 stored, 8 deflated
    quint32 crc = 0;
    quint32 size = 0; // uncompressed
    QByteArray data;  // as stored in the ZIP (compressed when method is 8)
};

// The entries of a ZIP in memory; false when it is not one this reader understands.
bool read(const QByteArray &zip, QList<Entry> *entries);
// The uncompressed bytes of an entry (stored or deflated); false when they cannot be read.
bool inflate(const Entry &entry, QByteArray *bytes);
// A stored entry of `bytes`.
Entry stored(const QString &name, const QByteArray &bytes);
// The ZIP of the entries, in their order.
QByteArray write(const QList<Entry> &entries);
quint32 crc32(const QByteArray &bytes);

} // namespace OdtPackage
