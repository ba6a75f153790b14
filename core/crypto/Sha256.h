#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <initializer_list>

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions: about ten
// times QCryptographicHash's speed on this machine (1.1 GB/s against 116 MB/s over 600-byte
// pieces). For the digests computed in bulk: every change log entry of a write (ChangeLogChain)
// and a package's content, written and read (Package). The digest is the same as any other
// SHA-256's.
namespace Sha256 {

// The lowercase hexadecimal digest of the parts, one after another.
QByteArray hex(std::initializer_list<QByteArrayView> parts);
inline QByteArray hex(QByteArrayView data)
{
    return hex({data});
}

} // namespace Sha256
