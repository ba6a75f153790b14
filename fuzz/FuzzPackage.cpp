// libFuzzer: any bytes to the package reader (Package::read). It must refuse or read, never
// crash, hang or leak. A package carries the SHA-256 of its content, which random bytes almost
// never match; so each input is read twice: as it is, and with its manifest's hash (and blob
// size) set to match the bytes, so that the fuzzer reaches the checks of the content too.
#include "exchange/Package.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

static void readOnce(const QByteArray &bytes)
{
    Package::Content content;
    QString reason;
    if (!Package::read(bytes, &content, &reason) && reason.isEmpty())
        __builtin_trap(); // refused without a reason
}

// The input with its manifest's payload_sha256 (and blobs_size) made to match; empty if the
// input has no manifest that is a JSON object.
static QByteArray withMatchingHash(const QByteArray &bytes)
{
    const qsizetype headerEnd = bytes.indexOf('\n');
    if (headerEnd < 0)
        return {};
    const qsizetype manifestEnd = bytes.indexOf('\n', headerEnd + 1);
    if (manifestEnd < 0)
        return {};
    const QJsonDocument md =
        QJsonDocument::fromJson(bytes.mid(headerEnd + 1, manifestEnd - headerEnd - 1));
    if (!md.isObject())
        return {};
    QJsonObject m = md.object();
    const QByteArray rest = bytes.mid(manifestEnd + 1);
    const double payloadSize = m.value(QStringLiteral("payload_size")).toDouble(-1);
    if (payloadSize >= 0 && payloadSize <= double(rest.size()))
        m.insert(QStringLiteral("blobs_size"), double(rest.size() - qsizetype(payloadSize)));
    m.insert(
        QStringLiteral("payload_sha256"),
        QString::fromLatin1(QCryptographicHash::hash(rest, QCryptographicHash::Sha256).toHex()));
    return bytes.left(headerEnd + 1) + QJsonDocument(m).toJson(QJsonDocument::Compact) + '\n' +
           rest;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    readOnce(bytes);
    const QByteArray fixed = withMatchingHash(bytes);
    if (!fixed.isEmpty() && fixed != bytes)
        readOnce(fixed);
    return 0;
}
