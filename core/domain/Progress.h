#pragma once

#include <QtGlobal>
#include <functional>

// Long work tells how far it is and may be cancelled (package export and import, a backup,
// printing many documents): called with the units done and the total, done never going back and
// reaching the total at the end; returning false cancels, and cancelled work changes nothing (an
// import rolls back, a file being written is removed). No widgets: the windows show it in a
// progress dialog (ui/common/ProgressDialog), netra-cli passes none.
using Progress = std::function<bool(qint64 done, qint64 total)>;

namespace Progressing {
// Whether to go on: `progress` says so, or there is none.
inline bool report(const Progress &progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}
} // namespace Progressing
