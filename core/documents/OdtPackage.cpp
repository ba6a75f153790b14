#include "OdtPackage.h"

#include <QtEndian>
#include <zlib.h>

namespace OdtPackage {

namespace {

quint16 u16(const QByteArray &b, qsizetype at)
{
    return at + 2 <= b.size() ? qFromLittleEndian<quint16>(b.constData() + at) : 0;
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return at + 4 <= b.size() ? qFromLittleEndian<quint32>(b.constData() + at) : 0;
}

void put16(QByteArray &b, quint16 v)
{
    char c[2];
    qToLittleEndian(v, c);
    b.append(c, 2);
}

void put32(QByteArray &b, quint32 v)
{
    char c[4];
    qToLittleEndian(v, c);
    b.append(c, 4);
}

} // namespace

quint32 crc32(const QByteArray &bytes)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : bytes)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

bool read(const QByteArray &zip, QList<Entry> *entries)
{
    // The end of the central directory: its signature within the last 64 KiB.
    qsizetype end = -1;
    for (qsizetype i = zip.size() - 22; i >= 0 && i >= zip.size() - 65557; --i) {
        if (u32(zip, i) == 0x06054b50u) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return false;
    const int count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    for (int n = 0; n < count; ++n) {
        if (u32(zip, at) != 0x02014b50u)
            return false;
        Entry e;
        e.method = u16(zip, at + 10);
        e.crc = u32(zip, at + 16);
        const quint32 compressed = u32(zip, at + 20);
        e.size = u32(zip, at + 24);
        const int nameLength = u16(zip, at + 28);
        const int extraLength = u16(zip, at + 30);
        const int commentLength = u16(zip, at + 32);
        const qsizetype local = u32(zip, at + 42);
        e.name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        if (u32(zip, local) != 0x04034b50u)
            return false;
        const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        if (data + compressed > zip.size())
            return false;
        e.data = zip.mid(data, compressed);
        entries->append(e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

bool inflate(const Entry &entry, QByteArray *bytes)
{
    if (entry.method == 0) {
        *bytes = entry.data;
        return crc32(*bytes) == entry.crc;
    }
    if (entry.method != 8)
        return false;
    bytes->resize(qsizetype(entry.size));
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) // raw deflate, as in a ZIP
        return false;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(entry.data.constData()));
    z.avail_in = uInt(entry.data.size());
    z.next_out = reinterpret_cast<Bytef *>(bytes->data());
    z.avail_out = uInt(bytes->size());
    const int result = ::inflate(&z, Z_FINISH);
    const bool whole = result == Z_STREAM_END && z.total_out == entry.size;
    inflateEnd(&z);
    return whole && crc32(*bytes) == entry.crc;
}

Entry stored(const QString &name, const QByteArray &bytes)
{
    Entry e;
    e.name = name;
    e.method = 0;
    e.crc = crc32(bytes);
    e.size = quint32(bytes.size());
    e.data = bytes;
    return e;
}

QByteArray write(const QList<Entry> &entries)
{
    QByteArray out;
    QByteArray directory;
    // 1 January 2024, 00:00 in DOS form: the package's entries carry no real time.
    const quint16 dosTime = 0;
    const quint16 dosDate = quint16(((2024 - 1980) << 9) | (1 << 5) | 1);
    // The fields the local header and the central directory share: flags (names in UTF-8),
    // method, time, date, CRC, sizes and the name's length.
    auto common = [&](QByteArray &b, const Entry &e, const QByteArray &name) {
        put16(b, 0x0800);
        put16(b, e.method);
        put16(b, dosTime);
        put16(b, dosDate);
        put32(b, e.crc);
        put32(b, quint32(e.data.size()));
        put32(b, e.size);
        put16(b, quint16(name.size()));
    };
    for (const Entry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50u);
        put16(out, 20); // version needed
        common(out, e, name);
        put16(out, 0); // extra field
        out += name;
        out += e.data;

        put32(directory, 0x02014b50u);
        put16(directory, 20); // version made by
        put16(directory, 20); // version needed
        common(directory, e, name);
        put16(directory, 0); // extra field
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += name;
    }
    const quint32 start = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50u);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, start);
    put16(out, 0);
    return out;
}

} // namespace OdtPackage
