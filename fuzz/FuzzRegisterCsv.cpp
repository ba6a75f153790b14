// libFuzzer: any bytes to the CSV register reader (RegisterCsv::read). It must refuse or read,
// never crash, hang or leak.
#include "exchange/RegisterCsv.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // A fixed day so that a run is reproducible.
    const RegisterCsv::ReadResult result = RegisterCsv::read(bytes, QDate(2026, 1, 15));
    if (!result.readable && result.error.isEmpty())
        __builtin_trap(); // refused without a reason
    return 0;
}
