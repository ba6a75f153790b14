#pragma once

#include <QString>

// The data files this computer's Netra last closed cleanly, so that opening one of them again
// need not read it whole (SQLite's quick check costs time in proportion to the file: 2.4 s at
// 100,000 cases, most of `stats` and of the register's open).
// At a clean close (no write-ahead log left beside the file) the file's modification time gets
// a mark below its millisecond, from the precise clock, and is remembered with the file's
// device, inode and size. Any later change by any program sets the modification time from the
// file system's clock, which does not fall on that mark; so a file whose device, inode, size
// and modification time are still those remembered, with no write-ahead log beside it, is as
// Netra left it. Anything else (a copy from elsewhere, a file changed by another program, a
// session that did not end cleanly) is checked whole at open; `netra-cli check` always checks
// the whole file.
// Kept in the user's configuration (Netra/checked-files.ini) by a digest of the file's path,
// the newest 64 files. Only on Unix; elsewhere every open checks the whole file.
namespace CheckedFiles {

// Whether the file is as Netra last left it at a clean close.
bool asLeft(const QString &path);
// After the last connection to the file closed: marks and remembers it, unless a write-ahead
// log is still beside it (another connection is open, or the close was not clean).
void leave(const QString &path);

} // namespace CheckedFiles
