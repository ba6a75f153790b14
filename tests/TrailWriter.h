#pragma once

// Shared by TrailWriter and TestTrail: the case numbers of the registers TrailWriter imports.

#include <QString>

namespace TrailWriter {

constexpr int ImportBatchSize = 3;

inline QString importNumber(int batch, int index)
{
    return QStringLiteral("%1/TM/PB/Kab/33.11/X/2024").arg(batch * ImportBatchSize + index + 1);
}

} // namespace TrailWriter
